import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  defaultPermalink,
  entryPlace,
  fileNameDate,
  isDraft,
  ownCollectionOf,
  relativeFile,
  type PlaceOptions,
} from "./entries.ts";

const NOW = new Date(Date.UTC(2026, 0, 1));
const BUILD: PlaceOptions = { drafts: false, future: false, now: NOW };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("defaultPermalink", () => {
  const cases: [Parameters<typeof defaultPermalink>, string][] = [
    [["publications", "2024-paper.md"], "/publications/2024-paper/"],
    [["talks", "2024/keynote.mdx"], "/talks/2024/keynote/"],
    [["posts", "2024-05-31-hello.md"], "/hello/"],
    [
      ["posts", "2024-05-31-hello.md", ["Machine Learning", "Notes"]],
      "/machine-learning/notes/hello/",
    ],
    [["posts", "2024-05-31-hello.md", ["!!!"]], "/hello/"],
    [["collections", "preprints/2024-a.md"], "/preprints/2024-a/"],
  ];
  for (const [args, permalink] of cases)
    test(`${args.join(" ")} is ${permalink}`, () =>
      assert.equal(defaultPermalink(...args), permalink));
});

test("a post's date comes from its file name, when the name starts with a real date", () => {
  assert.deepEqual(fileNameDate("2024/2024-05-31-hello.md"), utc(2024, 5, 31));
  assert.equal(fileNameDate("hello.md"), undefined);
  assert.equal(fileNameDate("2024-13-45-hello.md"), undefined);
  assert.equal(fileNameDate("2023-02-29-hello.md"), undefined);
  assert.deepEqual(fileNameDate("2024-02-29-hello.md"), utc(2024, 2, 29));
});

test("drafts: draft: true, or a file in a _drafts folder", () => {
  assert.equal(isDraft("a.md", true), true);
  assert.equal(isDraft("_drafts/a.md", undefined), true);
  assert.equal(isDraft("drafts/a.md", false), false);
});

test("files by their path in the collection's folder, and the own collection they are in", () => {
  assert.equal(relativeFile("posts", "src/content/posts/2024/a.md"), "2024/a.md");
  assert.equal(relativeFile("posts", "./src/content/posts/a.md"), "a.md");
  assert.equal(relativeFile("posts", "src\\content\\posts\\a.md"), "a.md");
  assert.equal(ownCollectionOf("src/content/collections/preprints/2024-a.md"), "preprints");
});

describe("entryPlace", () => {
  test("its own permalink wins over the default", () => {
    const place = entryPlace("pages", "about.md", { permalink: "/" }, BUILD);
    assert.deepEqual(place, {
      permalink: "/",
      date: undefined,
      built: true,
      moved: false,
      itemOnly: false,
    });
  });

  test("a post is dated by its file name unless it has a date, and its date decides", () => {
    assert.deepEqual(entryPlace("posts", "2024-05-31-a.md", {}, BUILD).date, utc(2024, 5, 31));
    const own = utc(2023, 1, 2);
    assert.deepEqual(entryPlace("posts", "2024-05-31-a.md", { date: own }, BUILD).date, own);
  });

  test("a draft without a date is dated by its file's last change; other posts are not", () => {
    const changed = utc(2025, 3, 4);
    const drafts = { ...BUILD, drafts: true };
    assert.deepEqual(entryPlace("posts", "_drafts/idea.md", {}, drafts, changed).date, changed);
    assert.equal(entryPlace("posts", "idea.md", {}, drafts, changed).date, undefined);
    const own = utc(2020, 1, 1);
    assert.deepEqual(
      entryPlace("posts", "_drafts/idea.md", { date: own }, drafts, changed).date,
      own,
    );
  });

  test("a page keeps the date it carries, but is never left out for a date after the build", () => {
    const place = entryPlace("pages", "a.md", { date: utc(2030, 1, 1) }, BUILD);
    assert.deepEqual([place.date, place.built], [utc(2030, 1, 1), true]);
    assert.equal(entryPlace("pages", "2024-05-31-a.md", {}, BUILD).date, undefined);
  });

  test("published: false, drafts and entries dated later are left out", () => {
    assert.equal(entryPlace("talks", "a.md", { published: false }, BUILD).built, false);
    assert.equal(entryPlace("posts", "_drafts/a.md", {}, BUILD).built, false);
    assert.equal(entryPlace("posts", "_drafts/a.md", {}, { ...BUILD, drafts: true }).built, true);
    const later = { date: utc(2026, 6, 1) };
    assert.equal(entryPlace("talks", "a.md", later, BUILD).built, false);
    assert.equal(entryPlace("talks", "a.md", later, { ...BUILD, future: true }).built, true);
  });

  test("a news item with a title is a page; one without is shown in its lists only", () => {
    const date = utc(2023, 4, 1);
    const titled = entryPlace("news", "2023-04-award.md", { title: "An award", date }, BUILD);
    assert.deepEqual(titled, {
      permalink: "/news/2023-04-award/",
      date,
      built: true,
      moved: false,
      itemOnly: false,
    });
    const line = entryPlace("news", "2023-04-poster.md", { title: "", date }, BUILD);
    assert.deepEqual([line.built, line.moved, line.itemOnly], [false, false, true]);
    const hidden = { title: "", date, published: false };
    assert.equal(entryPlace("news", "a.md", hidden, BUILD).itemOnly, false);
  });

  test("an entry with redirect_to is a redirect, not a page", () => {
    const place = entryPlace(
      "pages",
      "old.md",
      { permalink: "/old/", redirect_to: "/new/" },
      BUILD,
    );
    assert.deepEqual([place.built, place.moved], [false, true]);
    const hidden = { permalink: "/old/", redirect_to: "/new/", published: false };
    assert.equal(entryPlace("pages", "old.md", hidden, BUILD).moved, false);
  });
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  allTags,
  byYear,
  categoryHeading,
  generatedLists,
  groupPublications,
  listingRoutes,
  newestFirst,
  tagPath,
} from "./listings.ts";

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const post = (title: string, date?: Date, tags: string[] = []) => ({
  collection: "posts" as const,
  date,
  data: { title, tags },
});
const paper = (title: string, date: Date, category?: string) => ({
  collection: "publications" as const,
  date,
  data: { title, category },
});
const titles = (list: readonly { data: { title: string } }[]) => list.map((e) => e.data.title);

test("newest first; undated last, by title", () => {
  const list = [post("b"), post("old", utc(2020)), post("a"), post("new", utc(2024))];
  assert.deepEqual(titles(newestFirst(list)), ["new", "old", "a", "b"]);
});

test("by year, newest year first, undated as its own group", () => {
  const groups = byYear([post("x", utc(2023, 5)), post("y", utc(2024)), post("z")]);
  assert.deepEqual(
    groups.map((g) => [g.heading, titles(g.entries)]),
    [
      ["2024", ["y"]],
      ["2023", ["x"]],
      ["Undated", ["z"]],
    ],
  );
});

test("tags: one page each, however they are written; listed once, alphabetically", () => {
  assert.equal(tagPath("Machine Learning"), "/tags/machine-learning/");
  assert.equal(tagPath("!!!"), "/tags/tag/");
  const tags = allTags([post("a", undefined, ["ML", "deep"]), post("b", undefined, ["ml"])]);
  assert.deepEqual(tags, ["deep", "ML"]);
});

test("category headings: the settings' title, else the key in words", () => {
  assert.equal(categoryHeading("conference-papers"), "Conference papers");
  assert.equal(
    categoryHeading("books", { books: { title: "Books & chapters" } }),
    "Books & chapters",
  );
});

describe("groupPublications", () => {
  test("by category in the settings' order, then alphabetically, uncategorised last", () => {
    const groups = groupPublications(
      [
        paper("p1", utc(2020), "manuscripts"),
        paper("p2", utc(2021)),
        paper("p3", utc(2022), "conferences"),
        paper("p4", utc(2023), "books"),
      ],
      { manuscripts: { title: "Journal articles" }, conferences: {} },
    );
    assert.deepEqual(
      groups.map((g) => [g.heading, titles(g.entries)]),
      [
        ["Journal articles", ["p1"]],
        ["Conferences", ["p3"]],
        ["Books", ["p4"]],
        ["Other", ["p2"]],
      ],
    );
  });

  test("by year when no publication has a category", () => {
    const groups = groupPublications([paper("a", utc(2020)), paper("b", utc(2021))]);
    assert.deepEqual(
      groups.map((g) => g.heading),
      ["2021", "2020"],
    );
  });
});

describe("generatedLists", () => {
  const page = (permalink: string, listing?: string) => ({
    collection: "pages" as const,
    permalink,
    data: { title: permalink, listing },
  });

  test("a list for each collection with entries, a tag index when posts have tags", () => {
    const lists = generatedLists([paper("a", utc(2020)), post("b", utc(2021), ["x"])]);
    assert.deepEqual(lists, {
      collections: ["publications", "posts"],
      tags: ["x"],
      tagIndex: true,
    });
  });

  test("no list where a page shows it, where a page is, or where a redirect is", () => {
    const entries = [paper("a", utc(2020)), post("b", utc(2021), ["x"])];
    assert.deepEqual(generatedLists([...entries, page("/pubs/", "publications")]).collections, [
      "posts",
    ]);
    assert.deepEqual(generatedLists([...entries, page("/year-archive/")]).collections, [
      "publications",
    ]);
    assert.equal(generatedLists(entries, ["/tags/"]).tagIndex, false);
  });

  test("the addresses the generated pages take, named for the editor", () => {
    const routes = listingRoutes([paper("a", utc(2020)), post("b", utc(2021), ["Deep Nets"])]);
    assert.deepEqual(
      routes.map((route) => [route.file, route.permalink]),
      [
        ["the publications list", "/publications/"],
        ["the blog posts list", "/year-archive/"],
        ["the list of tags", "/tags/"],
        ['the page of the tag "Deep Nets"', "/tags/deep-nets/"],
      ],
    );
  });
});

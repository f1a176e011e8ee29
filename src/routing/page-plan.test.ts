import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CollectionName } from "./collections.ts";
import { planPages, type PlannedEntry } from "./page-plan.ts";

const SITE = { hasFeed: true, year: 2026 };
const utc = (y: number) => new Date(Date.UTC(y, 0, 1));

function entry(
  collection: CollectionName,
  permalink: string,
  data: Partial<PlannedEntry["data"]> = {},
  date?: Date,
): PlannedEntry {
  const file = permalink.replace(/^\/|\/$/g, "") || "index";
  return {
    collection,
    permalink,
    date,
    filePath: `src/content/${collection}/${file}.md`,
    digest: `d-${file}`,
    data: { title: permalink, ...data },
  };
}

const about = entry("pages", "/", { title: "About" });
const paper = entry("publications", "/publication/a/", { category: "books" }, utc(2020));
const talk = entry("talks", "/talks/t/", {}, utc(2021));
const hello = entry("posts", "/hello/", { tags: ["Deep Nets", "ml"] }, utc(2024));
const older = entry("posts", "/older/", { tags: ["ML"] }, utc(2019));
const preprint = {
  ...entry("collections", "/preprints/p/", {}, utc(2025)),
  filePath: "src/content/collections/preprints/p.md",
};

const plan = (entries: PlannedEntry[], moved: string[] = []) =>
  planPages(entries, moved, { books: { title: "Books" } }, SITE);

describe("planPages", () => {
  const pages = plan([about, paper, talk, hello, older, preprint]);
  const at = (path: string) => pages.find((page) => page.path === path);

  test("each entry at its permalink, then the lists, the tag index and each tag's page", () => {
    assert.deepEqual(
      pages.map((page) => [page.kind, page.path]),
      [
        ["entry", "/"],
        ["entry", "/publication/a/"],
        ["entry", "/talks/t/"],
        ["entry", "/hello/"],
        ["entry", "/older/"],
        ["entry", "/preprints/p/"],
        ["listing", "/publications/"],
        ["listing", "/talks/"],
        ["listing", "/year-archive/"],
        ["tags", "/tags/"],
        ["tag", "/tags/deep-nets/"],
        ["tag", "/tags/ml/"],
      ],
    );
  });

  test("publications by category, posts by year; a tag page has the posts of every spelling", () => {
    const listing = at("/publications/");
    assert.ok(listing?.kind === "listing");
    assert.deepEqual(
      listing.groups.map((g) => g.heading),
      ["Books"],
    );
    const tag = at("/tags/ml/");
    assert.ok(tag?.kind === "tag");
    assert.equal(tag.title, "Posts tagged “ml”");
    assert.deepEqual(
      tag.groups.map((g) => [g.heading, g.entries.map((e) => e.permalink)]),
      [
        ["2024", ["/hello/"]],
        ["2019", ["/older/"]],
      ],
    );
    const index = at("/tags/");
    assert.ok(index?.kind === "tags");
    assert.deepEqual(index.tags, [
      { tag: "Deep Nets", path: "/tags/deep-nets/", count: 1 },
      { tag: "ml", path: "/tags/ml/", count: 2 },
    ]);
    // Each tag with its posts, newest first, as academicpages' tag archive has them.
    assert.deepEqual(
      index.groups.map((g) => [g.heading, g.entries.map((e) => e.permalink)]),
      [
        ["Deep Nets", ["/hello/"]],
        ["ml", ["/hello/", "/older/"]],
      ],
    );
  });

  test("a page with listing: shows the list at its own address, and no list is generated", () => {
    const pubs = entry("pages", "/pubs/", { title: "Papers", listing: "publications" });
    const own = entry("pages", "/pre/", { title: "Preprints", listing: "preprints" });
    const sitemap = entry("pages", "/sitemap/", { title: "Sitemap", listing: "sitemap" });
    const plan2 = plan([about, paper, preprint, pubs, own, sitemap]);
    assert.equal(
      plan2.some((page) => page.path === "/publications/"),
      false,
    );
    const shown = (path: string) => {
      const page = plan2.find((p) => p.path === path);
      assert.ok(page?.kind === "entry" && page.list?.kind === "groups");
      return page.list.groups.map((g) => [g.heading, g.entries.map((e) => e.permalink)]);
    };
    assert.deepEqual(shown("/pubs/"), [["Books", ["/publication/a/"]]]);
    assert.deepEqual(shown("/pre/"), [["", ["/preprints/p/"]]]);
    assert.deepEqual(shown("/sitemap/"), [
      ["Pages", ["/", "/pubs/", "/pre/", "/sitemap/"]],
      ["Publications", ["/publication/a/"]],
      ["Preprints", ["/preprints/p/"]],
    ]);
  });

  test("no list where a redirect is, and the 404 page is not a page of the plan", () => {
    const notFound = entry("pages", "/404.html");
    const plan2 = plan([talk, notFound], ["/talks/"]);
    assert.deepEqual(
      plan2.map((page) => page.path),
      ["/talks/t/"],
    );
  });

  test("a page's key changes when an entry it shows changes, and only then", () => {
    const before = plan([about, talk]);
    const after = plan([about, { ...talk, digest: "changed" }]);
    const key = (pages: typeof before, path: string) =>
      pages.find((page) => page.path === path)?.cacheKey;
    assert.equal(key(before, "/"), key(after, "/"));
    assert.notEqual(key(before, "/talks/"), key(after, "/talks/"));
    assert.notEqual(key(before, "/talks/t/"), key(after, "/talks/t/"));
    assert.equal(key(plan([{ ...about, digest: undefined }]), "/"), undefined);
  });
});

describe("sections below a page's text", () => {
  const future = entry("talks", "/talks/next/", {}, utc(2030));
  const soon = entry("talks", "/talks/soon/", {}, utc(2029));
  const picked = entry("publications", "/publication/b/", { selected: true }, utc(2022));
  const research = entry("pages", "/research/", {
    sections: ["upcoming_talks", "recent_posts", "selected_publications"],
  });
  const sectionsOf = (permalink: string, options: Parameters<typeof planPages>[4]) => {
    const pages = planPages(
      [about, research, paper, picked, talk, future, soon, hello, older],
      [],
      {},
      SITE,
      { now: utc(2026), ...options },
    );
    const page = pages.find((p) => p.path === permalink);
    assert.ok(page?.kind === "entry");
    return page.sections.map((s) => [s.heading, s.entries.map((e) => e.permalink)]);
  };

  test("a page's own sections, in its order; upcoming talks soonest first, recent ones limited", () => {
    assert.deepEqual(sectionsOf("/research/", { recent: 1 }), [
      ["Upcoming talks", ["/talks/soon/", "/talks/next/"]],
      ["Recent posts", ["/hello/"]],
      ["Selected publications", ["/publication/b/"]],
    ]);
  });

  test("the home page takes the settings' sections; a section with nothing to show is left out", () => {
    assert.deepEqual(sectionsOf("/", { homeSections: ["recent_talks", "recent_posts"] }), [
      ["Recent talks", ["/talks/t/"]],
      ["Recent posts", ["/hello/", "/older/"]],
    ]);
    assert.deepEqual(sectionsOf("/", {}), []);
  });

  test("the page's key changes when what a section shows does", () => {
    const keyAt = (now: Date) =>
      planPages([about, talk, soon], [], {}, SITE, { homeSections: ["upcoming_talks"], now }).find(
        (p) => p.path === "/",
      )?.cacheKey;
    assert.notEqual(keyAt(utc(2026)), keyAt(utc(2030)));
  });
});

describe("news", () => {
  const line = (name: string, year: number) =>
    entry("news", `/news/${name}/`, { title: "" }, utc(year));
  const oneLine = [line("a", 2024), line("b", 2022), line("c", 2020)];
  const titled = entry("news", "/news/award/", { title: "An award" }, utc(2023));
  const home = (entries: PlannedEntry[], listedOnly: PlannedEntry[], news = 2) =>
    planPages([about, ...entries], [], {}, SITE, { homeSections: ["news"], news, listedOnly });

  test("the latest items, then a link to the generated list of all news, by year", () => {
    const pages = home([titled], oneLine);
    const about = pages.find((p) => p.path === "/");
    assert.ok(about?.kind === "entry");
    assert.deepEqual(
      about.sections.map((s) => [s.heading, s.entries.map((e) => e.permalink), s.more]),
      [["News", ["/news/a/", "/news/award/"], { path: "/news/", label: "All news" }]],
    );
    const list = pages.find((p) => p.path === "/news/");
    assert.ok(list?.kind === "listing");
    assert.deepEqual(
      list.groups.map((g) => [g.heading, g.entries.length]),
      [
        ["2024", 1],
        ["2023", 1],
        ["2022", 1],
        ["2020", 1],
      ],
    );
    assert.equal(
      pages.filter((p) => p.path === "/news/a/").length,
      0,
      "a line of news has no page",
    );
  });

  test("news items alone make the list; a page that shows it takes the link", () => {
    const board = entry("pages", "/noticeboard/", { listing: "news" });
    const pages = home([board], oneLine, 5);
    assert.equal(
      pages.find((p) => p.path === "/news/"),
      undefined,
    );
    const about = pages.find((p) => p.path === "/");
    assert.ok(about?.kind === "entry");
    const [news] = about.sections;
    assert.ok(news);
    assert.deepEqual(news.more, { path: "/noticeboard/", label: "All news" });
    assert.equal(news.entries.length, 3);
  });
});

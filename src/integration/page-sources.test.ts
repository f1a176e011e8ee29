import assert from "node:assert/strict";
import { test } from "node:test";
import { pageSourceOf, recordPageSources } from "./page-sources.ts";

test("the file of a page is found by the path Astro renders it at, however its permalink is written", () => {
  recordPageSources([
    ["/", "src/content/pages/about.md"],
    ["/talks/keynote/", "src/content/talks/keynote.md"],
    ["/cv.html", "src/content/pages/cv.md"],
  ]);
  assert.equal(pageSourceOf("/"), "src/content/pages/about.md");
  assert.equal(pageSourceOf("/talks/keynote"), "src/content/talks/keynote.md");
  assert.equal(pageSourceOf("/talks/keynote/"), "src/content/talks/keynote.md");
  assert.equal(pageSourceOf("/cv.html"), "src/content/pages/cv.md");
  assert.equal(pageSourceOf("/talks/"), undefined);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { siteSchema } from "#schemas/site.ts";
import { absoluteUrl, documentTitle } from "./page-meta.ts";

const settings = siteSchema.parse({
  title: "A. Person",
  url: "https://example.org",
  baseurl: "/lab",
  author: { name: "A. Person" },
});

test("a page's title, then the site's; the site's title alone on its own", () => {
  assert.equal(documentTitle("Talks", settings), "Talks - A. Person");
  assert.equal(documentTitle("Talks", { ...settings, title_separator: "|" }), "Talks | A. Person");
  assert.equal(documentTitle("A. Person", settings), "A. Person");
  assert.equal(documentTitle(undefined, settings), "A. Person");
});

test("absolute addresses carry the base path", () => {
  assert.equal(absoluteUrl("/talks/", settings), "https://example.org/lab/talks/");
  assert.equal(absoluteUrl("/", settings), "https://example.org/lab/");
});

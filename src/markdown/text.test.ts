import assert from "node:assert/strict";
import { test } from "node:test";
import { inlineMarkdownHtml, markdownHtml } from "./text.ts";

const SITE = { base: "/lab", url: "https://example.org" };

test("Markdown in data files: links, emphasis and math, as in Markdown files", () => {
  assert.equal(
    inlineMarkdownHtml("Won the *best* [poster award](https://example.org/a)", SITE),
    'Won the <em>best</em> <a href="https://example.org/a">poster award</a>',
  );
  assert.match(inlineMarkdownHtml("Bounds for $\\alpha$", SITE), /<math/);
  assert.equal(markdownHtml("One.\n\nTwo.", SITE), "<p>One.</p>\n<p>Two.</p>");
  assert.equal(inlineMarkdownHtml("One.\n\nTwo.", SITE), "<p>One.</p>\n<p>Two.</p>");
});

test("hidden comments are left out", () => {
  assert.equal(
    inlineMarkdownHtml("See [the slides](/files/talk.pdf) <!-- draft -->", SITE),
    'See <a href="/files/talk.pdf">the slides</a>',
  );
});

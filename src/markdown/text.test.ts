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

test("HTML in data files passes the titles' allow-list, and a link that runs code loses its address", () => {
  assert.equal(
    inlineMarkdownHtml(
      'Physics <meta http-equiv="refresh" content="0;url=https://elsewhere"> <em onclick="x()">Lab</em>',
      SITE,
    ),
    "Physics &lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://elsewhere&quot;&gt; <em>Lab</em>",
  );
  assert.equal(
    markdownHtml("<div>\n<script>alert(1)</script>\n</div>", SITE),
    "&lt;div&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;",
  );
  assert.equal(inlineMarkdownHtml("[click](javascript:alert(1))", SITE), '<a href="">click</a>');
  assert.match(
    inlineMarkdownHtml("Bounds for $\\alpha$ <sup>2</sup>", SITE),
    /<math.*<sup>2<\/sup>$/s,
  );
});

test("an image and a paragraph written as HTML in a data file are shown, as academicpages' sample CV has them", () => {
  assert.equal(
    inlineMarkdownHtml("Short description<br/><img src='/images/500x300.png' onerror='x()'>", SITE),
    'Short description<br><img src="/images/500x300.png">',
  );
});

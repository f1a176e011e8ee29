import assert from "node:assert/strict";
import { test } from "node:test";
import { bodyOf, excerptHtml } from "./excerpts.ts";

const SITE = { base: "", url: "https://a.github.io" };

test("an excerpt that is a heading is a paragraph; math stays math", () => {
  assert.equal(excerptHtml("## Hello World!", SITE), "<p>Hello World!</p>");
  assert.match(
    excerptHtml("All $n$ here.", SITE),
    /^<p>All <span[^>]*><math [^]*<\/math><\/span> here\.<\/p>$/,
  );
});

test("an excerpt's list or raw HTML list is its text, not tags shown as text", () => {
  assert.equal(excerptHtml("<ul>\n<li>One</li>\n</ul>", SITE), "One");
  assert.equal(excerptHtml("- One\n- **Two**", SITE), "One <strong>Two</strong>");
});

test("a Markdown file's text after its front matter", () => {
  assert.equal(bodyOf("---\ntitle: A\n---\nText.\n"), "Text.\n");
  assert.equal(bodyOf("No front matter."), "No front matter.");
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { DEFAULT_EMBEDS } from "#schemas/site.ts";
import { htmlProblems } from "./html-in-markdown.ts";

const FILE = "src/content/pages/a.md";
const lines = (body: string, embeds: readonly string[] = DEFAULT_EMBEDS) =>
  htmlProblems(`---\ntitle: A\n---\n${body}`, FILE, embeds).map(
    (problem) => `${problem.severity === "error" ? "✗" : "!"} ${formatProblem(problem)}`,
  );

test("links that run code are errors, with their line", () => {
  assert.deepEqual(
    lines(
      '[Click](javascript:alert(1))\n<a href="vbscript:x">x</a>\n[data](data:text/html,hi)\n![an image](data:image/png;base64,AAAA)\n[fine](/files/cv.pdf)',
    ),
    [
      '✗ src/content/pages/a.md: line 4: a link to a "javascript:" address, which runs code or hides a page instead of leading to one. Remove it.',
      '✗ src/content/pages/a.md: line 5: a link to a "vbscript:" address, which runs code or hides a page instead of leading to one. Remove it.',
      '✗ src/content/pages/a.md: line 6: a link to a "data:" address, which runs code or hides a page instead of leading to one. Remove it.',
    ],
  );
});

test("scripts, style attributes and frames from sites not in embeds are named", () => {
  assert.deepEqual(
    lines(
      '<script src="/x.js"></script>\n<p style="color: red">Red</p>\n<iframe src="https://player.vimeo.com/video/1"></iframe>\n<iframe src="https://example.org/x"></iframe>',
    ),
    [
      "! src/content/pages/a.md: line 4: a <script> does not run here: pages run only their own scripts, so that no one can add one that runs for visitors. Remove it.",
      '! src/content/pages/a.md: line 5: a style attribute (style="…") is not applied: pages use only their own styles. Remove it.',
      '! src/content/pages/a.md: line 7: the embedded page from https://example.org is not shown: add "https://example.org" to embeds in src/data/site.yaml, if you trust it.',
    ],
  );
  assert.deepEqual(
    lines('<iframe src="https://example.org/x"></iframe>', ["https://example.org"]),
    [],
  );
});

test("code, and HTML comments, are not HTML that runs", () => {
  assert.deepEqual(
    lines(
      "```html\n<script>alert(1)</script>\n```\nWrite `<script>` or `javascript:` in code.\n<!-- <script>x</script>\n[a](javascript:x) -->\n    indented text",
    ),
    [],
  );
});

test("each kind of warning is one sentence, naming every line", () => {
  assert.deepEqual(lines('<p style="a">x</p>\n\n<p style="b">y</p>\n\n<span style="c">z</span>'), [
    '! src/content/pages/a.md: lines 4, 6 and 8: a style attribute (style="…") is not applied: pages use only their own styles. Remove it.',
  ]);
});

test("a refresh that sends visitors elsewhere is an error, with its line", () => {
  assert.deepEqual(lines('Hello\n<META HTTP-EQUIV="Refresh" content="0;url=https://elsewhere">'), [
    '✗ src/content/pages/a.md: line 5: a <meta http-equiv="refresh"> sends every visitor of the page elsewhere, and no security policy can stop it. Remove it; to move a page, give the new page redirect_from with this page\'s address.',
  ]);
});

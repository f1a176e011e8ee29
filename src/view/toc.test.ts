import assert from "node:assert/strict";
import { test } from "node:test";
import { headingsOf, tableOfContents } from "./toc.ts";

test("headingsOf reads the headings with an id, as text", () => {
  assert.deepEqual(
    headingsOf('<h2 id="a">One <em>&amp;</em> two</h2><p>x</p><h3 id="b">Sub</h3><h2>No id</h2>'),
    [
      { depth: 2, slug: "a", text: "One & two" },
      { depth: 3, slug: "b", text: "Sub" },
    ],
  );
});

test("the two highest levels the page uses, the lower under the higher", () => {
  const toc = tableOfContents([
    { depth: 3, slug: "intro", text: "Before any section" },
    { depth: 2, slug: "a", text: "A" },
    { depth: 3, slug: "a1", text: "A.1" },
    { depth: 4, slug: "deep", text: "Too deep" },
    { depth: 2, slug: "b", text: "B" },
  ]);
  assert.deepEqual(toc, [
    { id: "intro", text: "Before any section", children: [] },
    { id: "a", text: "A", children: [{ id: "a1", text: "A.1", children: [] }] },
    { id: "b", text: "B", children: [] },
  ]);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { listItems, listSections, teaserSrc } from "./listing.ts";

test("groups with headings become sections with anchors", () => {
  assert.deepEqual(
    listSections([
      { heading: "Journal articles", entries: ["a"] },
      { heading: "2024", entries: ["b", "c"] },
    ]),
    {
      headed: true,
      sections: [
        { heading: "Journal articles", id: "group-journal-articles", entries: ["a"] },
        { heading: "2024", id: "group-2024", entries: ["b", "c"] },
      ],
    },
  );
});

test("a list without headings is shown without sections", () => {
  assert.equal(listSections([{ heading: "", entries: ["a"] }]).headed, false);
});

test("each item links to its entry with the base path, with its teaser image", () => {
  const entry = { url: "/portfolio/a/", data: { header: { teaser: "a.png" } } };
  assert.deepEqual(listItems([entry], "/lab"), [
    { entry, href: "/lab/portfolio/a/", teaser: "/lab/images/a.png" },
  ]);
});

test("teaserSrc: a web address as it is, a path with the base path, a file name in /images/", () => {
  assert.equal(
    teaserSrc({ header: { teaser: "https://x.org/a.png" } }, "/lab"),
    "https://x.org/a.png",
  );
  assert.equal(teaserSrc({ header: { teaser: "/files/a.png" } }, "/lab"), "/lab/files/a.png");
  assert.equal(teaserSrc({ header: { teaser: "a.png" } }, ""), "/images/a.png");
  assert.equal(teaserSrc({ header: {} }, ""), undefined);
  assert.equal(teaserSrc({}, ""), undefined);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import type { PreviewCard } from "./preview-card.ts";
import { cardTree, drawableText, titleSize, type CardElement } from "./preview-image.ts";

const CARD: PreviewCard = {
  kind: "Talk",
  title: "Keynote",
  lines: ["Keynote at MICCAI", "Marrakesh"],
  date: "2024",
  site: "Ada Example",
  address: "ada.example.org",
  author: "Ada Lovelace Example",
};

/** Every element of a tree, depth first. */
function elements(node: CardElement): CardElement[] {
  const { children } = node.props;
  return [node, ...(Array.isArray(children) ? children.flatMap(elements) : [])];
}
const texts = (node: CardElement) =>
  elements(node).flatMap((e) => (typeof e.props.children === "string" ? [e.props.children] : []));

test("titleSize: longer titles get smaller type and more lines", () => {
  assert.deepEqual(titleSize("Short"), { fontSize: 68, lines: 3 });
  assert.deepEqual(titleSize("x".repeat(80)), { fontSize: 56, lines: 3 });
  assert.deepEqual(titleSize("x".repeat(120)), { fontSize: 46, lines: 4 });
  assert.deepEqual(titleSize("x".repeat(400)), { fontSize: 40, lines: 4 });
  // Characters, not UTF-16 units: 50 CJK letters from outside the BMP are 50.
  assert.equal(titleSize("𠀋".repeat(50)).fontSize, 68);
});

test("the card: kind, title, lines, initials, site, address and date, in this order", () => {
  const tree = cardTree(CARD);
  assert.deepEqual(texts(tree), [
    "TALK",
    "Keynote",
    "Keynote at MICCAI",
    "Marrakesh",
    "AE",
    "Ada Example",
    "ada.example.org",
    "2024",
  ]);
  assert.deepEqual([tree.props.style["width"], tree.props.style["height"]], [1200, 630]);
  const clamps = elements(tree).flatMap((e) =>
    e.props.style["lineClamp"] === undefined ? [] : [e.props.style["lineClamp"]],
  );
  assert.deepEqual(clamps, [3, 2, 2, 1, 1]);
});

test("a portrait takes the place of the initials; a page has no kind and no date", () => {
  const page: PreviewCard = {
    title: CARD.title,
    lines: CARD.lines,
    site: CARD.site,
    address: CARD.address,
    author: CARD.author,
  };
  const tree = cardTree(page, "data:image/png;base64,AAAA");
  const image = elements(tree).find((e) => e.type === "img");
  assert.equal(image?.props.src, "data:image/png;base64,AAAA");
  assert.deepEqual(texts(tree), [
    "Keynote",
    "Keynote at MICCAI",
    "Marrakesh",
    "Ada Example",
    "ada.example.org",
  ]);
});

test("drawableText: no bidirectional controls, tag or control characters, and cut with …", () => {
  assert.equal(drawableText("a\u202Eb\u202C \u2066c\u2069 d\u{E0041}\u0007", 10), "ab c d");
  assert.equal(drawableText("🏳️‍🌈 Pride", 10), "🏳️‍🌈 Pride");
  assert.equal(drawableText("x".repeat(300), 240), `${"x".repeat(239)}…`);
  assert.equal(Array.from(drawableText("é".repeat(300), 240)).length, 240);
});

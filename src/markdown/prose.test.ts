import assert from "node:assert/strict";
import { test } from "node:test";
import { proseLines } from "./prose.ts";

test("code blocks, code spans and HTML comments are left out; lines keep their numbers", () => {
  const text = [
    "A `code` span",
    "```html",
    "<script>in a fence</script>",
    "```",
    "before <!-- hidden",
    "still hidden --> after",
    "~~~",
    "also code",
    "~~~",
    "end",
  ].join("\n");
  assert.deepEqual(proseLines(text), [
    { line: 1, text: "A  span" },
    { line: 5, text: "before " },
    { line: 6, text: " after" },
    { line: 10, text: "end" },
  ]);
});

test("a fence marker inside a comment opens no code block", () => {
  assert.deepEqual(
    proseLines("<!--\n```\n-->\nshown").map((line) => line.text),
    ["", "", "", "shown"],
  );
});

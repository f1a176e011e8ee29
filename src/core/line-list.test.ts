import assert from "node:assert/strict";
import { test } from "node:test";
import { lineList } from "./line-list.ts";

test("line numbers as an editor reads them", () => {
  assert.equal(lineList([3]), "line 3");
  assert.equal(lineList([3, 5]), "lines 3 and 5");
  assert.equal(lineList([3, 5, 9]), "lines 3, 5 and 9");
});

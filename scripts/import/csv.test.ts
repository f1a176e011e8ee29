import assert from "node:assert/strict";
import { test } from "node:test";
import { csvRecords, csvRows } from "./csv.ts";

test("CSV rows: quoted separators, line breaks and doubled quotes", () => {
  assert.deepEqual(csvRows('a,b\n"x, y","line\nbreak"\n"say ""hi""",\n'), [
    ["a", "b"],
    ["x, y", "line\nbreak"],
    ['say "hi"', ""],
  ]);
});

test("records by the header's names, empty fields null, blank lines skipped; TSV too", () => {
  assert.deepEqual(csvRecords("TITLE,YEAR\nA paper,2020\n\nAnother,\n"), [
    { TITLE: "A paper", YEAR: "2020" },
    { TITLE: "Another", YEAR: null },
  ]);
  assert.deepEqual(csvRecords("name\tplace\nAda\tZurich\n", "\t"), [
    { name: "Ada", place: "Zurich" },
  ]);
});

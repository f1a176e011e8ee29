import assert from "node:assert/strict";
import { test } from "node:test";
import { partialDate } from "./dates.ts";
import { describeValue } from "./describe-value.ts";

test("values from YAML, named as an editor would say them", () => {
  const cases: [unknown, string][] = [
    [undefined, "nothing (the field is missing)"],
    [null, "an empty value"],
    ["", "an empty text"],
    ["yes", 'the text "yes"'],
    [3, "the number 3"],
    [false, "false"],
    [new Date(Date.UTC(2024, 4, 31)), "the date 2024-05-31"],
    [partialDate(2024), "the date 2024"],
    [new Date(Number.NaN), "an invalid date"],
    [[], "an empty list"],
    [["a"], "a list of 1 item"],
    [["a", "b"], "a list of 2 items"],
    [{}, "an empty group of fields"],
    [{ a: 1, b: 2, c: 3, d: 4 }, "a group of fields (a, b, c, …)"],
  ];
  for (const [value, words] of cases) assert.equal(describeValue(value), words);
});

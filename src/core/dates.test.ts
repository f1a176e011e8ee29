import assert from "node:assert/strict";
import { test } from "node:test";
import { datePrecision, formatDate, isoDate, partialDate } from "./dates.ts";

test("dates read as in the site's language, in UTC", () => {
  const date = new Date(Date.UTC(2024, 4, 31));
  assert.equal(formatDate(date, "en-US"), "May 31, 2024");
  assert.equal(formatDate(date, "en-GB"), "31 May 2024");
  assert.equal(formatDate(date, "de-CH"), "31. Mai 2024");
  assert.equal(isoDate(date), "2024-05-31");
});

test("a year alone, or a year and month, reads as written, never as 1 January", () => {
  assert.equal(formatDate(partialDate(2024), "en-US"), "2024");
  assert.equal(isoDate(partialDate(2024)), "2024");
  assert.equal(formatDate(partialDate(2024, 5), "en-US"), "May 2024");
  assert.equal(isoDate(partialDate(2024, 5)), "2024-05");
  assert.equal(formatDate(new Date(Date.UTC(2024, 4, 31)), "en-US"), "May 31, 2024");
  assert.equal(datePrecision(new Date(Date.UTC(2024, 0, 1))), "day");
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { datePrecision, dateRange, formatDate, isoDate, partialDate, readDate } from "./dates.ts";

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

test("ranges as CVs write them: years with a dash, months with a spaced dash, present as present", () => {
  const y = (year: number) => partialDate(year);
  assert.equal(dateRange(y(2019), "present", "en-US"), "2019–present");
  assert.equal(dateRange(y(2016), y(2021), "en-GB"), "2016–2021");
  assert.equal(
    dateRange(partialDate(2019, 5), partialDate(2023, 6), "en-US"),
    "May 2019 – June 2023",
  );
  assert.equal(dateRange(partialDate(2024, 2), "present", "de-CH"), "Februar 2024 – present");
  assert.equal(dateRange(y(2020), y(2020), "en-US"), "2020");
  assert.equal(dateRange(undefined, y(2012), "en-US"), "2012");
  assert.equal(dateRange(y(2012), undefined, "en-US"), "2012");
  assert.equal(dateRange(undefined, undefined, "en-US"), undefined);
  const day = new Date(Date.UTC(2019, 4, 31));
  assert.equal(dateRange(day, undefined, "en-GB"), "31 May 2019");
});

test("readDate reads the written forms, in the years 1000 to 9999, and guesses nothing", () => {
  const iso = (value: unknown) => readDate(value)?.toISOString();
  assert.equal(iso(2019), partialDate(2019).toISOString());
  assert.equal(iso("2019"), partialDate(2019).toISOString());
  assert.equal(iso("2019-5"), partialDate(2019, 5).toISOString());
  assert.equal(iso("2019-05-31"), "2019-05-31T00:00:00.000Z");
  assert.equal(iso("2019-05-31 10:00:00 +0200"), "2019-05-31T08:00:00.000Z");
  assert.equal(iso("2019-05-31T10:00Z"), "2019-05-31T10:00:00.000Z");
  assert.equal(iso(new Date(Date.UTC(2019, 4, 31))), "2019-05-31T00:00:00.000Z");
  for (const value of [
    0,
    -5,
    999,
    10000,
    2019.5,
    "5",
    "0",
    "-5",
    "spring 2019",
    "May 2019",
    "2019-02-30",
    "2019-13",
    "2019-05-31 25:00",
    new Date(Date.UTC(500, 0, 1)),
    null,
    true,
  ])
    assert.equal(readDate(value), undefined, String(value));
});

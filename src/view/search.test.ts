import assert from "node:assert/strict";
import { test } from "node:test";
import { searchFilters } from "./search.ts";

test("a page's kind and year, for the search page's filters", () => {
  assert.deepEqual(searchFilters({ collection: "talks", date: new Date(Date.UTC(2024, 2, 1)) }), {
    kind: "Talk",
    year: "2024",
  });
  assert.deepEqual(searchFilters({ collection: "pages" }), { kind: "Page" });
});

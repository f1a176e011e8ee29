import assert from "node:assert/strict";
import { test } from "node:test";
import { overBudget, weightTable } from "./budgets.ts";
import type { PageWeight } from "./page-weight.ts";

const weight = (page: string, gzip: number, js: number, blocking: number): PageWeight => ({
  page,
  html: { raw: gzip * 3, gzip },
  css: { raw: 2048, gzip: 512 },
  htmlAndCss: { raw: gzip * 3, gzip },
  js: { raw: js, gzip: js },
  images: { raw: 0, gzip: 0 },
  requests: blocking + 1,
  blockingRequests: blocking,
});

const budgets = {
  everyPage: { jsRaw: 0, blockingRequests: 2 },
  pages: { "/": { htmlAndCssGzip: 14336 } },
};

test("pages within their budgets", () => {
  assert.deepEqual(overBudget([weight("/", 5000, 0, 1), weight("/cv/", 20000, 0, 2)], budgets), []);
});

test("each budget a page goes over, in plain words", () => {
  assert.deepEqual(overBudget([weight("/", 15000, 10, 3)], budgets), [
    "/: HTML and CSS (gzip) is 15000 bytes, over the budget of 14336 bytes.",
    "/: JavaScript is 10 bytes, over the budget of 0 bytes.",
    "/: requests before first paint is 3 requests, over the budget of 2 requests.",
  ]);
});

test("a page's own budget takes the place of every page's", () => {
  const search = { ...budgets, pages: { ...budgets.pages, "/search/": { jsRaw: 4096 } } };
  assert.deepEqual(overBudget([weight("/search/", 5000, 3000, 1)], search), []);
  assert.deepEqual(overBudget([weight("/search/", 5000, 5000, 1)], search), [
    "/search/: JavaScript is 5000 bytes, over the budget of 4096 bytes.",
  ]);
});

test("the table", () => {
  assert.equal(
    weightTable([weight("/", 5120, 0, 1)]),
    [
      "| page | HTML KB (raw / gzip) | CSS KB, inlined (raw / gzip) | JS KB | images KB | requests |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      "| / | 15.0 / 5.0 | 2.0 / 0.5 | 0.0 / 0.0 | 0.0 / 0.0 | 2 (1 before paint) |",
    ].join("\n"),
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { staticPath } from "./static-paths.ts";

test("a page's parameter, its props and its key; the home page has no parameter", () => {
  const page = { path: "/research/", cacheKey: "k1" };
  assert.deepEqual(staticPath("slug", page), {
    params: { slug: "research" },
    props: { page },
    cacheKey: "k1",
  });
  const home = { path: "/", cacheKey: undefined };
  assert.deepEqual(staticPath("slug", home), {
    params: { slug: undefined },
    props: { page: home },
  });
});

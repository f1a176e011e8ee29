import assert from "node:assert/strict";
import { test } from "node:test";
import { cspHash } from "./csp-hash.ts";

test("the hash a browser computes for an inline script", () => {
  // The CSP specification's own example: alert('Hello, world.');
  assert.equal(
    cspHash("alert('Hello, world.');"),
    "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=",
  );
});

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { analyticsHead, gtagSnippet } from "./analytics.ts";

test("no measurement ID, no scripts", () => {
  assert.equal(analyticsHead(undefined), undefined);
});

test("a measurement ID: the loader, the start-up snippet, and what the policy must allow", () => {
  const head = analyticsHead("G-ABC123");
  assert.ok(head !== undefined);
  assert.equal(head.loader, "https://www.googletagmanager.com/gtag/js?id=G-ABC123");
  assert.match(head.snippet, /gtag\("config","G-ABC123"\);$/);
  assert.equal(head.snippet, gtagSnippet("G-ABC123"));
  assert.deepEqual(head.scriptOrigins, ["https://www.googletagmanager.com"]);
  const digest = createHash("sha256").update(head.snippet).digest("base64");
  assert.deepEqual(head.scriptHashes, [`sha256-${digest}`]);
  assert.deepEqual(head.directives, [
    "connect-src 'self' https://www.googletagmanager.com https://*.google-analytics.com https://*.analytics.google.com",
    "img-src 'self' data: https://www.googletagmanager.com https://*.google-analytics.com https://*.analytics.google.com",
  ]);
});

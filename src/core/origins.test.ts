import assert from "node:assert/strict";
import { test } from "node:test";
import { embedAllows, isEmbedOrigin } from "./origins.ts";

test("isEmbedOrigin: https, a host, a port, a leading *.; nothing that could add a directive", () => {
  for (const origin of [
    "https://player.vimeo.com",
    "https://player.vimeo.com/",
    "https://*.example.org",
    "https://slides.example.org:8443",
  ])
    assert.ok(isEmbedOrigin(origin), origin);
  for (const value of [
    "https://player.vimeo.com;script-src-elem https://*",
    "https://player.vimeo.com script-src https:",
    "https://*",
    "http://player.vimeo.com",
    "https://player.vimeo.com/video/1",
    "https://a.*.example.org",
    "'unsafe-inline'",
    "https://user@example.org",
    "https://example.org?x",
    "*",
  ])
    assert.equal(isEmbedOrigin(value), false, value);
});

test("embedAllows: an origin exactly, or a subdomain for a leading *.", () => {
  const embeds = ["https://player.vimeo.com", "https://*.example.org"];
  assert.ok(embedAllows(embeds, "https://player.vimeo.com"));
  assert.ok(embedAllows(embeds, "https://slides.example.org"));
  assert.ok(embedAllows(embeds, "https://a.b.example.org"));
  assert.equal(embedAllows(embeds, "https://example.org"), false);
  assert.equal(embedAllows(embeds, "https://evilexample.org"), false);
  assert.equal(embedAllows(embeds, "https://vimeo.com"), false);
});

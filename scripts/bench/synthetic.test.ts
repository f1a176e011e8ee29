import assert from "node:assert/strict";
import { test } from "node:test";
import yaml from "js-yaml";
import { body, random, syntheticEntries, yamlFrontMatter } from "./synthetic.ts";

test("the same seed gives the same site", () => {
  assert.deepEqual(syntheticEntries(20, 7), syntheticEntries(20, 7));
});

test("the mix: 20% pages, 50% publications, 30% posts; about one in five with redirects", () => {
  const entries = syntheticEntries(1000);
  const count = (c: string) => entries.filter((e) => e.collection === c).length;
  assert.deepEqual([count("pages"), count("publications"), count("posts")], [200, 500, 300]);
  const redirected = entries.filter((e) => e.redirectFrom.length > 0).length;
  assert.ok(redirected > 150 && redirected < 250, String(redirected));
  assert.equal(new Set(entries.map((e) => e.permalink)).size, 1000);
});

test("bodies are 2 to 5 KB", () => {
  const next = random(1);
  for (let i = 0; i < 100; i++) {
    const size = Buffer.byteLength(body(next));
    assert.ok(size >= 2048 && size <= 5 * 1024, String(size));
  }
});

test("front matter is YAML that reads back as written", () => {
  const entry = syntheticEntries(5).find((e) => e.collection === "publications");
  assert.ok(entry);
  const text = yamlFrontMatter(entry.fields);
  const data = yaml.load(text.slice(4, -5)) as Record<string, unknown>;
  assert.equal(data["title"], entry.fields["title"]);
  assert.equal(data["citation"], entry.fields["citation"]);
  assert.ok(data["date"] instanceof Date);
});

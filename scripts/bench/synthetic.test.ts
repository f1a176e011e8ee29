import assert from "node:assert/strict";
import { test } from "node:test";
import yaml from "js-yaml";
import { inflateSync } from "node:zlib";
import {
  body,
  png,
  random,
  syntheticEntries,
  syntheticMedia,
  withMedia,
  yamlFrontMatter,
} from "./synthetic.ts";

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

test("a realistic site's media: 30 figures (6 beside their entries), a portrait, 20 PDFs", () => {
  const entries = syntheticEntries(300);
  const media = syntheticMedia(entries);
  assert.equal(media.figures.length, 30);
  assert.equal(media.figures.filter((f) => f.beside).length, 6);
  assert.equal(media.pdfs.length, 20);
  assert.deepEqual(
    [...media.portrait.subarray(1, 4)].map((c) => String.fromCharCode(c)),
    ["P", "N", "G"],
  );
  const shown = withMedia(entries, media, { beside: true });
  const text = shown.map((e) => e.body).join("\n");
  assert.equal(text.match(/!\[figure-\d+\.png\]\(\.\//g)?.length, 6);
  assert.equal(text.match(/!\[figure-\d+\.png\]\(\/images\//g)?.length, 24);
  assert.equal(
    shown.filter((e) => String(e.fields["paperurl"]).startsWith("/files/paper-")).length,
    20,
  );
  assert.equal(
    withMedia(entries, media, { beside: false })
      .map((e) => e.body)
      .join("\n")
      .match(/\(\.\//g),
    null,
  );
});

test("a PNG: its size in the header, and a row of pixels per line of its data", () => {
  const image = png(3, 2, random(1));
  assert.equal(image.toString("latin1", 12, 16), "IHDR");
  assert.deepEqual([image.readUInt32BE(16), image.readUInt32BE(20)], [3, 2]);
  const dataLength = image.readUInt32BE(33);
  assert.equal(image.toString("latin1", 37, 41), "IDAT");
  // Each row: a filter byte, then three bytes a pixel.
  assert.equal(inflateSync(image.subarray(41, 41 + dataLength)).length, 2 * (1 + 3 * 3));
});

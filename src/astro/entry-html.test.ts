import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import {
  entryHtml,
  entryHtmlFile,
  htmlKeyOf,
  readHtmlFile,
  shownDigest,
  stamped,
  stampOf,
  takeHtml,
  writeHtmlFile,
  type HtmlByKey,
  type StoredEntry,
} from "./entry-html.ts";

const entry = (id: string, html: string, metadata: Record<string, unknown> = {}): StoredEntry => ({
  id,
  digest: `digest-of-${id}`,
  rendered: { html, metadata },
});

describe("takeHtml", () => {
  it("takes the HTML out of the entry and names where it went", () => {
    const html: HtmlByKey = new Map();
    const stored = takeHtml(html, entry("post", "<p>Hello</p>", { headings: [] }));
    assert.equal(stored.rendered?.html, "");
    assert.deepEqual(stored.rendered.metadata, { headings: [], htmlKey: "post@digest-of-post" });
    assert.equal(html.get(htmlKeyOf(stored) ?? ""), "<p>Hello</p>");
  });

  it("gives a new key when the entry's text changes", () => {
    const html: HtmlByKey = new Map();
    const before = takeHtml(html, entry("post", "<p>A</p>"));
    const after = takeHtml(html, { ...entry("post", "<p>B</p>"), digest: "other" });
    assert.notEqual(htmlKeyOf(before), htmlKeyOf(after));
    assert.equal(html.size, 2);
  });

  it("leaves entries with images, without HTML or without a digest as they are", () => {
    const html: HtmlByKey = new Map();
    const withImage = entry("a", '<img src="__ASTRO_IMAGE_x">', { imagePaths: ["./x.png"] });
    const empty = entry("b", "");
    const noDigest = { ...entry("c", "<p>C</p>"), digest: undefined };
    for (const e of [withImage, empty, noDigest]) assert.equal(takeHtml(html, e), e);
    assert.equal(html.size, 0);
  });
});

describe("the HTML file of a collection", () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "entry-html-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("is in the cache folder, one file per collection", () => {
    assert.equal(
      entryHtmlFile("/site/node_modules/.astro", "posts"),
      "/site/node_modules/.astro/academic-site/entry-html/posts.json",
    );
  });

  it("is empty when it is not there, or damaged", async () => {
    assert.deepEqual(await readHtmlFile(path.join(dir, "none.json")), new Map());
    await writeFile(path.join(dir, "cut.json"), '{"post@1": "<p>Hel');
    assert.deepEqual(await readHtmlFile(path.join(dir, "cut.json")), new Map());
  });

  it("keeps the HTML of the entries in the store and drops the rest", async () => {
    const file = entryHtmlFile(dir, "posts");
    const html: HtmlByKey = new Map();
    const kept = takeHtml(html, entry("kept", "<p>Kept</p>"));
    takeHtml(html, entry("removed", "<p>Removed</p>"));
    await writeHtmlFile(file, html, [kept, entry("in-store", "<p>In the store</p>")]);
    assert.deepEqual(JSON.parse(await readFile(file, "utf8")), {
      "kept@digest-of-kept": "<p>Kept</p>",
    });
    assert.deepEqual(await readHtmlFile(file), new Map([["kept@digest-of-kept", "<p>Kept</p>"]]));
    assert.equal(await entryHtml(file, kept), "<p>Kept</p>");
  });

  it("gives no HTML for an entry whose HTML is in the store", async () => {
    assert.equal(await entryHtml(entryHtmlFile(dir, "posts"), entry("x", "<p>X</p>")), undefined);
  });

  it("says what to do when an entry's HTML is missing", async () => {
    const file = entryHtmlFile(dir, "talks");
    const stored = takeHtml(new Map(), entry("talk", "<p>Talk</p>"));
    await writeHtmlFile(file, new Map(), []);
    await assert.rejects(entryHtml(file, stored), {
      message: `The text of talk is missing from ${file}. Build again with \`npx astro build --force\`.`,
    });
  });
});

describe("what an entry was rendered with", () => {
  it("is stamped on entries with rendered HTML, and not on MDX entries", () => {
    const marked = stamped(entry("post", "<p>A</p>"), "s1");
    assert.equal(stampOf(marked), "s1");
    assert.equal(stampOf(entry("post", "<p>A</p>")), undefined);
    const mdx: StoredEntry = { id: "mdx", digest: "d" };
    assert.equal(stamped(mdx, "s1"), mdx);
  });

  it("is part of the digest that page keys use", () => {
    const plain = entry("post", "<p>A</p>");
    assert.equal(shownDigest(plain), "digest-of-post");
    assert.equal(shownDigest(stamped(plain, "s1")), "digest-of-post:s1");
    assert.notEqual(shownDigest(stamped(plain, "s1")), shownDigest(stamped(plain, "s2")));
  });
});

import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { removeDir, tempDir, writeFiles } from "#test-helpers/temp-dir.ts";
import { COLLECTION_NAMES, entryFileNames, isCollectionName, isEntryFile } from "./collections.ts";
import { entryPath } from "./entries.ts";

test("the kinds of content, and names that are none of them", () => {
  assert.deepEqual(COLLECTION_NAMES, [
    "pages",
    "publications",
    "talks",
    "teaching",
    "portfolio",
    "posts",
    "news",
    "collections",
  ]);
  assert.equal(isCollectionName("talks"), true);
  assert.equal(isCollectionName("preprints"), false);
  assert.equal(isCollectionName("toString"), false);
});

test("entry files: Markdown and MDX in any folder, in order, except names starting with _", async () => {
  const root = await tempDir("collections");
  try {
    const names = ["b.md", "a.mdx", "2024/c.md", "_README.md", "notes.txt", "d.markdown", "e.MD"];
    await writeFiles(
      path.join(root, "src/content/talks"),
      Object.fromEntries(names.map((name) => [name, ""])),
    );
    assert.deepEqual(await entryFileNames(root, "talks"), [
      "2024/c.md",
      "a.mdx",
      "b.md",
      "d.markdown",
      "e.MD",
    ]);
    assert.deepEqual(await entryFileNames(root, "posts"), []);
  } finally {
    await removeDir(root);
  }
});

test("entries end like Markdown (in any capitals) or in .mdx", () => {
  const names = [
    "a.md",
    "b.mdx",
    "c.MD",
    "d.markdown",
    "e.Mkd",
    "f.MDX",
    "notes.md/g.txt",
    "h.txt",
  ];
  assert.deepEqual(names.map(isEntryFile), [true, true, true, true, true, false, false, false]);
  assert.deepEqual(
    ["2024/paper.md", "talk.Markdown", "slides.mdx", "notes.md/g.txt"].map(entryPath),
    ["2024/paper", "talk", "slides", "notes.md/g.txt"],
  );
});

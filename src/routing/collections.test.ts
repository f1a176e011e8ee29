import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { COLLECTION_NAMES, entryFileNames, isCollectionName, isEntryFile } from "./collections.ts";

test("the kinds of content, and names that are none of them", () => {
  assert.deepEqual(COLLECTION_NAMES, [
    "pages",
    "publications",
    "talks",
    "teaching",
    "portfolio",
    "posts",
    "collections",
  ]);
  assert.equal(isCollectionName("talks"), true);
  assert.equal(isCollectionName("preprints"), false);
  assert.equal(isCollectionName("toString"), false);
});

test("entry files: Markdown and MDX in any folder, in order, except names starting with _", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "collections-"));
  try {
    const dir = path.join(root, "src/content/talks");
    await mkdir(path.join(dir, "2024"), { recursive: true });
    for (const file of ["b.md", "a.mdx", "2024/c.md", "_README.md", "notes.txt"])
      await writeFile(path.join(dir, file), "");
    assert.deepEqual(await entryFileNames(root, "talks"), ["2024/c.md", "a.mdx", "b.md"]);
    assert.deepEqual(await entryFileNames(root, "posts"), []);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("entries end in .md or .mdx, in small letters", () => {
  assert.deepEqual(["a.md", "b.mdx", "c.MD", "d.markdown", "notes.md/e.txt"].map(isEntryFile), [
    true,
    true,
    false,
    false,
    false,
  ]);
});

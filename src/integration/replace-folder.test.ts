import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import { removeDir, tempDir } from "#test-helpers/temp-dir.ts";
import { replaceFolder } from "./replace-folder.ts";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await removeDir(dir);
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("replace", files);
  dirs.push(dir);
  return dir;
}

test("the new folder takes the old one's place, and nothing of the old one is left", async () => {
  const parent = await folder({ "dist/old.html": "old", "dist/index.html": "old" });
  const next = await folder({ "index.html": "new" });
  const target = path.join(parent, "dist");
  await replaceFolder(target, next);
  assert.deepEqual(await readdir(target), ["index.html"]);
  assert.equal(await readFile(path.join(target, "index.html"), "utf8"), "new");
  assert.deepEqual(await readdir(parent), ["dist"]);
});

test("a first build: there is no old folder", async () => {
  const parent = await folder({});
  const next = await folder({ "index.html": "new" });
  await replaceFolder(path.join(parent, "dist"), next);
  assert.deepEqual(await readdir(path.join(parent, "dist")), ["index.html"]);
});

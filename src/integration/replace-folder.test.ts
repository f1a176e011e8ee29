import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { replaceFolder } from "./replace-folder.ts";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "replace-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
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

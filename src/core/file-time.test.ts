import assert from "node:assert/strict";
import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { removeDir, tempDir } from "#test-helpers/temp-dir.ts";
import { fileTime } from "./file-time.ts";

test("a file's last change, or nothing for a file that is not there", async () => {
  const dir = await tempDir("file-time", {});
  try {
    const file = path.join(dir, "a.md");
    await writeFile(file, "x");
    const when = new Date("2021-03-04T05:06:07Z");
    await utimes(file, when, when);
    assert.equal((await fileTime(file))?.toISOString(), when.toISOString());
    assert.equal(await fileTime(path.join(dir, "missing.md")), undefined);
  } finally {
    await removeDir(dir);
  }
});

import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { listSiteFiles, readSiteFile } from "./site-files.ts";

test("listSiteFiles and readSiteFile follow no symbolic link and leave no folder", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "site-files-"));
  try {
    const site = path.join(root, "site");
    await mkdir(path.join(site, "_data"), { recursive: true });
    await mkdir(path.join(site, ".git"));
    await writeFile(path.join(site, ".git/config"), "");
    await writeFile(path.join(site, "_data/a.yml"), "a: 1\n");
    await writeFile(path.join(root, "secret.txt"), "secret\n");
    await symlink(path.join(root, "secret.txt"), path.join(site, "_data/b.yml"));
    await symlink(root, path.join(site, "images"));
    assert.deepEqual(await listSiteFiles(site), {
      files: ["_data/a.yml"],
      links: ["_data/b.yml", "images"],
    });
    assert.deepEqual(await readSiteFile(site, "_data/a.yml"), { bytes: Buffer.from("a: 1\n") });
    assert.deepEqual(await readSiteFile(site, "_data/b.yml"), { unreadable: "link" });
    assert.deepEqual(await readSiteFile(site, "images/secret.txt"), { unreadable: "link" });
    assert.deepEqual(await readSiteFile(site, "_data"), { unreadable: "folder" });
    assert.deepEqual(await readSiteFile(site, "images/.."), { unreadable: "outside" });
    assert.deepEqual(await readSiteFile(site, "../secret.txt"), { unreadable: "outside" });
    assert.deepEqual(await readSiteFile(site, path.join(root, "secret.txt")), {
      unreadable: "outside",
    });
    assert.deepEqual(await readSiteFile(site, "_data/none.yml"), { unreadable: "missing" });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

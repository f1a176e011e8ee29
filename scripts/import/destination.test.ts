import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { confinedFile, destinationProblem } from "./destination.ts";

test("destinationProblem: the four content folders, with the endings each one takes", () => {
  for (const target of [
    "src/content/posts/a.md",
    "src/content/publications/pubs.bib",
    "src/data/cv.yaml",
    "src/images/me.jpg",
    "public/files/paper.pdf",
    "public/package.json",
  ])
    assert.equal(destinationProblem(target), undefined, target);
  assert.equal(
    destinationProblem("postcss.config.mjs"),
    "the import writes only into src/content/, src/data/, src/images/, public/",
  );
  assert.equal(
    destinationProblem("src/content/collections/../../../package.json"),
    'its path has an empty, "." or ".." part',
  );
  assert.equal(destinationProblem("public//etc/passwd"), 'its path has an empty, "." or ".." part');
  assert.equal(
    destinationProblem("src/content/posts/a\\..\\b.md"),
    "its name has a backslash or a control character",
  );
  assert.equal(
    destinationProblem("src/content/collections/x/config.ts"),
    "src/content/ takes only files ending in md, bib",
  );
  assert.equal(
    destinationProblem("src/images/me.js"),
    "src/images/ takes only files ending in png, jpg, jpeg, gif, webp, avif, svg, tif, tiff",
  );
});

test("confinedFile: a folder of the project that is a link to elsewhere is never written through", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "confined-"));
  try {
    const project = path.join(root, "project");
    await mkdir(path.join(project, "src/content"), { recursive: true });
    await mkdir(path.join(root, "elsewhere"));
    await symlink(path.join(root, "elsewhere"), path.join(project, "public"));
    await symlink(path.join(root, "elsewhere"), path.join(project, "src/content/posts"));
    assert.deepEqual(await confinedFile(project, "src/content/pages/a.md"), {
      file: path.join(project, "src/content/pages/a.md"),
    });
    assert.deepEqual(await confinedFile(project, "public/a.txt"), {
      problem: "public/ in this project leads elsewhere (a symbolic link)",
    });
    assert.deepEqual(await confinedFile(project, "src/content/posts/a.md"), {
      problem: "a symbolic link on its way leads outside src/content/",
    });
    assert.deepEqual(await confinedFile(project, "../a.md"), {
      problem: 'its path has an empty, "." or ".." part',
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

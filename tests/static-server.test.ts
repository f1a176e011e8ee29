import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { resolveRequest } from "./helpers/static-server.ts";
import { removeDir, tempDir } from "./helpers/temp-dir.ts";

let root = "";
before(async () => {
  root = await tempDir("static-server", {
    "index.html": "home",
    "404.html": "missing",
    "bio.html": "bio",
    "about/index.html": "about",
  });
});
after(() => removeDir(root));

test("the test server answers as GitHub Pages does", async () => {
  const answer = async (pathname: string) => {
    const result = await resolveRequest(root, pathname);
    return "redirect" in result
      ? `→ ${result.redirect}`
      : `${result.status} ${result.file.slice(root.length + 1)}`;
  };
  assert.equal(await answer("/"), "200 index.html");
  assert.equal(await answer("/bio"), "200 bio.html");
  assert.equal(await answer("/bio.html"), "200 bio.html");
  assert.equal(await answer("/about/"), "200 about/index.html");
  assert.equal(await answer("/about"), "→ /about/");
  assert.equal(await answer("/nothing"), "404 404.html");
  assert.equal(await answer("/../etc/passwd"), "404 404.html");
});

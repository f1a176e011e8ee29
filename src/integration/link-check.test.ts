import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findBrokenLinks, linkedPath, linksIn, pageAddress, serves } from "./link-check.ts";

describe("link check helpers", () => {
  test("linksIn reads href and src values", () => {
    assert.deepEqual(
      linksIn(
        `<a href="/a/">a</a><img src='/i.png' alt=""><a class="x" href="/q?a=1&amp;b=2">q</a>`,
      ),
      ["/a/", "/i.png", "/q?a=1&b=2"],
    );
  });

  const addresses: [string, string][] = [
    ["index.html", "/"],
    ["about/index.html", "/about/"],
    ["about.html", "/about.html"],
    ["404.html", "/404.html"],
  ];
  for (const [file, address] of addresses) {
    test(`pageAddress(${file})`, () => assert.equal(pageAddress(file), address));
  }

  const links: [string, string, string, string | undefined][] = [
    ["files/cv.pdf", "/", "", "/files/cv.pdf"],
    ["/files/cv.pdf#page=2", "/x/", "", "/files/cv.pdf"],
    ["../a/", "/x/y/", "", "/x/a/"],
    ["https://name.github.io/other-site/", "/", "", undefined],
    ["mailto:me@example.org", "/", "", undefined],
    ["#top", "/", "", undefined],
    ["/lab/files/cv.pdf", "/", "/lab", "/files/cv.pdf"],
    ["files/cv.pdf", "/", "/lab", "/files/cv.pdf"],
    ["/elsewhere/", "/", "/lab", undefined],
    ["/caf%C3%A9/", "/", "", "/café/"],
    // A "%" that starts no escape is read as it is, as a static host does, instead of crashing.
    ["files/100%-sure.pdf", "/", "", "/files/100%-sure.pdf"],
  ];
  for (const [link, page, base, target] of links) {
    test(`linkedPath(${link}) on ${page} with base "${base}"`, () =>
      assert.equal(linkedPath(link, page, base), target));
  }

  const files = new Set(["index.html", "about/index.html", "cv.html", "files/cv.pdf"]);
  const served: [string, boolean][] = [
    ["/", true],
    ["/about/", true],
    ["/about", true],
    ["/cv", true],
    ["/cv.html", true],
    ["/files/cv.pdf", true],
    ["/files/", false],
    ["/missing", false],
  ];
  for (const [address, result] of served) {
    test(`serves(${address}) is ${result}`, () => assert.equal(serves(files, address), result));
  }
});

describe("findBrokenLinks", () => {
  let dir = "";
  after(() => rm(dir, { recursive: true, force: true }));

  test("lists links to missing pages and files, once per page", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "links-"));
    await mkdir(path.join(dir, "about"));
    await writeFile(
      path.join(dir, "index.html"),
      '<a href="/about/">ok</a><a href="files/missing.pdf">x</a><a href="files/missing.pdf">x</a>',
    );
    await writeFile(
      path.join(dir, "about/index.html"),
      '<a href="/">home</a><img src="/img/missing.png" alt=""><a href="https://example.org/">out</a>',
    );
    await writeFile(path.join(dir, "style.css"), "a{}");
    assert.deepEqual(await findBrokenLinks(dir, ""), [
      { page: "/about/", link: "/img/missing.png" },
      { page: "/", link: "files/missing.pdf" },
    ]);
  });
});

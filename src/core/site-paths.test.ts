import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  imageSrc,
  outputFileFor,
  isFilePath,
  resolveOnPage,
  resolvedPath,
  hasMalformedEscape,
  routeParam,
  sitePathProblem,
  withBase,
  withLeadingSlash,
  sitemapUrl,
} from "./site-paths.ts";

describe("sitePathProblem", () => {
  const cases: [string, string | undefined][] = [
    ["/", undefined],
    ["/about/", undefined],
    ["/about.html", undefined],
    ["/resume", undefined],
    ["about/", undefined],
    ["https://example.com/", 'the external URL "https://example.com/"'],
    ["//example.com/x", 'the external URL "//example.com/x"'],
    ["javascript:alert(1)", 'a "javascript:" URL'],
    ["JavaScript:alert(1)", 'a "javascript:" URL'],
    ["mailto:me@example.org", 'the external URL "mailto:me@example.org"'],
    ["/a/../b/", '"/a/../b/", which contains a ".." segment'],
    ["../b", '"../b", which contains a ".." segment'],
    ["/search?q=1", '"/search?q=1", which contains a query ("?")'],
    ["/about/#bio", '"/about/#bio", which contains a fragment ("#")'],
    ["/my page/", '"/my page/", which contains a space'],
    ["", "an empty text"],
    ["/a\\b", '"/a\\b", which contains a backslash'],
  ];
  for (const [value, problem] of cases) {
    test(JSON.stringify(value), () => assert.equal(sitePathProblem(value), problem));
  }
});

describe("site path helpers", () => {
  const outputs: [string, string][] = [
    ["/", "index.html"],
    ["/about/", "about/index.html"],
    ["/about", "about.html"],
    ["/about.html", "about.html"],
    ["/resume", "resume.html"],
    ["/a/b", "a/b.html"],
    ["/talk.ppt", "talk.ppt.html"],
    ["/a/b/", "a/b/index.html"],
    ["/about/index.html", "about/index.html"],
  ];
  for (const [path, file] of outputs) {
    test(`outputFileFor(${path}) is ${file}`, () => assert.equal(outputFileFor(path), file));
  }

  const files: [string, boolean][] = [
    ["/", false],
    ["/research/", false],
    ["/research", true],
    ["/cv.html", true],
  ];
  for (const [permalink, file] of files) {
    test(`isFilePath(${permalink}) is ${file}`, () => assert.equal(isFilePath(permalink), file));
  }

  const resolved: [string, string, string][] = [
    ["files/phd_thesis.pdf", "/", "/files/phd_thesis.pdf"],
    ["files/cv.pdf", "/research/", "/research/files/cv.pdf"],
    ["files/cv.pdf", "/research", "/files/cv.pdf"],
    ["../files/cv.pdf", "/a/b/", "/a/files/cv.pdf"],
    ["cv.pdf#page=2", "/", "/cv.pdf#page=2"],
    ["/already/absolute/", "/x/", "/already/absolute/"],
    ["https://example.org/x", "/", "https://example.org/x"],
    ["#section", "/", "#section"],
    ["mailto:me@example.org", "/", "mailto:me@example.org"],
  ];
  for (const [url, page, result] of resolved) {
    test(`resolveOnPage(${url}, ${page}) is ${result}`, () =>
      assert.equal(resolveOnPage(url, page), result));
  }

  test("withLeadingSlash adds only a missing slash", () => {
    assert.equal(withLeadingSlash("about/"), "/about/");
    assert.equal(withLeadingSlash("/about/"), "/about/");
  });

  test("routeParam", () => {
    assert.equal(routeParam("/"), undefined);
    assert.equal(routeParam("/about/"), "about");
    assert.equal(routeParam("/a/b"), "a/b");
  });

  test("sitemapUrl", () => {
    const files = new Set(["https://x.org/cv.html", "https://x.org/resume"]);
    assert.equal(sitemapUrl("https://x.org/cv.html/", files), "https://x.org/cv.html");
    assert.equal(sitemapUrl("https://x.org/resume/", files), "https://x.org/resume");
    assert.equal(sitemapUrl("https://x.org/cv/", files), "https://x.org/cv/");
    assert.equal(sitemapUrl("https://x.org/", files), "https://x.org/");
  });

  test("withBase", () => {
    assert.equal(withBase("", "/about/"), "/about/");
    assert.equal(withBase("/lab", "/about/"), "/lab/about/");
    assert.equal(withBase("/lab/", "/"), "/lab/");
  });
});

describe("resolvedPath: one text for every spelling of an address", () => {
  const cases: [string, string][] = [
    ["/about/", "/about/"],
    ["/./about/", "/about/"],
    ["/a/../about/", "/about/"],
    ["/a/%2E%2e/about/", "/about/"],
    ["/../../about/", "/about/"],
    ["/a/b/..", "/a/"],
    ["/caf%C3%A9/", "/café/"],
    ["/cafe\u0301/", "/café/"],
    ["/a//b/", "/a//b/"],
    ["/100%-sure/", "/100%-sure/"],
    ["/x", "/x"],
  ];
  for (const [path, resolved] of cases)
    test(`${JSON.stringify(path)} is ${JSON.stringify(resolved)}`, () =>
      assert.equal(resolvedPath(path), resolved));
});

test("a malformed escape is told apart from a stray %", () => {
  assert.equal(hasMalformedEscape("/%E0%A4%A/"), true);
  assert.equal(hasMalformedEscape("/100%-sure/"), true);
  assert.equal(hasMalformedEscape("/caf%C3%A9/"), false);
  assert.equal(hasMalformedEscape("/about/"), false);
});

test("imageSrc: a web address as it is, a path with the base path, a file name in /images/", () => {
  assert.equal(imageSrc("https://x.org/a.png", "/lab"), "https://x.org/a.png");
  assert.equal(imageSrc("/files/a.png", "/lab"), "/lab/files/a.png");
  assert.equal(imageSrc("a.png", ""), "/images/a.png");
  assert.equal(imageSrc("", ""), undefined);
  assert.equal(imageSrc(undefined, ""), undefined);
});

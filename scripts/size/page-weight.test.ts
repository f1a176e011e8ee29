import assert from "node:assert/strict";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { removeDir, tempDir } from "../../tests/helpers/temp-dir.ts";
import { pageWeight, resourcesOf } from "./page-weight.ts";

const PAGE = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><link rel=icon href="/favicon.svg"><style>p{color:red}</style><script src="/s.js"></script><script type="module" src="/m.js"></script><script async src="https://cdn.example/x.js"></script></head><body><img src="pic.png" alt=""></body></html>`;

test("resourcesOf finds what a page loads", () => {
  assert.deepEqual(resourcesOf(PAGE), {
    stylesheets: ["/a.css"],
    icons: ["/favicon.svg"],
    scripts: [
      { src: "/s.js", blocking: true },
      { src: "/m.js", blocking: false },
      { src: "https://cdn.example/x.js", blocking: false },
    ],
    inlineStyles: ["p{color:red}"],
    images: ["pic.png"],
  });
});

let dir = "";
after(() => removeDir(dir));

test("pageWeight counts bytes and requests", async () => {
  dir = await tempDir("weight", {
    "index.html": PAGE,
    "a.css": "body{margin:0}",
    "s.js": "console.log(1)",
    "m.js": "",
    "pic.png": "12345",
  });
  const weight = await pageWeight(dir, "index.html", "/");
  const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
  assert.deepEqual(weight, {
    page: "/",
    html: { raw: PAGE.length, gzip: gz(PAGE) },
    css: { raw: 12 + 14, gzip: gz("p{color:red}") + gz("body{margin:0}") },
    htmlAndCss: { raw: PAGE.length + 14, gzip: gz(PAGE) + gz("body{margin:0}") },
    js: { raw: 14, gzip: gz("console.log(1)") + gz("") },
    images: { raw: 5, gzip: gz("12345") },
    requests: 7,
    blockingRequests: 3,
  });
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { redirectStub } from "./redirect-stub.ts";

test("a redirect stub is a complete document that needs no JavaScript", () => {
  assert.equal(
    redirectStub({
      to: "/",
      canonical: "https://name.github.io/",
      lang: "en-US",
      title: "About me",
    }),
    `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Moved: About me</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="https://name.github.io/">
<meta http-equiv="refresh" content="0; url=/">
</head>
<body>
<p>This page has moved to <a href="/">About me</a>.</p>
</body>
</html>
`,
  );
});

test("titles and addresses are escaped", () => {
  const html = redirectStub({
    to: '/a"b/',
    canonical: "https://x.org/a%22b/",
    lang: "en",
    title: "<R&D>",
  });
  assert.match(html, /<title>Moved: &lt;R&amp;D&gt;<\/title>/);
  assert.match(html, /url=\/a&quot;b\//);
  assert.doesNotMatch(html, /<script/);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { cspHash } from "#core/csp-hash.ts";
import { queryRedirectScript, queryRedirectStub, redirectStub } from "./redirect-stub.ts";

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

test("a query redirect page: a script allowed by its hash sends each old query on; links for everyone", () => {
  const html = queryRedirectStub({
    targets: [
      { query: "?p=15", to: "/posts/2012/hello/", title: "Hello" },
      { query: "?p=16", to: "/talks/a/", title: "A <talk>" },
    ],
    lang: "en",
  });
  const script = /<script>(.*)<\/script>/.exec(html)?.[1] ?? "";
  assert.equal(
    script,
    '(()=>{const m={"?p=15":"/posts/2012/hello/","?p=16":"/talks/a/"};const t=m[location.search];if(t)location.replace(t+location.hash)})()',
  );
  assert.ok(html.includes(`script-src '${cspHash(script)}'`));
  assert.match(html, /<li><a href="\/posts\/2012\/hello\/">Hello<\/a><\/li>/);
  assert.match(html, /<li><a href="\/talks\/a\/">A &lt;talk&gt;<\/a><\/li>/);
});

test("a query redirect page with a page for the address without a known query", () => {
  const script = queryRedirectScript([{ query: "?p=1", to: "/a/", title: "A" }], "/blog/");
  assert.match(script, /const t=m\[location\.search\]\?\?"\/blog\/";/);
});

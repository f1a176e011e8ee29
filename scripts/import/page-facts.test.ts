import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageName, linkKey, pageFacts } from "./page-facts.ts";

const jekyllPage = (content: string) =>
  `<html><body><div class="masthead"><nav><a href="https://menu.example">Menu</a></nav></div>
<div id="main"><div class="sidebar">Profile words</div><article class="page">
<header><h1 class="page__title">Title</h1><p class="page__meta">1 minute read</p></header>
<section class="page__content">${content}</section>
<footer class="page__meta">Updated</footer></article></div><footer>Footer words</footer></body></html>`;

describe("pageFacts", () => {
  it("reads the main content only, not the menu, profile, meta or footer", () => {
    const facts = pageFacts(jekyllPage("<p>Hello <em>world</em> &amp; friends</p>"));
    assert.deepEqual(facts.sequence, ["hello", "world", "friends"]);
    assert.deepEqual(facts.links, []);
  });

  it("counts MathJax's TeX on an old page as display or inline equations, not as words", () => {
    const facts = pageFacts(
      jekyllPage(
        "<p>\\[ a^2 \\]</p><p>Let \\(x\\) and $y$ be</p><div>$$b$$</div><p>\\begin{align*}c\\end{align*}</p><pre><code>$$not math$$</code></pre>",
      ),
      { dollars: true },
    );
    assert.equal(facts.displayMath, 3);
    assert.equal(facts.inlineMath, 2);
    assert.deepEqual(facts.sequence, ["let", "and", "be", "not", "math"]);
  });

  it("leaves `$…$` as text where the old site's MathJax did not read it", () => {
    const facts = pageFacts(jekyllPage("<p>From $5 to $10</p>"));
    assert.equal(facts.inlineMath, 0);
    assert.deepEqual(facts.sequence, ["from", "5", "to", "10"]);
  });

  it("counts MathML and TeX errors on a new page", () => {
    const facts = pageFacts(
      `<main><aside class="profile">Me</aside><p><math display="block"><mi>a</mi><annotation>a</annotation></math> and <math><mi>b</mi></math> <code class="tex-error">\\bad</code></p></main>`,
      { main: ["main"] },
    );
    assert.equal(facts.displayMath, 1);
    assert.equal(facts.inlineMath, 1);
    assert.deepEqual(facts.texErrors, ["\\bad"]);
    assert.deepEqual(facts.sequence, ["and"]);
  });

  it("finds HTML, Liquid and Markdown shown as text, and links to other sites only", () => {
    const facts = pageFacts(
      jekyllPage(
        `<p>&lt;div id="x"&gt; {% include toc %} ![](https://x.org/a b.png)</p><a href="https://other.org/a/">o</a><a href="https://me.github.io/x">m</a><a href="/y">y</a><h2> Part  One </h2><img src="/images/Fig%201.png"><img src="https://me.github.io/images/own.png">`,
      ),
      { hosts: ["me.github.io"] },
    );
    assert.deepEqual(facts.htmlAsText, ['<div id="x">']);
    assert.deepEqual(facts.liquidAsText, ["{% include toc %}"]);
    assert.deepEqual(facts.markdownAsText, ["![](https://x.org/a b.png)"]);
    assert.deepEqual(facts.links, ["other.org/a"]);
    assert.deepEqual(facts.headings, ["part one"]);
    assert.deepEqual(facts.images, ["fig 1", "own"]);
  });

  it("says where a redirect page sends visitors", () => {
    const facts = pageFacts(
      `<html><head><meta http-equiv="refresh" content="0; url=/new/"></head><body><a href="/new/">Click</a></body></html>`,
    );
    assert.equal(facts.redirect, "/new/");
  });
});

describe("imageName and linkKey", () => {
  it("name an image the same before and after Astro fingerprints it", () => {
    assert.equal(imageName("/images/photo.JPG"), "photo");
    assert.equal(imageName("/_astro/photo.B4x9Qz_1.webp"), "photo");
    assert.equal(imageName("https://x.org/a.png"), "https://x.org/a.png");
  });
  it("compare links without scheme, www or final slash", () => {
    assert.equal(linkKey("http://www.Example.org/a/"), "example.org/a");
    assert.equal(linkKey("https://example.org/a?b=1"), "example.org/a?b=1");
  });
});

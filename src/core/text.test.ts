import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  codeAddressScheme,
  escapeHtml,
  initials,
  plainText,
  safeRichHtml,
  safeInlineHtml,
  withoutColours,
} from "./text.ts";

describe("plainText", () => {
  const cases: [string, string][] = [
    ["About me", "About me"],
    ["**Bold** and _italic_ and `code`", "Bold and italic and code"],
    ["A [link](https://example.org) here", "A link here"],
    ["<p>Some <em>HTML</em> &amp; entities &#233; &#x2014;</p>", "Some HTML & entities é —"],
    ["Line one\n\nLine   two", "Line one Line two"],
    ["# Heading\n> quote", "Heading quote"],
    ["x <!-- hidden --> y", "x y"],
    ["snake_case_name stays", "snake_case_name stays"],
  ];
  for (const [source, text] of cases) {
    test(JSON.stringify(source), () => assert.equal(plainText(source), text));
  }
});

describe("initials", () => {
  const cases: [string, string][] = [
    ["Christian F. Baumgartner", "CB"],
    ["Anna Vesely", "AV"],
    ["Plato", "P"],
    ["émilie du Châtelet", "ÉC"],
  ];
  for (const [name, result] of cases) {
    test(name, () => assert.equal(initials(name), result));
  }
});

test("escapeHtml", () =>
  assert.equal(escapeHtml(`<a href="x">&</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"));

describe("safeInlineHtml", () => {
  const cases: [string, string][] = [
    ["Learning <em>fast</em> &amp; well", "Learning <em>fast</em> &amp; well"],
    ["CO<sub>2</sub> and x<sup>2</sup>", "CO<sub>2</sub> and x<sup>2</sup>"],
    [
      '<a href="https://x.org" onclick="steal()" style="color:red">X</a>',
      '<a href="https://x.org">X</a>',
    ],
    ['<a href="javascript:alert(1)">X</a>', "<a>X</a>"],
    ['<a href=" JaVa\tscript:alert(1)">X</a>', "<a>X</a>"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"],
    ["a < b > c", "a &lt; b &gt; c"],
    ["<B>bold</B>", "<b>bold</b>"],
  ];
  for (const [input, output] of cases)
    test(input, () => assert.equal(safeInlineHtml(input), output));
});

test("safeRichHtml keeps an excerpt's teaser image and paragraphs, and nothing that acts", () => {
  assert.equal(
    safeRichHtml("This is a sample.<br/><img src='/images/500x300.png'>"),
    'This is a sample.<br><img src="/images/500x300.png">',
  );
  assert.equal(
    safeRichHtml('<meta http-equiv="refresh" content="0;url=https://elsewhere"><p>News</p>'),
    "&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://elsewhere&quot;&gt;<p>News</p>",
  );
  assert.equal(safeRichHtml('<img src="javascript:x" onerror="y()" alt="a">'), '<img alt="a">');
});

test("codeAddressScheme: the schemes that run code or hide a page, however they are spelt", () => {
  assert.equal(codeAddressScheme(" JaVa\tscript:alert(1)"), "javascript");
  assert.equal(codeAddressScheme("VBScript:x"), "vbscript");
  assert.equal(codeAddressScheme("data:text/html,x"), "data");
  assert.equal(codeAddressScheme("https://a.example"), undefined);
  assert.equal(codeAddressScheme("/files/a.pdf"), undefined);
});

test("a terminal's colour codes are removed, the text kept", () => {
  assert.equal(
    withoutColours("\u001b[2m05:13\u001b[22m \u001b[32m(restored)\u001b[39m"),
    "05:13 (restored)",
  );
  assert.equal(withoutColours("plain"), "plain");
});

test("math as KaTeX draws it stays in an excerpt or a title; its attributes are MathML's only", async () => {
  const { safeInlineHtml } = await import("./text.ts");
  assert.equal(
    safeInlineHtml(
      '<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML" onclick="x()"><semantics><mi mathvariant="normal">n</mi><annotation encoding="application/x-tex">n</annotation></semantics></math></span>',
    ),
    '<span><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi mathvariant="normal">n</mi><annotation encoding="application/x-tex">n</annotation></semantics></math></span>',
  );
});

test("richHtmlOnly takes out the elements an excerpt cannot hold, and keeps their text", async () => {
  const { richHtmlOnly } = await import("./text.ts");
  assert.equal(
    richHtmlOnly(
      '<ul><li>One</li><li><a href="/x" onclick="y()">Two</a></li></ul><script>bad()</script>',
    ),
    '  One  <a href="/x">Two</a>  ',
  );
});

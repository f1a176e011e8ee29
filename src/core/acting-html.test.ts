import assert from "node:assert/strict";
import { test } from "node:test";
import { actingHtml, withoutActingHtml } from "./acting-html.ts";

test("actingHtml names what acts, and nothing in plain or inline text", () => {
  const cases: [string, string | undefined][] = [
    ["Department of Physics", undefined],
    ["<em>Summa</em> cum laude, <a href='https://uni.example'>Uni</a>", undefined],
    ["Ratio: 3 < 4, see https://a.example", undefined],
    ['<meta http-equiv="refresh" content="0;url=https://elsewhere">', "a <meta> element"],
    ["<SCRIPT>alert(1)</SCRIPT>", "a <script> element"],
    ["<form action=/x><input></form>", "a <form> element"],
    ["<iframe src=https://a.example></iframe>", "a <iframe> element"],
    ["<b onmouseover='x()'>hi</b>", 'an "onmouseover" attribute'],
    ["[click](javascript:alert(1))", 'a link to a "javascript:" address'],
    ['<a href="vbscript:x">y</a>', 'a link to a "vbscript:" address'],
    ["[p](data:text/html,x)", 'a link to a "data:" address'],
    ['<a href="java\tscript:x">y</a>', 'a link to a "javascript:" address'],
    ["![pixel](data:image/png;base64,AA)", undefined],
    ['<img alt="" src="data:image/png;base64,iVBOR">', undefined],
    ['<img src="data:image/svg+xml,<svg/>">', 'a link to a "data:" address'],
    ['<iframe src="data:text/html,x">', 'a link to a "data:" address'],
  ];
  for (const [text, found] of cases) assert.equal(actingHtml(text), found, text);
});

test("withoutActingHtml takes out what acts and keeps the text", () => {
  const cases: [string, string, string[]][] = [
    ["Physics", "Physics", []],
    [
      'ETH <meta http-equiv="refresh" content="0;url=https://elsewhere">Zürich',
      "ETH Zürich",
      ["a <meta> element"],
    ],
    ["A<script>alert('<b>')</script>B", "AB", ["a <script> element"]],
    ["<b onclick='x()' class=a>PhD</b>", "<b class=a>PhD</b>", ['an "onclick" attribute']],
    ["See [thesis](javascript:alert(1)).", "See thesis.", ['a link to a "javascript:" address']],
    [
      '<a href="javascript:x">y</a><iframe src=x></iframe>',
      '<a href="">y</a>',
      ['a link to a "javascript:" address', "a <iframe> element"],
    ],
  ];
  for (const [text, kept, removed] of cases)
    assert.deepEqual(withoutActingHtml(text), { text: kept, removed }, text);
});

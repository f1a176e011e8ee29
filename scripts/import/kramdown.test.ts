import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  attributeLists,
  bracesAsEntities,
  htmlAsMarkdown,
  kramdownHtmlBlocks,
  lineKinds,
  outsideCodeSpans,
  spacedLinkTargets,
} from "./kramdown.ts";

describe("attributeLists", () => {
  test("a notice becomes a quote; other attribute lists are dropped, with their lines", () => {
    const { body, notes } = attributeLists(
      'Intro\n\nA notice\non two lines\n{: .notice--warning}\n[x](y){:target="_blank"}',
      "a.md",
      5,
    );
    assert.equal(body, "Intro\n\n> A notice\n> on two lines\n[x](y)");
    assert.deepEqual(
      notes.map((n) => [n.line, n.message]),
      [
        [9, '"{: .notice--warning}" made the paragraph above it a notice (a quote).'],
        [10, '"{:target="_blank"}" was dropped (links open in the same tab).'],
      ],
    );
  });
});

describe("kramdownHtmlBlocks", () => {
  test("a block runs to its closing tag: no blank line or indentation ends it or makes code", () => {
    const { body, changed } = kramdownHtmlBlocks(
      'Intro\n\n<div class="a">\n  <p>x</p>\n\n      <a href="/y">y</a>\n</div>\nText after',
    );
    assert.equal(
      body,
      'Intro\n\n<div class="a">\n<p>x</p>\n<a href="/y">y</a>\n</div>\n\nText after',
    );
    assert.deepEqual(changed, [3]);
  });

  test('markdown="1" makes the content Markdown, its tags apart; nested blocks too', () => {
    const { body } = kramdownHtmlBlocks(
      '<div markdown="1">\n  **Bold** and\n\n  - a list\n\n  <section>\n\n  raw\n  </section>\n</div>',
    );
    assert.equal(body, "<div>\n\n**Bold** and\n\n- a list\n\n<section>\nraw\n</section>\n\n</div>");
  });

  test("parse_block_html makes every block's content Markdown", () => {
    assert.equal(kramdownHtmlBlocks("<div>*x*</div>", true).body, "<div>\n\n*x*\n\n</div>");
  });

  test("a blank line inside <pre> stays, as an empty comment that keeps the block together", () => {
    assert.equal(
      kramdownHtmlBlocks("<div>\n<pre>\n  a\n\n  b\n</pre>\n</div>").body,
      "<div>\n<pre>\n  a\n<!---->\n  b\n</pre>\n</div>",
    );
  });

  test("HTML that already reads the same, or does not close, is left as it is", () => {
    for (const text of [
      "<div>\n<p>x</p>\n</div>\n\nText",
      "<div>\n\nnever closed",
      "<span>x</span>",
    ])
      assert.deepEqual(kramdownHtmlBlocks(text), { body: text, changed: [] });
  });
});

test("htmlAsMarkdown removes indentation that Markdown would read as code, but not in <pre>", () => {
  assert.equal(
    htmlAsMarkdown("<div>\n    <p>x</p>\n\n    <p>y</p>\n<pre>\n    code\n\n</pre>\n</div>"),
    "<div>\n<p>x</p>\n\n<p>y</p>\n<pre>\n    code\n<!---->\n</pre>\n</div>",
  );
});

describe("code is never changed", () => {
  const samples = [
    "```python\nline = ('{:>' + str(width) + '}').format(x)\n<div>\n\n  $$a$$ {{ page.title }}\n</div>\n```",
    '~~~\n{: .notice}\n<div markdown="1">\n~~~',
    "Text\n\n    indented {: .x} <div>\n\n    $$a$$\n",
    "<pre><code><span class=\"s1\">'{:&gt;'</span>\n\n  {: .y}\n</code></pre>",
    "Inline `{:>8}` and <code>{: .z}</code> stay.",
  ];
  for (const sample of samples) {
    test(JSON.stringify(sample.slice(0, 40)), () => {
      assert.equal(attributeLists(sample, "a.md", 1).body, sample);
      const blocks = kramdownHtmlBlocks(sample).body;
      for (const code of sample.match(/`[^`]+`|<code>[^<]*<\/code>|\{:[^}]*\}|\$\$a\$\$/g) ?? [])
        assert.ok(blocks.includes(code), `${code} is kept`);
    });
  }

  test("lineKinds: fences, indented code after a blank line, <pre>; not list continuations", () => {
    const lines = [
      "```",
      "a",
      "```",
      "",
      "    code",
      "- item",
      "",
      "    more of the item",
      "<pre>",
      "x",
      "</pre>",
      "text",
    ];
    assert.deepEqual(lineKinds(lines), [
      ...["code", "code", "code", "text", "code", "text", "text", "text", "code", "code", "code"],
      "text",
    ]);
  });

  test("outsideCodeSpans changes only what is outside code spans", () => {
    assert.equal(
      outsideCodeSpans("a `a` <code>a</code> a", (t) => t.replaceAll("a", "b")),
      "b `a` <code>a</code> b",
    );
  });
});

test('an element with markdown="1" inside a block kramdown kept as HTML has Markdown inside', () => {
  const { body } = kramdownHtmlBlocks(
    "<div class='box'><div class='image'><img src='a.png'></div>\n<div class='text' markdown=\"1\">\n\n[Paper](https://x.org) \\\\\n**Me**, You\n\n- a point\n</div>\n</div>",
  );
  assert.equal(
    body,
    "<div class='box'><div class='image'><img src='a.png'></div>\n\n<div class='text'>\n\n[Paper](https://x.org) \\\\\n**Me**, You\n\n- a point\n\n</div>\n\n</div>",
  );
});

test("spacedLinkTargets: an address with spaces is written in <…>; titles and code stay", () => {
  assert.deepEqual(
    spacedLinkTargets(
      '[![](https://x.org/b?label=My Stars)](https://x.org) [a](b "T")\n`[c](d e)`\n```\n[f](g h)\n```\nAs \\[1\\](p. 546) says',
    ),
    {
      body: '[![](<https://x.org/b?label=My Stars>)](https://x.org) [a](b "T")\n`[c](d e)`\n```\n[f](g h)\n```\nAs \\[1\\](p. 546) says',
      lines: [1],
    },
  );
});

test("bracesAsEntities: braces of raw text as entities, except in code", () => {
  assert.equal(
    bracesAsEntities("{{ a }} `{{ b }}`\n```\n{{ c }}\n```"),
    "&#123;&#123; a &#125;&#125; `{{ b }}`\n```\n{{ c }}\n```",
  );
});

test("an inline element after a block starts a paragraph, where its Markdown reads", () => {
  assert.equal(
    kramdownHtmlBlocks(
      '<div class="a">x</div>\n<span>**Bold**</span> <br />\n[code](https://x.org)',
    ).body,
    '<div class="a">x</div>\n\n<span>**Bold**</span> <br />\n[code](https://x.org)',
  );
});

test("a tag written over several lines, with blank lines, is one block", () => {
  assert.equal(
    kramdownHtmlBlocks(
      '<figure\n\n    slot="second"\n>\n<img\n\n  src="/a.png"\n>\n</figure>\nText',
    ).body,
    '<figure\nslot="second"\n>\n<img\nsrc="/a.png"\n>\n</figure>\n\nText',
  );
});

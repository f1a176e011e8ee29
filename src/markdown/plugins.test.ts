import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import { mayHaveLiquid } from "./liquid.ts";
import {
  markdownPlugins,
  mayHaveComments,
  mayHaveRelativeLinks,
  outsideComments,
} from "./plugins.ts";

const processor = await createSatteriMarkdownProcessor({
  mdastPlugins: markdownPlugins({ base: "", url: "https://name.github.io" }),
  features: { math: true },
});
const render = async (
  markdown: string,
  frontmatter: Record<string, unknown> = { permalink: "/" },
) => (await processor.render(markdown, { frontmatter })).code.trimEnd();

describe("which plugins a document needs, at a glance", () => {
  test("relative links: any link or image to an address that is not full, rooted or on the page", () => {
    const yes = [
      "[CV](files/cv.pdf)",
      "[CV]( ./cv.pdf)",
      "[up](../a/)",
      "[CV](<files/my cv.pdf>)",
      "![Fig](fig.png)",
      "[cv]\n\n[cv]: files/cv.pdf",
      "[home]({{ base_path }}/)",
    ];
    const no = [
      "[a](https://example.org/x) and [b](mailto:a@b.org)",
      "[a](/files/cv.pdf), [b](#top), [c]()",
      "No links at all: (brackets) and [brackets] alone.",
    ];
    assert.deepEqual(
      yes.map(mayHaveRelativeLinks),
      yes.map(() => true),
    );
    assert.deepEqual(
      no.map(mayHaveRelativeLinks),
      no.map(() => false),
    );
  });

  test("comments and Liquid", () => {
    assert.deepEqual(["a <!-- b -->", "a -- b", "<br>"].map(mayHaveComments), [true, false, false]);
    assert.deepEqual(["{{ site.url }}", "{% raw %}", "{ a }", "}}"].map(mayHaveLiquid), [
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("outsideComments", () => {
  const cases: [string, boolean, string, boolean][] = [
    ["<!-- a -->", false, "", false],
    ["x<!-- a -->y<!--b-->z", false, "xyz", false],
    ["<!-- multi\nline -->", false, "", false],
    ["<div><!-- not closed", false, "<div>", true],
    ["still hidden --> shown", true, " shown", false],
    ["hidden, a -> b", true, "", true],
    ["en dashes <!\u2013 hidden \u2013> shown", false, "en dashes  shown", false],
    ["<p>no comment</p>", false, "<p>no comment</p>", false],
  ];
  for (const [text, open, visible, openAfter] of cases) {
    test(JSON.stringify(text), () =>
      assert.deepEqual(outsideComments(text, open), { text: visible, open: openAfter }),
    );
  }
});

describe("a comment that a blank line cuts in two never reaches visitors", () => {
  const cases: [string, string][] = [
    [
      "<div>\n<!-- hidden\n\nsecond half -->\n</div>\n\nAfter.",
      "<div>\n\n<p></p>\n</div>\n<p>After.</p>",
    ],
    ["Text <!-- a\n\nb *c* d -->\n\nAfter.", "<p>Text </p>\n<p><em></em></p>\n<p>After.</p>"],
    ["<!-- top\n\nstill hidden -->\n\nAfter.", "<p>After.</p>"],
  ];
  for (const [markdown, html] of cases) {
    test(JSON.stringify(markdown), async () => {
      const rendered = await render(markdown, {});
      assert.doesNotMatch(rendered, /hidden|half|[bcd] /);
      assert.equal(rendered, html);
    });
  }
});

describe("Markdown rendering", () => {
  test("the About page: comments gone, relative link resolved, setext heading", async () => {
    const source = await readFile(new URL("../content/pages/about.md", import.meta.url), "utf8");
    const body = source.slice(source.indexOf("---", 3) + 4);
    const html = await render(body);
    assert.doesNotMatch(html, /<!--|Research Areas|News|German National Cohort|best poster/);
    assert.match(html, /<a href="\/files\/phd_thesis\.pdf">link to PhD thesis<\/a>/);
    assert.match(html, /<h1 id="short-bio">Short Bio<\/h1>/);
    assert.match(
      html,
      /<p><strong>Please also check out our <a href="https:\/\/baumgach\.github\.io\/mia-website\/">group website<\/a> for more information!<\/strong><\/p>/,
    );
  });

  test("an inline comment inside a paragraph", async () => {
    assert.equal(await render("Visible <!-- hidden --> text."), "<p>Visible  text.</p>");
  });

  test("HTML around a comment stays", async () => {
    assert.equal(
      await render('<div class="note"><!-- hidden -->Shown</div>'),
      '<div class="note">Shown</div>',
    );
  });

  test("relative links resolve on the permalink", async () => {
    assert.equal(
      await render(
        "[a](files/a.pdf) [b](/b/) [c](https://example.org/) [d](#x)\n\n[e]: ../e.pdf\n\n[ref][e]",
        {
          permalink: "/research/deep/",
        },
      ),
      '<p><a href="/research/deep/files/a.pdf">a</a> <a href="/b/">b</a> <a href="https://example.org/">c</a> <a href="#x">d</a></p>\n<p><a href="/research/e.pdf">ref</a></p>',
    );
  });

  test("Liquid address idioms become the site's address, in links, images and HTML", async () => {
    assert.equal(
      await render(
        '[PDF]({{ base_path }}/files/a.pdf) ![p]({{ site.baseurl }}/images/p.png)\n\n{% include base_path %}\n\n<a href="{{ site.url }}/x/">x</a>',
      ),
      '<p><a href="/files/a.pdf">PDF</a> <img src="/images/p.png" alt="p"></p>\n<p><a href="/x/">x</a></p>',
    );
  });

  test("math", async () => {
    assert.match(await render("Energy $E=mc^2$."), /<p>Energy <span class="katex"><math/);
  });

  test("a permalink written without a slash", async () => {
    assert.equal(
      await render("[a](files/a.pdf)", { permalink: "teaching/" }),
      '<p><a href="/teaching/files/a.pdf">a</a></p>',
    );
  });
});

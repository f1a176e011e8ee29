import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import { hasMath, renderTex, withMath, mathAsText } from "./math.ts";

describe("withMath", () => {
  test("a title with TeX: math as MathML, the rest escaped", () => {
    const html = withMath("Learning $\\alpha$ & more", { html: false });
    assert.match(
      html,
      /^Learning <span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">.*<mi>α<\/mi>.*<\/math><\/span> &amp; more$/,
    );
  });

  test("a citation in HTML keeps its tags and entities", () => {
    const html = withMath("&quot;On $x^2$.&quot; <i>Journal</i>", { html: true });
    assert.match(html, /^&quot;On <span class="katex">.*<msup>.*<\/span>\.&quot; <i>Journal<\/i>$/);
  });

  test("display math", () => {
    assert.match(withMath("$$E=mc^2$$", { html: false }), /<math[^>]*display="block"/);
  });

  const plain: string[] = ["It costs $5 and $10.", "No math here", "A \\$ sign"];
  for (const text of plain) {
    test(`no math in ${JSON.stringify(text)}`, () => {
      assert.equal(hasMath(text), false);
      assert.equal(withMath(text, { html: false }), text.replaceAll("&", "&amp;"));
    });
  }

  test("no inline style, no script", () => {
    const html = renderTex("\\frac{a}{b} + \\sqrt{x}", true);
    assert.doesNotMatch(html, /style=|<script/);
  });

  test("bad TeX shows its source instead of failing the build, without an inline style", () => {
    const html = renderTex("\\frac{a", false);
    assert.match(
      html,
      /^<code class="tex-error" title="KaTeX parse error: [^"]*">\\frac\{a<\/code>$/,
    );
  });
});

test("math in Markdown bodies", async () => {
  const { renderMath } = await import("./math.ts");
  const processor = await createSatteriMarkdownProcessor({
    mdastPlugins: [() => renderMath()],
    features: { math: true },
  });
  const { code } = await processor.render("Inline $a+b$ and\n\n$$\n\\sum_i x_i\n$$\n");
  assert.match(code, /<p>Inline <span class="katex"><math.*<\/math><\/span> and<\/p>/);
  assert.match(code, /<math[^>]*display="block">.*<munder>|<math[^>]*display="block">.*<msub>/s);
});

test("mathAsText: TeX as the characters it is drawn with, the rest as it is", () => {
  assert.equal(mathAsText("Learning $\\alpha$-divergences"), "Learning α-divergences");
  assert.equal(mathAsText("$x^2 \\leq \\log n$ & $$\\sum_i a_i$$"), "x2≤logn & ∑iai");
  assert.equal(mathAsText("costs $5 or $10"), "costs $5 or $10");
});

describe("math as kramdown and MathJax read it", async () => {
  const { renderMath } = await import("./math.ts");
  const processor = await createSatteriMarkdownProcessor({
    mdastPlugins: [() => renderMath()],
    features: { math: true },
  });
  const render = async (markdown: string) => (await processor.render(markdown)).code;
  const display = (html: string) => html.match(/display="block"/g)?.length ?? 0;
  const inline = (html: string) => html.match(/<math xmlns="[^"]*">/g)?.length ?? 0;

  test("a paragraph that holds only $$…$$ is display math; $$…$$ in text is inline", async () => {
    const html = await render("$$ x^2 $$\n\nSee $$y$$ here.\n");
    assert.equal(display(html), 1);
    assert.equal(inline(html), 1);
    assert.doesNotMatch(html, /<p><span class="katex"><math[^>]*display/);
  });

  test("MathJax's \\displaylines and \\* are drawn, and align* in display math", async () => {
    const html = await render(
      "$$\\displaylines{a \\\\ b}$$\n\n$$ a \\* b $$\n\n$$\n\\begin{align*}a &= b\\\\ c &= d\\end{align*}\n$$\n",
    );
    assert.equal(display(html), 3);
    assert.doesNotMatch(html, /tex-error/);
  });

  test("\\newcommand holds for the rest of the page, even for a name KaTeX has", async () => {
    const html = await render("$$\\newcommand{\\R}{\\mathbb{Q}} \\R$$\n\nThen $\\R$ and $\\R$.\n");
    assert.doesNotMatch(html, /tex-error/);
    assert.equal(html.match(/<mi mathvariant="double-struck">Q<\/mi>/g)?.length, 3);
    assert.match(await render("Another page: $\\R$."), /<mi mathvariant="double-struck">R<\/mi>/);
  });

  test("\\[…\\], \\(…\\) and environments in text and in HTML; never in code", async () => {
    const html = await render(
      [
        "\\\\[ a \\\\] and \\\\( b \\\\)",
        "",
        "\\begin{equation} c \\end{equation}",
        "",
        '<center><span class="eq">$$ d &lt; e $$</span></center>',
        "",
        "<pre>$$ kept $$</pre>",
        "",
        "`\\[ kept \\]`",
      ].join("\n"),
    );
    assert.equal(display(html), 3);
    assert.equal(inline(html), 1);
    assert.match(html, /<pre>\$\$ kept \$\$<\/pre>/);
    assert.match(html, /<code>\\\[ kept \\\]<\/code>/);
    assert.doesNotMatch(html, /tex-error/);
  });
});

test("an equation's \\label shows nothing, and is no error", () => {
  const html = renderTex("\\begin{equation}\\label{eq:a} x = 1 \\end{equation}", true);
  assert.doesNotMatch(html, /tex-error/);
});

test("an array's column material (@{\\;}), which KaTeX does not read, is left out", async () => {
  const { withoutColumnMaterial } = await import("./math.ts");
  assert.equal(
    withoutColumnMaterial("\\begin{array}{l@{\\;}c@{\\;}r@{}l} a \\end{array}"),
    "\\begin{array}{lcrl} a \\end{array}",
  );
  const html = renderTex("\\begin{array}{r@{\\;}c@{\\;}l} a & = & b \\end{array}", true);
  assert.doesNotMatch(html, /tex-error/);
});

test("eqnarray, which KaTeX lacks, is drawn as the three-column display array it is", () => {
  const html = renderTex(
    "\\begin{eqnarray}\\min_x && f(x), \\\\\n\\text{subject to } && c(x) = 0\\end{eqnarray}",
    true,
  );
  assert.doesNotMatch(html, /tex-error/);
  assert.match(html, /<mtable[^>]*columnalign="right center left"/);
});

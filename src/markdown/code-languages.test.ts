import assert from "node:assert/strict";
import { test } from "node:test";
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import { codeLanguages, prismLanguage, unknownCodeLanguages } from "./code-languages.ts";

test("languages as Rouge matched them: any capitals, Rouge's own names", () => {
  assert.equal(prismLanguage("HTML"), "html");
  assert.equal(prismLanguage("Python"), "python");
  assert.equal(prismLanguage("console"), "bash");
  assert.equal(prismLanguage("c++"), "cpp");
  assert.equal(prismLanguage("text"), "text");
  assert.equal(prismLanguage("bibtex"), undefined);
});

test("code in a language Prism does not know is plain text, escaped, never HTML", async () => {
  const processor = await createSatteriMarkdownProcessor({
    mdastPlugins: [codeLanguages],
    syntaxHighlight: "prism",
  });
  const { code } = await processor.render(
    "```bibtex\n<b>@article{k}</b>\n```\n\n```HTML\n<p>x</p>\n```\n",
  );
  assert.match(code, /<code class="language-plaintext">&lt;b&gt;@article\{k\}&lt;\/b&gt;<\/code>/);
  assert.match(
    code,
    /<pre class="language-html"[^>]*><code class="language-html"><span class="token tag">/,
  );
});

test("each language shown as plain text is one warning, with its lines", () => {
  assert.deepEqual(
    unknownCodeLanguages(
      "```bibtex\n@a{k}\n```\n\n~~~ bibtex\nx\n~~~\n```python\nx\n```\n```\nplain\n```",
      "a.md",
    ),
    [
      {
        severity: "warning",
        file: "a.md",
        message:
          'lines 1 and 5: code in "bibtex", a language this site does not colour; it is shown as plain text.',
      },
    ],
  );
});

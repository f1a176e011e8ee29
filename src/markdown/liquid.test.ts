import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { hideUnsupportedTags, liquidProblems, replaceLiquid } from "./liquid.ts";

describe("replaceLiquid", () => {
  const site = { base: "/lab", url: "https://name.github.io/" };
  const cases: [string, string][] = [
    ["{{ base_path }}/files/a.pdf", "/lab/files/a.pdf"],
    ["{{base_path}}/x", "/lab/x"],
    ["{{ site.baseurl }}/x", "/lab/x"],
    ["{{- site.baseurl -}}/x", "/lab/x"],
    ["{% include base_path %}", ""],
    ["{{ site.url }}{{ site.baseurl }}/x", "/lab/x"],
    ["{{ site.url }}/images/x.jpg", "/images/x.jpg"],
    ["Visit {{ site.url }}.", "Visit https://name.github.io."],
    ["{{ page.title }}", "{{ page.title }}"],
  ];
  for (const [text, result] of cases)
    test(text, () => assert.equal(replaceLiquid(text, site), result));
});

describe("liquidProblems", () => {
  const FILE = "src/content/pages/a.md";
  test("every other tag, with its line and what to do", () => {
    const source = [
      "---",
      "title: A",
      "---",
      "{% include base_path %}",
      "Title: {{ page.title }}",
      "{% for post in site.publications reversed %}",
      "  {% include archive-single.html %}",
      "{% endfor %}",
      "```",
      "{{ not.checked }} in a code block",
      "```",
      "and `{{ inline.code }}` is fine too",
      "<!-- {{ hidden }} in a comment",
      "{% also hidden %} -->",
    ].join("\n");
    assert.deepEqual(liquidProblems(source, FILE).map(formatProblem), [
      `${FILE}: line 5: the Jekyll template tag "{{ page.title }}" does not work here. Write the title itself.`,
      `${FILE}: line 6: the Jekyll template tag "{% for post in site.publications reversed %}" does not work here. The lists of publications, talks, teaching, portfolio and posts are pages of their own (/publications/, /talks/, /teaching/, /portfolio/, /year-archive/): remove the loop and link to the list.`,
      `${FILE}: line 7: the Jekyll template tag "{% include archive-single.html %}" does not work here. Paste what the include showed, or remove the tag.`,
      `${FILE}: line 8: the Jekyll template tag "{% endfor %}" does not work here. Write the text or the link itself, or remove the tag.`,
    ]);
  });

  test("the address idioms are fine", () => {
    assert.deepEqual(liquidProblems("[a]({{ base_path }}/x) {{ site.url }}", FILE), []);
  });
});

test("hideUnsupportedTags puts only the tags this site cannot run into comments", () => {
  assert.equal(
    hideUnsupportedTags("Title {{ page.title }} at [x]({{ base_path }}/x)\n`{{ code }}`"),
    "Title <!-- {{ page.title }} --> at [x]({{ base_path }}/x)\n`{{ code }}`",
  );
});

test("hideUnsupportedTags hides the same tag twice on one line", () => {
  assert.equal(
    hideUnsupportedTags("{{ page.title }} and {{ page.title }}"),
    "<!-- {{ page.title }} --> and <!-- {{ page.title }} -->",
  );
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { extractFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { readFrontMatter, splitFrontMatter } from "./front-matter.ts";

test("reads the fields between the fences", () => {
  assert.deepEqual(readFrontMatter('---\ntitle: "About me"\npermalink: /\n---\nBody\n', "a.md"), {
    ok: true,
    data: { title: "About me", permalink: "/" },
  });
});

test("empty front matter is an empty group of fields", () => {
  assert.deepEqual(readFrontMatter("---\n---\nBody", "a.md"), { ok: true, data: {} });
});

test("CRLF line ends", () => {
  assert.deepEqual(readFrontMatter("---\r\ntitle: T\r\n---\r\nBody", "a.md"), {
    ok: true,
    data: { title: "T" },
  });
});

test("a file without front matter", () => {
  const result = readFrontMatter("# Just a heading\n", "src/content/pages/a.md");
  assert.ok(!result.ok);
  assert.equal(
    formatProblem(result.problem),
    'src/content/pages/a.md: has no front matter. Start the file with a line "---", the fields (such as "title: My page"), and another line "---".',
  );
});

describe("YAML mistakes name the line in the file and say what is wrong", () => {
  const cases: [string, string][] = [
    [
      '---\ntitle: "About me\npermalink: /\n---\n',
      "line 4 is not valid YAML: a quotation mark is opened but never closed.",
    ],
    [
      "---\ntitle: T\n\tpermalink: /\n---\n",
      "line 3 is not valid YAML: a tab is used to indent; indent with spaces.",
    ],
    ["---\ntitle: T\ntitle: U\n---\n", "line 3 is not valid YAML: a field is written twice."],
    [
      "---\ntitle: About: me\n---\n",
      "line 2 is not valid YAML: a value that contains a colon must be in quotes, or the line is indented differently from the lines around it.",
    ],
  ];
  for (const [source, message] of cases) {
    test(message, () => {
      const result = readFrontMatter(source, "a.md");
      assert.ok(!result.ok);
      assert.equal(result.problem.message, message);
    });
  }
});

test("blank lines before the front matter, as Astro reads them; Jekyll reads none", () => {
  const source = "\n  \n---\ntitle: T\n---\nBody";
  assert.deepEqual(readFrontMatter(source, "a.md"), { ok: true, data: { title: "T" } });
  assert.deepEqual(splitFrontMatter(source), {
    fence: "---",
    yaml: "\ntitle: T\n",
    yamlLine: 3,
    body: "\nBody",
    bodyLine: 5,
  });
  assert.equal(splitFrontMatter(source, { jekyll: true }), undefined);
  const broken = readFrontMatter("\n---\ntitle: T\ntitle: U\n---\n", "a.md");
  assert.ok(!broken.ok);
  assert.equal(broken.problem.message, "line 4 is not valid YAML: a field is written twice.");
});

test("Jekyll's reading: the body starts on the line after the closing fence", () => {
  assert.deepEqual(splitFrontMatter("---\na: 1\nb: 2\n---\nBody", { jekyll: true }), {
    fence: "---",
    yaml: "a: 1\nb: 2",
    yamlLine: 2,
    body: "Body",
    bodyLine: 5,
  });
});

describe("one reading: where the front matter ends is where Astro ends it", () => {
  test("a line that starts with +++ or --- ends it, whatever follows", () => {
    const source = "---\ntitle: T\n+++ a heading\npublished: false\n---\nBody";
    assert.deepEqual(readFrontMatter(source, "a.md"), { ok: true, data: { title: "T" } });
    assert.deepEqual(readFrontMatter("---\ntitle: T\n-----\npublished: false\n", "a.md"), {
      ok: true,
      data: { title: "T" },
    });
  });

  test("front matter between +++ lines (TOML) is a sentence, not a page without fields", () => {
    const result = readFrontMatter('+++\ntitle = "T"\n+++\nBody', "src/content/pages/a.md");
    assert.ok(!result.ok);
    assert.equal(
      formatProblem(result.problem),
      'src/content/pages/a.md: has front matter between "+++" lines (TOML), which this site does not read. Write it in YAML between "---" lines.',
    );
  });

  const corpus = [
    "---\ntitle: T\n---\nBody",
    "\uFEFF---\ntitle: T\n---\n",
    "\n\n---\ntitle: T\n---\n",
    "  \n\t\n---\ntitle: T\n---\n",
    "---\r\ntitle: T\r\n---\r\nBody",
    "---\ntitle: T\n+++\npublished: false\n---\n",
    "---\ntitle: T\n--- trailing\nBody",
    "---title: T\n---\n",
    "---\n---\nBody",
    "+++\ntitle = 1\n+++\n",
    "Text\n---\ntitle: T\n---\n",
    "---\ntitle: T\n",
    "# Heading\n",
    "",
  ];
  for (const source of corpus) {
    test(JSON.stringify(source), () =>
      assert.equal(splitFrontMatter(source)?.yaml, extractFrontmatter(source)),
    );
  }
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
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
    yaml: "title: T",
    yamlLine: 4,
    body: "Body",
    bodyLine: 6,
  });
  assert.equal(splitFrontMatter(source, { jekyll: true }), undefined);
  const broken = readFrontMatter("\n---\ntitle: T\ntitle: U\n---\n", "a.md");
  assert.ok(!broken.ok);
  assert.equal(broken.problem.message, "line 4 is not valid YAML: a field is written twice.");
});

test("the body starts on the line after the closing fence", () => {
  assert.equal(splitFrontMatter("---\na: 1\nb: 2\n---\nBody")?.bodyLine, 5);
});

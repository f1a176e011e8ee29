import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { extractFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { parseYaml, readFrontMatter, splitFrontMatter } from "./front-matter.ts";

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
      '---\ntitle: "A "quoted" word"\n---\n',
      "line 2 is not valid YAML: a value in double quotes has a double quotation mark inside it, which ends the value. Put the value in single quotes instead.",
    ],
    [
      "---\ntitle: 'It's mine'\n---\n",
      "line 2 is not valid YAML: a value in single quotes has a single quotation mark inside it, which ends the value. Write it twice ('') inside, or put the value in double quotes.",
    ],
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

test("dates that do not exist stay text, for the schema to report, instead of moving", () => {
  const dates = (source: string) => {
    const result = readFrontMatter(source, "a.md");
    assert.ok(result.ok);
    return (result.data as { date: unknown }).date;
  };
  assert.equal(dates("---\ndate: 2024-02-30\n---\n"), "2024-02-30");
  assert.equal(dates("---\ndate: 0000-01-01\n---\n"), "0000-01-01");
  assert.deepEqual(dates("---\ndate: 2024-02-29\n---\n"), new Date(Date.UTC(2024, 1, 29)));
  assert.deepEqual(
    dates("---\ndate: 2024-05-31 23:30:00 -05:00\n---\n"),
    new Date(Date.UTC(2024, 5, 1, 4, 30)),
  );
});

test("aliases that stand for too many values are refused, at once", () => {
  const lines = ["---", "title: T", "a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array<string>(10).fill(`*${previous}`).join(", ")}]`);
  }
  const started = performance.now();
  const result = readFrontMatter([...lines, "---", ""].join("\n"), "a.md");
  assert.ok(performance.now() - started < 1000);
  assert.ok(!result.ok);
  assert.equal(
    result.problem.message,
    "has YAML aliases (*name) that, written out, add more than 100,000 values to it. Write the values out instead.",
  );
  const few = readFrontMatter("---\na: &a [1, 2]\nb: *a\n---\n", "a.md");
  assert.deepEqual(few, { ok: true, data: { a: [1, 2], b: [1, 2] } });
});

test("a large file without aliases is read: its size is no alias bomb", () => {
  const items = Array.from({ length: 120_000 }, (_, i) => `  - ${String(i)}`).join("\n");
  const result = parseYaml(`items:\n${items}\n`, "src/data/cv.yaml");
  assert.ok(result.ok);
  assert.equal((result.data as { items: number[] }).items.length, 120_000);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem } from "./problems.ts";
import { readFrontMatter } from "./front-matter.ts";

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
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(
      formatProblem(result.problem),
      'src/content/pages/a.md: has no front matter. Start the file with a line "---", the fields (such as "title: My page"), and another line "---".',
    );
  }
});

test("invalid YAML names the line in the file", () => {
  const result = readFrontMatter(
    '---\ntitle: "About me\npermalink: /\n---\n',
    "src/content/pages/a.md",
  );
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.match(
      formatProblem(result.problem),
      /^src\/content\/pages\/a\.md: line \d+ is not valid YAML: .+\. Check the quotes, colons and indentation on that line and the one before it\.$/,
    );
});

test("a tab in the indentation names line 3", () => {
  const result = readFrontMatter("---\ntitle: T\n\tpermalink: /\n---\n", "a.md");
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.problem.message, /^line 3 is not valid YAML/);
});

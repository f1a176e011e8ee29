import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { mdxProblems } from "./mdx.ts";

const FILE = "src/content/pages/a.mdx";

test("MDX that cannot be read: its line and the reason, before anything is built", () => {
  assert.deepEqual(
    mdxProblems("---\ntitle: A\n---\nSome text.\n\n<Unclosed\n", FILE).map(formatProblem),
    [
      'src/content/pages/a.mdx: line 6: the MDX cannot be read: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`). Fix it, or make the file Markdown (.md), where "<" and "{" are plain text.',
    ],
  );
});

test("MDX that can be read: components, expressions, imports", () => {
  assert.deepEqual(
    mdxProblems(
      '---\ntitle: A\n---\nimport Note from "./Note.astro";\n\n<Note>Hi {1 + 1}</Note>\n',
      FILE,
    ),
    [],
  );
});

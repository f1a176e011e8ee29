import assert from "node:assert/strict";
import { test } from "node:test";
import { texProblems } from "./tex.ts";

test("TeX that cannot be drawn is a warning with its line; code and good TeX are not", () => {
  const source =
    "---\ntitle: A\n---\nGood $x^2$ and\n\n$$\\frac{a$$\n\n`$\\bad$`\n\n```\n$\\bad$\n```\n\n$\\newcommand{\\R}{x}$ then $\\R$.\n";
  assert.deepEqual(texProblems(source, "a.md"), [
    {
      severity: "warning",
      file: "a.md",
      message:
        "line 6: the TeX \"\\frac{a\" cannot be drawn (Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{a); the page shows it as written.",
    },
  ]);
});

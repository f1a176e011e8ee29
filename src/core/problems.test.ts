import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem, formatReport, hasErrors, type Problem } from "./problems.ts";

const error = (file: string, message: string, field?: string): Problem =>
  field === undefined
    ? { severity: "error", file, message }
    : { severity: "error", file, field, message };

test("a problem names the file and the field", () => {
  assert.equal(
    formatProblem(error("a.md", "expected x.", "title")),
    'a.md, field "title": expected x.',
  );
  assert.equal(formatProblem(error("a.md", "has no front matter.")), "a.md: has no front matter.");
});

test("the report lists errors, then warnings", () => {
  const report = formatReport([
    { severity: "warning", file: "a.md", field: "foo", message: "kept." },
    error("a.md", "expected x.", "title"),
    error("b.md", "expected y.", "permalink"),
  ]);
  assert.equal(
    report,
    [
      "Found 2 problems in 2 files. Fix them and build again:",
      '  ✗ a.md, field "title": expected x.',
      '  ✗ b.md, field "permalink": expected y.',
      "",
      "1 warning:",
      '  ! a.md, field "foo": kept.',
    ].join("\n"),
  );
});

test("one problem reads in the singular", () => {
  assert.equal(
    formatReport([error("a.md", "expected x.", "title")]),
    'Found 1 problem in 1 file. Fix it and build again:\n  ✗ a.md, field "title": expected x.',
  );
});

test("hasErrors ignores warnings", () => {
  assert.equal(hasErrors([{ severity: "warning", file: "a", message: "m" }]), false);
  assert.equal(hasErrors([error("a", "m")]), true);
});

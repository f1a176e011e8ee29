/**
 * Problems found in what editors write (Markdown front matter and the site settings), and the
 * plain-words report the build prints for them.
 */

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** Where the problem is, as the editor names it: a path from the project folder. */
  file: string;
  /** The line of the file, when the problem is on one (in a `.bib` file, an entry's first line). */
  line?: number;
  /** The key of the BibTeX entry the problem is in. */
  entry?: string;
  /** The field, such as `title` or `author.email`, when the problem is in one field. */
  field?: string;
  /** What was expected and what was found, in plain words. */
  message: string;
}

/** One line that names the file (and line, as editors' terminals link it), the entry, the field and the problem. */
export function formatProblem(problem: Problem): string {
  const where = [
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`,
    ...(problem.entry === undefined ? [] : [`entry "${problem.entry}"`]),
    ...(problem.field === undefined ? [] : [`field "${problem.field}"`]),
  ].join(", ");
  return `${where}: ${problem.message}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The report an editor reads: every error first, then every warning, one line each. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const lines: string[] = [];
  if (errors.length > 0) {
    const files = new Set(errors.map((p) => p.file)).size;
    lines.push(
      `Found ${count(errors.length, "problem")} in ${count(files, "file")}. Fix ${errors.length === 1 ? "it" : "them"} and build again:`,
    );
    for (const p of errors) lines.push(`  ✗ ${formatProblem(p)}`);
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(`${count(warnings.length, "warning")}:`);
    for (const p of warnings) lines.push(`  ! ${formatProblem(p)}`);
  }
  return lines.join("\n");
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

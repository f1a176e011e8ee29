/**
 * TeX that KaTeX cannot draw, in a Markdown file's `$…$` and `$$…$$` (outside code): a warning
 * with its line, since the page shows such TeX as it is written, marked.
 */
import type { Problem } from "#core/problems.ts";
import { bodyText } from "#markdown/front-matter.ts";
import { mathIn, pageMacros, texProblem } from "#markdown/math.ts";
import { proseLines } from "#markdown/prose.ts";

export function texProblems(source: string, file: string): Problem[] {
  const text = bodyText(source);
  if (!text.includes("$")) return [];
  // The prose in place (code emptied), so that an offset in it is on the file's own line.
  const lines: string[] = text.split(/\r?\n/).map(() => "");
  for (const { line, text: prose } of proseLines(text)) lines[line - 1] = prose;
  const prose = lines.join("\n");
  const macros = pageMacros();
  return mathIn(prose).flatMap(({ tex, display, index }): Problem[] => {
    const problem = texProblem(tex, display, macros);
    if (problem === undefined) return [];
    const line = prose.slice(0, index).split("\n").length;
    const shown = tex.trim().length > 40 ? `${tex.trim().slice(0, 40)}…` : tex.trim();
    return [
      {
        severity: "warning",
        file,
        message: `line ${line}: the TeX "${shown}" cannot be drawn (${problem}); the page shows it as written.`,
      },
    ];
  });
}

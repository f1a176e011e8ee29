/** MDX that cannot be read, found before the build tries to compile it. */
import { mdxToMdast } from "satteri";
import type { Problem } from "#core/problems.ts";
import { bodyText } from "./front-matter.ts";

/**
 * The reason an MDX file's text cannot be read, with its line, as a problem; none when it can be.
 * MDX is stricter than Markdown: `<` starts a component and `{` an expression.
 */
export function mdxProblems(source: string, file: string): Problem[] {
  const text = bodyText(source);
  try {
    mdxToMdast(text);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, reason = message] =
      /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message) ?? [];
    return [
      {
        severity: "error",
        file,
        message: `${line === undefined ? "" : `line ${line}: `}the MDX cannot be read: ${reason}. Fix it, or make the file Markdown (.md), where "<" and "{" are plain text.`,
      },
    ];
  }
}

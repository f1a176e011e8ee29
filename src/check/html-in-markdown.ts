/**
 * HTML written in Markdown that the pages' security policy blocks, or that would run code: each a
 * sentence with its line, so that nothing an editor writes is dropped without a word.
 */
import { CODE_ADDRESS, REFRESH } from "#core/acting-html.ts";
import { lineList } from "#core/line-list.ts";
import { embedAllows } from "#core/origins.ts";
import type { Problem } from "#core/problems.ts";
import { bodyText } from "#markdown/front-matter.ts";
import { proseLines } from "#markdown/prose.ts";

const SCRIPT = /<script\b/i;
const STYLE_ATTRIBUTE = /<[a-z][^>]*\sstyle\s*=/i;
const IFRAME_SOURCE = /<iframe\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi;

/**
 * What the pages would not do with the HTML in a Markdown file's text: scripts and style attributes
 * are blocked (warnings), frames from sites not in `embeds` are blocked (warnings), and links to
 * `javascript:`, `vbscript:` or `data:` addresses are errors.
 */
export function htmlProblems(source: string, file: string, embeds: readonly string[]): Problem[] {
  const text = bodyText(source);
  // Every problem here starts with "<" or is a code address: most files have neither.
  if (!/<|(?:javascript|vbscript|data):/i.test(text)) return [];
  const problems: Problem[] = [];
  const scripts: number[] = [];
  const styles: number[] = [];
  const frames = new Map<string, number[]>();
  for (const { line, text: prose } of proseLines(text)) {
    const code = CODE_ADDRESS.exec(prose)?.[1];
    if (code !== undefined) {
      problems.push({
        severity: "error",
        file,
        message: `line ${line}: a link to a "${code.toLowerCase()}:" address, which runs code or hides a page instead of leading to one. Remove it.`,
      });
    }
    if (REFRESH.test(prose)) {
      problems.push({
        severity: "error",
        file,
        message: `line ${line}: a <meta http-equiv="refresh"> sends every visitor of the page elsewhere, and no security policy can stop it. Remove it; to move a page, give the new page redirect_from with this page's address.`,
      });
    }
    if (SCRIPT.test(prose)) scripts.push(line);
    if (STYLE_ATTRIBUTE.test(prose)) styles.push(line);
    for (const [, src = ""] of prose.matchAll(IFRAME_SOURCE)) {
      const origin = URL.canParse(src) ? new URL(src).origin : undefined;
      if (origin !== undefined && !embedAllows(embeds, origin))
        frames.set(origin, [...(frames.get(origin) ?? []), line]);
    }
  }
  // One warning for each kind, naming every line: a page with many has one sentence.
  const warn = (lines: readonly number[], message: string) => {
    if (lines.length > 0)
      problems.push({ severity: "warning", file, message: `${lineList(lines)}: ${message}` });
  };
  warn(
    scripts,
    "a <script> does not run here: pages run only their own scripts, so that no one can add one that runs for visitors. Remove it.",
  );
  warn(
    styles,
    'a style attribute (style="…") is not applied: pages use only their own styles. Remove it.',
  );
  for (const [origin, lines] of frames)
    warn(
      lines,
      `the embedded page from ${origin} is not shown: add "${origin}" to embeds in src/data/site.yaml, if you trust it.`,
    );
  return problems;
}

/**
 * The language of a fenced code block, as Jekyll's Rouge matched it: in any capitals (`HTML`,
 * `Python`), and by Rouge's names that Prism calls otherwise (`console`, `c++`). A language Prism
 * does not know is shown as plain text, escaped, and the content check names it.
 */
import components from "prismjs/components.json" with { type: "json" };
import type { MdastPluginDefinition } from "satteri";
import { lineList } from "#core/line-list.ts";
import type { Problem } from "#core/problems.ts";

/** Rouge's names for languages that Prism has under another name. */
const ROUGE_NAMES: Readonly<Record<string, string>> = {
  console: "bash",
  "shell-session": "bash",
  terminal: "bash",
  "c++": "cpp",
  ipython: "python",
  python3: "python",
  py3: "python",
  jsonc: "json",
  posh: "powershell",
};

/** Prism's own plain text, which it escapes and does not colour. */
export const PLAIN_TEXT = "plaintext";

const PRISM_NAMES: ReadonlySet<string> = new Set([
  ...["plain", "plaintext", "text", "txt"],
  ...Object.entries(components.languages).flatMap(([id, language]) =>
    id === "meta" ? [] : [id, ...[(language as { alias?: string | string[] }).alias ?? []].flat()],
  ),
]);

/** The Prism name of a code block's language, or `undefined` when Prism does not know it. */
export function prismLanguage(lang: string): string | undefined {
  const name = lang.trim().toLowerCase();
  if (PRISM_NAMES.has(name)) return name;
  return ROUGE_NAMES[name];
}

/** Code blocks' languages as Prism knows them; a language it does not know becomes plain text. */
export const codeLanguages: MdastPluginDefinition = {
  name: "code-languages",
  code(node, ctx) {
    if (node.lang === undefined || node.lang === null || node.lang === "") return;
    const lang = prismLanguage(node.lang) ?? PLAIN_TEXT;
    if (lang !== node.lang) ctx.setProperty(node, "lang", lang);
  },
};

/** Whether a text may have a fenced code block with a language. */
export const mayHaveCodeLanguages = (source: string) => /^ {0,3}(`{3,}|~{3,})\s*\S/m.test(source);

/**
 * The languages of a Markdown text's code blocks that are shown as plain text, one warning per
 * language with its lines.
 */
export function unknownCodeLanguages(text: string, file: string): Problem[] {
  const unknown = new Map<string, number[]>();
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`{]+)?/.exec(line);
    if (open === null) return;
    const marker = open[1] ?? "";
    if (fence !== undefined) {
      if (marker.startsWith(fence.charAt(0)) && marker.length >= fence.length) fence = undefined;
      return;
    }
    fence = marker;
    const lang = open[2];
    if (lang !== undefined && prismLanguage(lang) === undefined)
      unknown.set(lang, [...(unknown.get(lang) ?? []), index + 1]);
  });
  return [...unknown].map(([lang, lines]) => ({
    severity: "warning",
    file,
    message: `${lineList(lines)}: code in "${lang}", a language this site does not colour; it is shown as plain text.`,
  }));
}

/** Reads the YAML front matter at the top of a Markdown file, as Jekyll and Astro do. */
import yaml from "js-yaml";
import type { Problem } from "#core/problems.ts";

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export type FrontMatter = { ok: true; data: unknown } | { ok: false; problem: Problem };

/** What the YAML parser's most common complaints mean, in an editor's words. */
const PLAIN_REASONS: [RegExp, string][] = [
  [/within a (double|single) quoted scalar/, "a quotation mark is opened but never closed"],
  [/duplicated mapping key/, "a field is written twice"],
  [/tab characters must not be used/, "a tab is used to indent; indent with spaces"],
  [
    /bad indentation of a mapping entry/,
    "a value that contains a colon must be in quotes, or the line is indented differently from the lines around it",
  ],
];

function plainReason(reason: string): string {
  return PLAIN_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

/** Parses YAML text, turning a syntax error into a problem that names the line. */
export function parseYaml(source: string, file: string, firstLine = 1): FrontMatter {
  try {
    return { ok: true, data: yaml.load(source, { filename: file }) ?? {} };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const line = error.mark.line + firstLine;
    return {
      ok: false,
      problem: {
        severity: "error",
        file,
        message: `line ${line} is not valid YAML: ${plainReason(error.reason)}.`,
      },
    };
  }
}

export interface SplitFile {
  /** The front matter, as YAML text. */
  yaml: string;
  /** The line the YAML text starts at, counted from 1. */
  yamlLine: number;
  /** What follows the closing `---`. */
  body: string;
  /** The line the body starts at, counted from 1. */
  bodyLine: number;
}

/** Blank lines before the front matter, which Astro skips (Jekyll does not). */
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)*/;

/**
 * Splits a file into its front matter (as YAML text) and its body, if it starts with front matter.
 * As Astro reads it, blank lines may come first; with `jekyll`, as Jekyll reads it, they may not
 * (Jekyll copies such a file as it is).
 */
export function splitFrontMatter(
  source: string,
  { jekyll = false }: { jekyll?: boolean } = {},
): SplitFile | undefined {
  const text = source.replace(/^\uFEFF/, "");
  const blank = jekyll ? "" : (LEADING_BLANK_LINES.exec(text)?.[0] ?? "");
  const rest = text.slice(blank.length);
  const match = rest.startsWith("---") ? FENCE.exec(rest) : null;
  if (match?.index !== 0) return undefined;
  const yaml = match[1] ?? "";
  const yamlLine = blank.split("\n").length + 1;
  return {
    yaml,
    yamlLine,
    body: rest.slice(match[0].length),
    bodyLine: yamlLine + yaml.split("\n").length + 1,
  };
}

/** Parses the front matter of a Markdown or MDX file. */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const parts = splitFrontMatter(source);
  if (parts === undefined) {
    return {
      ok: false,
      problem: {
        severity: "error",
        file,
        message:
          'has no front matter. Start the file with a line "---", the fields (such as "title: My page"), and another line "---".',
      },
    };
  }
  return parseYaml(parts.yaml, file, parts.yamlLine);
}

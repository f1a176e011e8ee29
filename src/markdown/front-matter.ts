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
  /** Which fence opened the front matter: `---` (YAML) or `+++` (TOML, which this site does not read). */
  fence: "---" | "+++";
  /** The front matter, as YAML text. */
  yaml: string;
  /** The line the YAML text starts at, counted from 1. */
  yamlLine: number;
  /** What follows the closing fence. */
  body: string;
  /** The line the body starts at, counted from 1. */
  bodyLine: number;
}

/**
 * Front matter as Astro reads it, so that the content check and the build read one file the same
 * way: after a byte-order mark or blank lines, `---` or `+++`, up to the first line that starts
 * with `---` or `+++` (whatever follows on that line).
 */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** The line of a position in a text, counted from 1. */
const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * Splits a file into its front matter and its body, if it has front matter: as Astro reads it,
 * or with `jekyll` as Jekyll does (`---` on the first line, alone, up to a line that is `---` alone).
 */
export function splitFrontMatter(
  source: string,
  { jekyll = false }: { jekyll?: boolean } = {},
): SplitFile | undefined {
  if (jekyll) {
    const text = source.replace(/^\uFEFF/, "");
    const match = text.startsWith("---") ? FENCE.exec(text) : null;
    if (match?.index !== 0) return undefined;
    const yaml = match[1] ?? "";
    return {
      fence: "---",
      yaml,
      yamlLine: 2,
      body: text.slice(match[0].length),
      bodyLine: lineAt(text, match[0].length),
    };
  }
  const match = ASTRO_FRONT_MATTER.exec(source);
  if (match === null) return undefined;
  const fence = match[1] === "+++" ? "+++" : "---";
  const yaml = match[2] ?? "";
  const yamlStart = match[0].indexOf(fence) + fence.length;
  const bodyStart = match[0].length;
  return {
    fence,
    yaml,
    yamlLine: lineAt(source, yamlStart),
    body: source.slice(bodyStart),
    bodyLine: lineAt(source, bodyStart),
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
  if (parts.fence === "+++") {
    return {
      ok: false,
      problem: {
        severity: "error",
        file,
        message:
          'has front matter between "+++" lines (TOML), which this site does not read. Write it in YAML between "---" lines.',
      },
    };
  }
  return parseYaml(parts.yaml, file, parts.yamlLine);
}

/** Reads the YAML front matter at the top of a Markdown file, as Jekyll and Astro do. */
import yaml from "js-yaml";
import type { Problem } from "#core/problems.ts";
import { lineAt } from "#core/text.ts";

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

/** A value in quotes with more after its closing quote: `title: "A "quoted" word"`. */
const QUOTES_INSIDE = /^\s*[^\s:#][^:]*:\s*(["']).*?\1\s*[^\s#]/;

function plainReason(reason: string, line: string): string {
  const quote = QUOTES_INSIDE.exec(line)?.[1];
  if (quote !== undefined && reason.includes("bad indentation of a mapping entry")) {
    return quote === '"'
      ? "a value in double quotes has a double quotation mark inside it, which ends the value. Put the value in single quotes instead"
      : "a value in single quotes has a single quotation mark inside it, which ends the value. Write it twice ('') inside, or put the value in double quotes";
  }
  return PLAIN_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

/** The number of days in a month of a year (`month` from 1). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * YAML's dates, but only days that exist, in years 1000 to 9999: `2024-02-30` or `0000-01-01` stay
 * text (which the schemas then report), where the YAML parser would make 1 March or 1900 of them.
 */
const existingDate = new yaml.Type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: (data: string | null) => {
    // What YAML itself reads as a date (its own rules, from its default schema).
    if (data === null || !(yaml.load(data) instanceof Date)) return false;
    const [year = 0, month = 0, day = 0] = data.slice(0, 10).split("-").map(Number);
    return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  },
  construct: (data: string) => yaml.load(data),
  instanceOf: Date,
});

/** YAML as Jekyll and Astro read it, with dates that exist (the type replaces YAML's own). */
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [existingDate] });

/** How many values YAML's aliases (`*name`) may add to a file once they are written out. */
export const MAX_ALIASED_VALUES = 100_000;

/**
 * How many values `data` holds as written (an alias counts once) and with every alias written out;
 * a value that aliases share is looked at once, so that this takes no longer than reading.
 */
function sizes(data: unknown): { written: number; expanded: number } {
  const expanded = new Map<object, number>();
  let written = 0;
  const visit = (value: unknown): number => {
    written += 1;
    if (value === null || typeof value !== "object") return 1;
    const known = expanded.get(value);
    if (known !== undefined) return known;
    expanded.set(value, 1);
    let size = 1;
    for (const item of Object.values(value)) size += visit(item);
    expanded.set(value, size);
    return size;
  };
  return { expanded: visit(data), written };
}

/**
 * Why YAML data is refused, when its aliases stand for more than 100,000 values beyond what is
 * written (an "alias bomb": a few lines that expand into billions of values); a large file with
 * few or no aliases is fine.
 */
export function aliasProblem(data: unknown): string | undefined {
  const { written, expanded } = sizes(data);
  return expanded - written > MAX_ALIASED_VALUES
    ? `has YAML aliases (*name) that, written out, add more than ${MAX_ALIASED_VALUES.toLocaleString("en-US")} values to it. Write the values out instead.`
    : undefined;
}

/** Parses YAML text, turning a syntax error into a problem that names the line. */
export function parseYaml(source: string, file: string, firstLine = 1): FrontMatter {
  const problem = (message: string) => unread(file, message);
  let data: unknown;
  try {
    data = yaml.load(source, { filename: file, schema: SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const line = error.mark.line + firstLine;
    const text = source.split("\n")[error.mark.line] ?? "";
    return problem(`line ${line} is not valid YAML: ${plainReason(error.reason, text)}.`);
  }
  const aliased = aliasProblem(data);
  if (aliased !== undefined) return problem(aliased);
  return { ok: true, data };
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

/**
 * A file's text after its front matter, with every line at its line number in the file (the front
 * matter's lines are left empty), so that a problem found in it names the file's own line.
 */
export function bodyText(source: string): string {
  const parts = splitFrontMatter(source);
  return parts === undefined ? source : `${"\n".repeat(parts.bodyLine - 1)}${parts.body}`;
}

/** An error in a file as a whole, which is no front matter to read. */
const unread = (file: string, message: string): FrontMatter => ({
  ok: false,
  problem: { severity: "error", file, message },
});

/** Parses the front matter of a Markdown or MDX file. */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const parts = splitFrontMatter(source);
  if (parts === undefined) {
    return unread(
      file,
      'has no front matter. Start the file with a line "---", the fields (such as "title: My page"), and another line "---".',
    );
  }
  if (parts.fence === "+++") {
    return unread(
      file,
      'has front matter between "+++" lines (TOML), which this site does not read. Write it in YAML between "---" lines.',
    );
  }
  return parseYaml(parts.yaml, file, parts.yamlLine);
}

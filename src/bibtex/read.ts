/**
 * Reading a `.bib` file: each entry with its key, type, line and fields, and its CSL-JSON record,
 * with LaTeX accents and commands turned into Unicode (`@citation-js/plugin-bibtex`). A syntax
 * error is reported with the line and the key of the entry it is in; the other entries are still read.
 */
import { plugins, type CSL } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { closestKey } from "#core/closest-key.ts";
import type { Problem } from "#core/problems.ts";
import { lineAt } from "#core/text.ts";

/** One entry of a `.bib` file. */
export interface BibEntry {
  /** The citation key, such as `smith2020deep`. */
  key: string;
  /** The entry type in small letters, such as `article`. */
  type: string;
  /** The line the entry starts on (from 1). */
  line: number;
  /** The fields as written (names in small letters), LaTeX and all. */
  fields: Readonly<Record<string, string>>;
  /** The entry as CSL-JSON, in Unicode (composed: "í", never "ı" and an accent); `crossref` resolved. */
  record: CSL;
}

export interface BibFile {
  entries: BibEntry[];
  problems: Problem[];
}

/** An entry as the parser returns it. */
interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

/** A piece of the file that starts with `@`: an entry, a `@string`, a `@preamble` or a `@comment`. */
interface Piece {
  type: string;
  key: string;
  line: number;
  text: string;
}

/** The types BibTeX and BibLaTeX know, in small letters. */
export const BIB_TYPES: readonly string[] = Object.keys(
  (
    plugins.config.get("@bibtex") as {
      types: { biblatex: { source: Record<string, string> } };
    }
  ).types.biblatex.source,
);

/** The types most entries have, named when an entry's type is not one of `BIB_TYPES`. */
const COMMON_TYPES = ["article", "inproceedings", "incollection", "book", "phdthesis", "misc"];

const SPECIAL = new Set(["string", "preamble", "comment"]);

/**
 * The pieces of a `.bib` file, found by their `@` at the top level (outside braces). Text between
 * them is a comment, as BibTeX reads it.
 */
export function bibPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const start = /@\s*([A-Za-z]+)\s*([{(])\s*([^,\s{}()]*)/g;
  let from = 0;
  for (;;) {
    start.lastIndex = from;
    const match = start.exec(text);
    if (match === null) break;
    const [, type = "", open = "{", key = ""] = match;
    const close = open === "{" ? "}" : ")";
    let depth = 0;
    let end = text.length;
    for (let i = match.index + match[0].length - key.length - 1; i < text.length; i++) {
      const char = text[i];
      if (char === open || (open === "(" && char === "{")) depth++;
      else if (char === close || (open === "(" && char === "}")) depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
      // A new entry at the start of a line while braces are still open: this one lacks a "}".
      if (char === "\n" && /^@\s*[A-Za-z]+\s*[{(]/.test(text.slice(i + 1, i + 40))) {
        end = i + 1;
        break;
      }
    }
    pieces.push({
      type: type.toLowerCase(),
      key,
      line: lineAt(text, match.index),
      text: text.slice(match.index, end),
    });
    from = end;
  }
  return pieces;
}

/** The parser's names for what it expected or found, in the characters an editor types. */
const TOKENS: Readonly<Record<string, string>> = {
  lbrace: '"{"',
  rbrace: '"}"',
  lparen: '"("',
  rparen: '")"',
  comma: '","',
  equals: '"="',
  quote: "a quotation mark",
  at: '"@"',
  whitespace: "a space",
  number: "a number",
  text: "text",
  EOF: "the end of the entry",
};

/** The parser's error in plain words, and the line (in the text it read) where it is. */
function syntaxError(error: unknown): { line: number; column: number; what: string } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = / at line (\d+) col (\d+)/.exec(message);
  if (at === null) return undefined;
  const expected = /expected "?(\w+)"?, got "?(\w+)"?/.exec(message);
  const token = (name: string) => TOKENS[name] ?? `"${name}"`;
  const what =
    expected === null
      ? "something BibTeX cannot read"
      : `${token(expected[1] ?? "")} where it found ${token(expected[2] ?? "")}`;
  return { line: Number(at[1]), column: Number(at[2]), what };
}

/** `input` turned into the format `target` (the package's types ask for every option). */
function chain(input: unknown, target: string): unknown {
  const options = { target, generateGraph: false };
  return plugins.input.chain(input, options as Parameters<typeof plugins.input.chain>[1]);
}

function parseEntries(text: string): RawEntry[] {
  return chain(text, "@biblatex/entries+list") as RawEntry[];
}

/**
 * Where the syntax errors of a file that could not be read are: each entry is read alone (after the
 * file's `@string` definitions), so that every broken entry is named.
 */
function syntaxProblems(
  text: string,
  pieces: readonly Piece[],
  file: string,
): { problems: Problem[]; broken: Set<Piece> } {
  const broken = new Set<Piece>();
  const strings = pieces.filter((piece) => piece.type === "string").map((piece) => piece.text);
  const prefix = strings.length === 0 ? "" : `${strings.join("\n")}\n`;
  const prefixLines = prefix === "" ? 0 : lineAt(prefix, prefix.length) - 1;
  const problems: Problem[] = [];
  for (const piece of pieces) {
    try {
      parseEntries(piece.type === "string" ? piece.text : `${prefix}${piece.text}`);
    } catch (error) {
      broken.add(piece);
      const found = syntaxError(error);
      const offset = piece.type === "string" ? 0 : prefixLines;
      const lastLine = piece.line + piece.text.trimEnd().split("\n").length - 1;
      const line = Math.min(lastLine, piece.line + Math.max(0, (found?.line ?? 1) - 1 - offset));
      const column =
        found === undefined || found.what.endsWith(TOKENS["EOF"] ?? "")
          ? ""
          : ` (column ${found.column})`;
      const name = piece.key === "" ? `@${piece.type}` : `"${piece.key}"`;
      problems.push({
        severity: "error",
        file,
        line,
        message: `the entry ${name} could not be read: BibTeX expected ${found?.what ?? "something else"}${column}. Check the braces, quotation marks and commas of this entry.`,
      });
    }
  }
  if (problems.length > 0) return { problems, broken };
  // Every entry reads alone, so the problem is between them.
  try {
    parseEntries(text);
    return { problems: [], broken };
  } catch (error) {
    const found = syntaxError(error);
    const problem: Problem = {
      severity: "error",
      file,
      ...(found !== undefined && { line: found.line }),
      message: `the file could not be read: BibTeX expected ${found?.what ?? "something else"}. Check that every entry starts with "@" and that its braces are closed.`,
    };
    return { problems: [problem], broken: new Set(pieces) };
  }
}

/**
 * Text as readers expect it: composed characters (LaTeX's `{\'\i}` is a dotless i and an accent,
 * shown as "í").
 */
function tidy(text: string): string {
  return text.replace(/\u0131(?=[\u0300-\u036f])/g, "i").normalize("NFC");
}

/** A record with every text in it tidied (`tidy`): its title, names, venue, abstract. */
function tidied<T>(value: T): T {
  if (typeof value === "string") return tidy(value) as T;
  if (Array.isArray(value)) return value.map(tidied) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidied(v)])) as T;
}

/** The entry's fields as text, in small letters. */
function fieldsOf(entry: RawEntry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.properties).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
}

function typeProblem(piece: Piece, file: string): Problem {
  const likely = closestKey(piece.type, BIB_TYPES);
  return {
    severity: "error",
    file,
    line: piece.line,
    entry: piece.key,
    message: `expected a BibTeX entry type such as ${COMMON_TYPES.map((t) => `@${t}`).join(", ")}, but found @${piece.type}.${likely === undefined ? "" : ` Did you mean @${likely}?`}`,
  };
}

/** The key an entry takes its book or proceedings from (`crossref`), if it names one. */
function crossrefOf(entry: RawEntry): string | undefined {
  const name = Object.keys(entry.properties).find((key) => key.toLowerCase() === "crossref");
  return name === undefined ? undefined : String(entry.properties[name]);
}

/**
 * The entries whose `crossref` leads back to themselves (`a` → `b` → `a`, or `a` → `a`), each with
 * the way round, as its error says it. Their `crossref` is not followed: the package that reads it
 * would follow it for ever.
 */
export function crossrefCycles(entries: readonly RawEntry[]): Map<string, string[]> {
  const target = new Map<string, string>();
  for (const entry of entries) {
    const crossref = crossrefOf(entry);
    if (crossref !== undefined) target.set(entry.label, crossref);
  }
  const cycles = new Map<string, string[]>();
  for (const start of target.keys()) {
    const way = [start];
    for (let next = target.get(start); next !== undefined; next = target.get(next)) {
      if (next === start) {
        cycles.set(start, [...way, start]);
        break;
      }
      if (way.includes(next)) break;
      way.push(next);
    }
  }
  return cycles;
}

/** The error of an entry whose `crossref` leads back to it, naming the entries on the way. */
function cycleProblem(piece: Piece, way: readonly string[], file: string): Problem {
  const named = way.map((key) => `"${key}"`);
  return {
    severity: "error",
    file,
    line: piece.line,
    entry: piece.key,
    field: "crossref",
    message:
      way.length === 2
        ? `the entry names itself in crossref, which names the book or proceedings it is part of. Remove the field, or name that entry.`
        : `crossref leads back to this entry (${named.join(" → ")}): an entry cannot be part of itself. Remove the crossref of one of them.`,
  };
}

/** The entries of a `.bib` file (`file` is its path from the project folder), and its problems. */
export function readBib(text: string, file: string): BibFile {
  const pieces = bibPieces(text);
  let raw: RawEntry[];
  const problems: Problem[] = [];
  try {
    raw = parseEntries(text);
  } catch {
    // The entries that can be read are still read, so that their problems are reported too.
    const syntax = syntaxProblems(text, pieces, file);
    problems.push(...syntax.problems);
    const readable = pieces.filter((piece) => !syntax.broken.has(piece));
    try {
      raw = parseEntries(readable.map((piece) => piece.text).join("\n"));
    } catch {
      return { entries: [], problems };
    }
  }
  const piecesByKey = new Map(
    pieces.filter((piece) => !SPECIAL.has(piece.type)).map((piece) => [piece.key, piece]),
  );
  const cycles = crossrefCycles(raw);
  const looped = new Set<string>();
  for (const [key, way] of cycles) {
    const piece = piecesByKey.get(key) ?? { type: "", key, line: 1, text: "" };
    problems.push(cycleProblem(piece, way, file));
    looped.add(key);
  }
  // An entry of a cycle is not read: its crossref would be followed for ever.
  raw = raw.filter((entry) => !looped.has(entry.label));
  const records = chain(raw, "@csl/list+object") as CSL[];
  const entries: BibEntry[] = [];
  for (const [index, entry] of raw.entries()) {
    const piece = piecesByKey.get(entry.label) ?? {
      type: entry.type.toLowerCase(),
      key: entry.label,
      line: 1,
      text: "",
    };
    if (!BIB_TYPES.includes(piece.type)) {
      problems.push(typeProblem(piece, file));
      continue;
    }
    const converted = records[index];
    if (converted === undefined) continue;
    const record = tidied(converted);
    entries.push({
      key: entry.label,
      type: piece.type,
      line: piece.line,
      fields: fieldsOf(entry),
      record,
    });
  }
  return { entries, problems };
}

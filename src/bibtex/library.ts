/**
 * The site's BibTeX library: the entries of every `.bib` file of the publications folder, by key,
 * with what is wrong in them; and the rule that joins a Markdown file to the entry it adds to.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "#core/problems.ts";
import { utf8Text } from "#core/text.ts";
import { bibFileNames, COLLECTIONS, SITE_SETTINGS_FILE } from "#routing/collections.ts";
import { fileStem } from "#routing/entries.ts";
import { entryProblems, publicationFields } from "./publication.ts";
import { readBib, type BibEntry } from "./read.ts";

/** An entry of the library, with the file it is in (from the project folder). */
export interface LibraryEntry extends BibEntry {
  file: string;
  /** The entry as a publication's front matter, before the schema checks it. */
  publication: Record<string, unknown>;
}

export interface Library {
  /** The entries that can be built, by key. */
  entries: Map<string, LibraryEntry>;
  problems: Problem[];
}

/** Where an entry is, as an editor finds it: `src/content/publications/refs.bib:12`. */
export function entryAddress(entry: { file: string; line: number }): string {
  return `${entry.file}:${entry.line}`;
}

/** The library made of `.bib` files, each given by its path from the project folder and its text. */
export function readLibrary(files: readonly { file: string; text: string }[]): Library {
  const entries = new Map<string, LibraryEntry>();
  const problems: Problem[] = [];
  const read = files.map(({ file, text }) => ({ file, ...readBib(text, file) }));
  // An entry that others take their book or proceedings from (`crossref`) is no paper of its own.
  const containers = new Set(
    read.flatMap(({ entries: all }) => all.flatMap((entry) => entry.fields["crossref"] ?? [])),
  );
  for (const { file, entries: all, problems: own } of read) {
    problems.push(...own);
    for (const entry of all) {
      if (containers.has(entry.key)) continue;
      const earlier = entries.get(entry.key);
      if (earlier !== undefined) {
        problems.push({
          severity: "error",
          file,
          line: entry.line,
          entry: entry.key,
          message: `the key "${entry.key}" is also the key of the entry at ${entryAddress(earlier)}. Give one of them another key.`,
        });
        continue;
      }
      const lacks = entryProblems(entry, file);
      problems.push(...lacks);
      if (lacks.length === 0)
        entries.set(entry.key, { ...entry, file, publication: publicationFields(entry) });
    }
  }
  return { entries, problems };
}

/**
 * The library of the site in the project folder `root`: the `.bib` files of the publications
 * folder, and the files the settings name (`elsewhere`, from the project folder). A file that is
 * not UTF-8 is a problem, and so is a named file that is not there.
 */
export async function readSiteLibrary(
  root: string,
  elsewhere: readonly string[] = [],
): Promise<Library> {
  const dir = COLLECTIONS.publications.dir;
  const problems: Problem[] = [];
  const files: { file: string; text: string }[] = [];
  const read = async (file: string) => {
    const text = utf8Text(await readFile(path.join(root, file)), file);
    if (text.ok) files.push({ file, text: text.text });
    else problems.push(text.problem);
  };
  for (const name of await bibFileNames(root)) await read(path.posix.join(dir, name));
  for (const [index, named] of elsewhere.entries()) {
    const file = path.posix.normalize(named);
    if (files.some((known) => known.file === file)) continue;
    if ((await stat(path.join(root, file)).catch(() => undefined))?.isFile() !== true) {
      problems.push({
        severity: "error",
        file: SITE_SETTINGS_FILE,
        field: `publications.bib_files (item ${index + 1})`,
        message: `names "${named}", but there is no such file. Correct the path (from the project folder), or remove it.`,
      });
      continue;
    }
    await read(file);
  }
  const library = readLibrary(files);
  return { entries: library.entries, problems: [...problems, ...library.problems] };
}

/** The key a Markdown publication adds to: its `bibkey`, else its file name without the ending. */
export function companionKey(
  frontMatter: Readonly<Record<string, unknown>>,
  relativeFile: string,
): string {
  const own = frontMatter["bibkey"];
  if (typeof own === "string" && own.trim() !== "") return own.trim();
  return fileStem(relativeFile);
}

/**
 * The fields the site works out for an entry rather than reads from it (its address from its key,
 * its category from its type): a Markdown file sets its own without a warning.
 */
const DERIVED = ["bibkey", "permalink", "category"];

/**
 * Whether a front-matter value says what the entry's says. A date that is more precise than the
 * entry's (`2019-09-19` for the year `2019`, or the month `2019-09`) says the same, more exactly.
 */
function same(field: string, value: unknown, fromBib: unknown): boolean {
  if (field === "date" && typeof fromBib === "string") {
    const written = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return written.startsWith(fromBib);
  }
  return JSON.stringify(value) === JSON.stringify(fromBib);
}

/**
 * A Markdown file's front matter joined to the `.bib` entry it adds to: the file keeps its address,
 * its own fields are used where both have one, and each such field that says something else is a
 * warning, so that neither wins silently. `file` is the Markdown file's path from the project folder.
 */
export function joinedFields(
  frontMatter: Readonly<Record<string, unknown>>,
  entry: LibraryEntry,
  file: string,
): { data: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(frontMatter)) {
    const fromBib = entry.publication[field];
    if (
      DERIVED.includes(field) ||
      fromBib === undefined ||
      value === null ||
      same(field, value, fromBib)
    )
      continue;
    problems.push({
      severity: "warning",
      file,
      field,
      message: `is also in the BibTeX entry "${entry.key}" (${entryAddress(entry)}), which says something else; this file's value is used. Remove it from one of them.`,
    });
  }
  // The file keeps its own address (its permalink, or the one its name gives), not the entry's.
  const fromEntry = Object.fromEntries(
    Object.entries(entry.publication).filter(([field]) => field !== "permalink"),
  );
  return { data: { ...fromEntry, ...frontMatter, bibkey: entry.key }, problems };
}

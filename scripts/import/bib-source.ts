/**
 * academicpages' `markdown_generator/pubsFromBib.py` writes one Markdown file per entry of a `.bib`
 * file (named `<date>-<title slug>.md`). When a site's publications were made that way, the import
 * makes the `.bib` their source: each Markdown file keeps its address, text and fields, and is joined
 * to its entry by `bibkey:` (so the page gains the authors, the DOI, the abstract and the downloads).
 */
import { readLibrary, type LibraryEntry } from "#bibtex/library.ts";
import { parseYaml, splitFrontMatter } from "#markdown/front-matter.ts";
import { withoutAccents } from "#core/text.ts";

/** A converted publication: where it is written and its text. */
export interface ImportedPublication {
  target: string;
  text: string;
}

/** Letters and digits only, in small letters and without accents: how two titles are compared. */
function titleKey(title: string): string {
  return withoutAccents(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** The date pubsFromBib gives an entry: its year, month and day, `01` where missing. */
function generatedDate(entry: LibraryEntry): string | undefined {
  const date = entry.publication["date"];
  if (typeof date !== "string") return undefined;
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year ?? ""}-${month}-${day}`;
}

/** The file name pubsFromBib gives an entry: `<date>-<title without anything but letters, digits, - and _>.md`. */
export function generatedName(entry: LibraryEntry): string {
  const raw = entry.fields["title"] ?? "";
  const clean = raw.replace(/[{}\\]/g, "").replace(/ /g, "-");
  const slug = clean.replace(/\[.*\]|[^a-zA-Z0-9_-]/g, "").replaceAll("--", "-");
  return `${generatedDate(entry) ?? ""}-${slug}.md`.replaceAll("--", "-");
}

/** The fields, the YAML lines and the text after the front matter of a converted publication. */
function split(
  text: string,
): { data: Record<string, unknown>; yaml: string; body: string } | undefined {
  const parts = splitFrontMatter(text);
  const read = parts === undefined ? undefined : parseYaml(parts.yaml, "", parts.yamlLine);
  if (parts === undefined || read?.ok !== true) return undefined;
  if (read.data === null || typeof read.data !== "object") return undefined;
  return { data: read.data as Record<string, unknown>, yaml: parts.yaml, body: parts.body };
}

/** Which publication each entry of the `.bib` was generated as, or why it was not the source. */
export function matchGenerated(
  bibText: string,
  bibFile: string,
  publications: readonly ImportedPublication[],
): { matches: Map<string, LibraryEntry> } | { reason: string } {
  const library = readLibrary([{ file: bibFile, text: bibText }]);
  if (library.problems.some((problem) => problem.severity === "error")) {
    return { reason: "it has entries that cannot be read or lack a title, an author or a year" };
  }
  if (library.entries.size === 0) return { reason: "it has no entries" };
  const byName = new Map(publications.map((p) => [p.target.split("/").at(-1) ?? "", p]));
  const byTitle = new Map(
    publications.flatMap((p) => {
      const title = split(p.text)?.data["title"];
      return typeof title === "string" ? [[titleKey(title), p] as const] : [];
    }),
  );
  const matches = new Map<string, LibraryEntry>();
  for (const entry of library.entries.values()) {
    const title = entry.publication["title"];
    const found =
      byName.get(generatedName(entry)) ??
      (typeof title === "string" ? byTitle.get(titleKey(title)) : undefined);
    if (found === undefined || matches.has(found.target)) {
      return { reason: `its entry "${entry.key}" has no publication of the site made from it` };
    }
    matches.set(found.target, entry);
  }
  return { matches };
}

/** Whether a front-matter value says what the entry's field says (titles and dates as pubsFromBib wrote them). */
function sameAsEntry(field: string, value: unknown, entry: LibraryEntry): boolean {
  const own = entry.publication[field];
  if (field === "title")
    return (
      typeof value === "string" && typeof own === "string" && titleKey(value) === titleKey(own)
    );
  if (field === "date") {
    const written = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return written === generatedDate(entry);
  }
  return own !== undefined && JSON.stringify(own) === JSON.stringify(value);
}

/**
 * The publication's text joined to its entry: `bibkey:` added, and the fields that say what the
 * entry says removed (so that only real differences are reported). Gives the fields removed.
 */
export function joinedToEntry(
  text: string,
  entry: LibraryEntry,
): { text: string; removed: string[] } {
  const parts = split(text);
  if (parts === undefined) return { text, removed: [] };
  const removed = Object.entries(parts.data)
    .filter(
      ([field, value]) =>
        ["title", "date", "venue", "paperurl"].includes(field) && sameAsEntry(field, value, entry),
    )
    .map(([field]) => field);
  // A removed field's line goes, and the indented lines that continue its value.
  let dropping = false;
  const lines = parts.yaml.split(/\r?\n/).filter((line) => {
    if (!/^\s/.test(line)) dropping = removed.some((field) => line.startsWith(`${field}:`));
    return !dropping;
  });
  return {
    text: `---\nbibkey: ${JSON.stringify(entry.key)}\n${lines.join("\n").trim()}\n---${parts.body}`,
    removed,
  };
}

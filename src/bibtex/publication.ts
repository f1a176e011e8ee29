/**
 * A BibTeX entry as a publication: the fields a publication's Markdown front matter has (title,
 * authors, date, venue, DOI, arXiv, links), so that it is checked by the same schema and shown by the
 * same pages; and what a `.bib` entry must have for that (title, an author, a year, a well-formed
 * DOI and arXiv identifier).
 */
import { readDate } from "#core/dates.ts";
import type { CSL } from "@citation-js/core";
import type { Problem } from "#core/problems.ts";
import { slugify } from "#core/text.ts";
import { defaultPermalink } from "#routing/entries.ts";
import type { PublicationKind } from "#schemas/publications.ts";
import type { BibEntry } from "./read.ts";

/** The author that BibTeX's `and others` stands for; shown as "et al.", never as a name. */
const ET_AL = "et al.";

/** The authors one by one: a list as it is; one text split at ";" or " and ". */
export function authorList(authors: readonly string[] | undefined): string[] {
  if (authors === undefined) return [];
  if (authors.length > 1) return authors.map((a) => a.trim()).filter((a) => a !== "");
  return (authors[0] ?? "")
    .split(/\s*;\s*|\s+and\s+/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** Whether an author as written is "et al." (or BibTeX's "others"), not a name. */
export function isEtAl(name: string): boolean {
  return /^(et al\.?|others)$/i.test(name.trim());
}

/** A CSL name as one text: "Jörg Müller", or a group's name as it is ("The ATLAS Collaboration"). */
export function nameText(name: NonNullable<CSL["author"]>[number]): string {
  if (name.literal !== undefined) return name.literal;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  const given = [name.given, name["dropping-particle"]].filter(Boolean).join(" ");
  return [given, family, name.suffix].filter(Boolean).join(" ");
}

/** The authors, one text each; `and others` is the last, as `ET_AL`. */
function authorsOf(record: CSL): string[] {
  const names = record.author ?? [];
  const others = (name: (typeof names)[number]) =>
    name.family?.toLowerCase() === "others" && name.given === undefined;
  return names.map((name) => (others(name) ? ET_AL : nameText(name)));
}

/** The first non-empty one of `fields`' values for `names`. */
function first(fields: Readonly<Record<string, string>>, ...names: string[]): string | undefined {
  return names
    .map((name) => fields[name]?.trim())
    .find((value) => value !== undefined && value !== "");
}

/** The date as a publication's front matter writes it: `2024`, `2024-05` or `2024-05-31`. */
function dateOf(record: CSL): string | undefined {
  // The package's types promise every part; a year alone is `[[2024]]`, and some entries have none.
  const parts = record.issued?.["date-parts"]?.[0] as readonly unknown[] | undefined;
  if (parts?.[0] === undefined) return undefined;
  const [year, month, day] = parts.map(Number);
  const date = [
    String(year),
    ...[month, day]
      .filter((n) => n !== undefined && !Number.isNaN(n))
      .map((n) => String(n).padStart(2, "0")),
  ].join("-");
  // Read as front matter reads it: `year = {-5}` or `month = {13}` is no date, never another one.
  return readDate(date) === undefined ? undefined : date;
}

const PREPRINT_SERVERS = /arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|ssrn|preprint|research square/i;

const DOI = /^10\.\d{4,9}\/\S+$/;

/** The entry's DOI without a resolver in front (`https://doi.org/10.1000/x` is `10.1000/x`). */
function doiOf(entry: BibEntry): string | undefined {
  return first(entry.fields, "doi")?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
}

/** The arXiv identifier of an entry: `eprint` with `archivePrefix = arXiv`, an `arxiv` field, or the journal "arXiv:…". */
export function arxivOf(entry: BibEntry): string | undefined {
  const { fields } = entry;
  const prefix = first(fields, "archiveprefix", "eprinttype");
  if (prefix !== undefined && /arxiv/i.test(prefix)) return first(fields, "eprint");
  const own = first(fields, "arxiv");
  if (own !== undefined) return own;
  const journal = first(fields, "journal", "journaltitle", "note", "howpublished") ?? "";
  return /arxiv:\s*([^\s,;}]+)/i.exec(journal)?.[1];
}

const KIND_OF_TYPE: Readonly<Record<string, PublicationKind>> = {
  article: "journal",
  inproceedings: "conference",
  conference: "conference",
  phdthesis: "thesis",
  mastersthesis: "thesis",
  thesis: "thesis",
  incollection: "chapter",
  inbook: "chapter",
  bookinbook: "chapter",
  inreference: "chapter",
  book: "book",
  mvbook: "book",
  collection: "book",
  mvcollection: "book",
  proceedings: "book",
  mvproceedings: "book",
  booklet: "book",
  reference: "book",
  mvreference: "book",
  techreport: "report",
  report: "report",
  manual: "report",
};

/** The kind of an entry: by its type, and a preprint when it is on arXiv or a preprint server. */
export function kindOf(entry: BibEntry): PublicationKind {
  const kind = KIND_OF_TYPE[entry.type] ?? "other";
  const where = first(entry.fields, "journal", "journaltitle", "publisher", "howpublished") ?? "";
  const onServer = arxivOf(entry) !== undefined || PREPRINT_SERVERS.test(where);
  if (onServer && (kind === "journal" || kind === "report" || kind === "other")) return "preprint";
  return kind;
}

/** Where an entry appeared: the journal or proceedings; for a thesis "PhD thesis, University". */
function venueOf(entry: BibEntry, kind: PublicationKind): string | undefined {
  const { record, fields } = entry;
  const container = record["container-title"];
  const publisher = record.publisher;
  if (kind === "thesis") {
    const what =
      first(fields, "type") ??
      (entry.type === "mastersthesis"
        ? "Master's thesis"
        : entry.type === "phdthesis"
          ? "PhD thesis"
          : "Thesis");
    return [what, publisher].filter(Boolean).join(", ");
  }
  if (kind === "report")
    return [first(fields, "type") ?? "Technical report", publisher].filter(Boolean).join(", ");
  if (kind === "preprint" && container === undefined)
    return arxivOf(entry) === undefined ? publisher : "arXiv";
  return container ?? publisher;
}

/** Fields of a `.bib` entry for each link of a publication, in the names al-folio, Hugo Blox and academicpages use. */
const LINK_FIELDS = {
  paperurl: ["pdf", "url_pdf", "paperurl", "url"],
  codeurl: ["code", "url_code", "codeurl"],
  slidesurl: ["slides", "url_slides", "slidesurl"],
  posterurl: ["poster", "url_poster", "posterurl"],
  videourl: ["video", "url_video", "videourl"],
  dataurl: ["data", "url_dataset", "dataurl"],
  projecturl: ["website", "project", "url_project", "projecturl", "html"],
} as const;

/** Whether an entry is one of the selected papers: `selected = {true}`, or "selected" among its keywords. */
function isSelected(fields: Readonly<Record<string, string>>): boolean {
  const own = first(fields, "selected");
  if (own !== undefined) return /^(true|yes|1)$/i.test(own);
  return (first(fields, "keywords") ?? "")
    .split(/[,;]/)
    .some((word) => word.trim().toLowerCase() === "selected");
}

/** The address of an entry's page: `/publications/<key>/`, as a Markdown file named after the key has. */
function bibPermalink(key: string): string {
  return defaultPermalink("publications", slugify(key));
}

/**
 * The entry as a publication's front matter (before the schema checks it). The CSL-JSON record
 * goes with it (`csl`), for the citation downloads.
 */
export function publicationFields(entry: BibEntry): Record<string, unknown> {
  const { record, fields } = entry;
  const kind = kindOf(entry);
  const authors = authorsOf(record);
  const venue = venueOf(entry, kind);
  const arxiv = arxivOf(entry);
  const doi = doiOf(entry);
  const links = Object.fromEntries(
    Object.entries(LINK_FIELDS).flatMap(([field, names]) => {
      const value = first(fields, ...names);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  // `url` is the paper's link only when there is no PDF; a DOI's own address says nothing new.
  if (links["paperurl"] !== undefined && /^https?:\/\/(dx\.)?doi\.org\//.test(links["paperurl"])) {
    delete links["paperurl"];
  }
  return {
    title: record.title,
    ...(authors.length > 0 && { authors }),
    date: dateOf(record),
    ...(venue !== undefined && venue !== "" && { venue }),
    category: kind,
    ...(doi !== undefined && { doi }),
    ...(arxiv !== undefined && { arxiv }),
    ...links,
    ...(record.abstract !== undefined && { abstract: record.abstract }),
    ...(isSelected(fields) && { selected: true }),
    bibkey: entry.key,
    permalink: bibPermalink(entry.key),
    csl: record,
  };
}

const ARXIV = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/**
 * What an entry lacks for a publication's page and for Google Scholar (a title, an author, a year),
 * and a DOI or arXiv identifier that is not one.
 */
export function entryProblems(entry: BibEntry, file: string): Problem[] {
  const problem = (field: string, message: string): Problem => ({
    severity: "error",
    file,
    line: entry.line,
    entry: entry.key,
    field,
    message,
  });
  const problems: Problem[] = [];
  const { record } = entry;
  if (slugify(entry.key) === "") {
    problems.push({
      severity: "error",
      file,
      line: entry.line,
      entry: entry.key,
      message: `the key "${entry.key}" has no letter or digit, and a publication's address is made of its key (/publications/<key>/). Give the entry a key such as "smith2020deep".`,
    });
  }
  if (record.title === undefined || record.title.trim() === "") {
    problems.push(
      problem(
        "title",
        "expected the title of the paper (Google Scholar needs it), but found none.",
      ),
    );
  }
  if ((record.author ?? []).length === 0) {
    problems.push(
      problem(
        "author",
        'expected at least one author (Google Scholar needs them), such as "author = {Doe, Jane and Roe, Richard}", but found none.',
      ),
    );
  }
  if (dateOf(record) === undefined) {
    const written = (["year", "month", "date"] as const).flatMap((name) => {
      const value = entry.fields[name];
      return value === undefined ? [] : [`${name} = {${value}}`];
    });
    problems.push(
      problem(
        "year",
        `expected the year of publication (Google Scholar needs it), such as "year = {2024}" (four digits, from 1000 to 9999, with "month = may" or "month = 5" if you like), but found ${written.length === 0 ? "none" : `"${written.join(", ")}"`}.`,
      ),
    );
  }
  const doi = doiOf(entry);
  if (doi !== undefined && !DOI.test(doi)) {
    problems.push(problem("doi", `expected a DOI such as "10.1000/xyz123", but found "${doi}".`));
  }
  const arxiv = arxivOf(entry);
  if (arxiv !== undefined && !ARXIV.test(arxiv.replace(/^arxiv:/i, ""))) {
    problems.push(
      problem(
        first(entry.fields, "arxiv") === arxiv ? "arxiv" : "eprint",
        `expected an arXiv identifier such as "2101.00001" or "hep-th/9901001", but found "${arxiv}".`,
      ),
    );
  }
  return problems;
}

/**
 * A publication's citation record and the files readers download to cite it (BibTeX, RIS and
 * CSL-JSON), all made from the publication's checked fields: the same title, authors, date, venue
 * and DOI that its page and its Google Scholar tags show, so that the three always agree.
 */
import { plugins, type CSL } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { isoDate } from "#core/dates.ts";
import { plainText, slugify } from "#core/text.ts";
import { fileStem } from "#routing/entries.ts";
import type { PublicationData } from "#schemas/publications.ts";
import { authorList, isEtAl, nameText } from "./publication.ts";

type Name = NonNullable<CSL["author"]>[number];

// BibTeX is written in UTF-8, as biber and today's BibTeX read it: in ASCII, citation-js would
// write "T₁" as "T1", and the download would no longer say what the page says.
(plugins.config.get("@bibtex") as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

/** The CSL type of a publication without a `.bib` entry, by its category (academicpages' names too). */
function typeOf(category: string | undefined): CSL["type"] {
  const c = (category ?? "").toLowerCase();
  if (/conference|proceeding|workshop/.test(c)) return "paper-conference";
  if (c.includes("chapter")) return "chapter";
  if (c.includes("book")) return "book";
  if (/thes[ie]s|dissertation/.test(c)) return "thesis";
  if (c.includes("report")) return "report";
  if (/preprint|manuscript/.test(c)) return "article";
  return "article-journal";
}

/** A name written as text: "Doe, Jane" or "Jane Doe" (the last word is the family name). */
function nameOf(text: string): Name {
  const comma = text.indexOf(",");
  if (comma !== -1)
    return { family: text.slice(0, comma).trim(), given: text.slice(comma + 1).trim() };
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return { literal: text.trim() };
  return { family: words.at(-1) ?? "", given: words.slice(0, -1).join(" ") };
}

/** The key a publication is cited by: its `bibkey`, else its file name (`2024-paper`). */
export function citationKey(data: PublicationData, fileName: string): string {
  return data.bibkey ?? (slugify(fileStem(fileName)) || "paper");
}

/**
 * The publication as a CSL-JSON record: the `.bib` entry's record (when it has one) with the fields
 * the page shows put over it. `authors` as written are kept with the record's names when they agree.
 */
export function citationRecord(data: PublicationData, key: string): CSL {
  const own = (data.csl ?? {}) as Partial<CSL>;
  const authors = authorList(data.authors)
    .map((a) => plainText(a))
    .filter((a) => !isEtAl(a));
  const ownNames = (own.author ?? []).filter((name) => name.family?.toLowerCase() !== "others");
  const sameNames =
    ownNames.length === authors.length &&
    ownNames.every((name, i) => nameText(name) === authors[i]);
  const parts = isoDate(data.date).split("-").map(Number);
  const record: CSL = {
    ...own,
    id: key,
    "citation-key": key,
    type: own.type ?? typeOf(data.category),
    title: plainText(data.title),
    // A year alone is `[[2024]]`: the package's types ask for all three parts.
    issued: { "date-parts": [parts] } as unknown as NonNullable<CSL["issued"]>,
  };
  const arxiv = arxivId(data.arxiv);
  if (record.URL === undefined && arxiv !== undefined)
    record.URL = `https://arxiv.org/abs/${arxiv}`;
  delete (record as { _graph?: unknown })._graph;
  if (authors.length > 0) record.author = sameNames ? ownNames : authors.map(nameOf);
  else delete record.author;
  // A thesis's, report's or book's venue names its school, institution or publisher (`publisher`).
  const composed = ["thesis", "report", "book"].includes(record.type);
  if (data.venue !== undefined && !composed) record["container-title"] = plainText(data.venue);
  if (data.doi !== undefined) record.DOI = data.doi;
  if (data.abstract !== undefined) record.abstract = data.abstract;
  return record;
}

/** The arXiv identifier of `arxiv` as a publication writes it (an identifier, or its address). */
function arxivId(arxiv: string | undefined): string | undefined {
  return arxiv?.replace(/^(https?:\/\/arxiv\.org\/(abs|pdf)\/|arxiv:)/i, "").replace(/\.pdf$/, "");
}

/** Whether the author list ends in "and others" ("et al."). */
function hasEtAl(data: PublicationData): boolean {
  return (data.authors ?? []).some(isEtAl);
}

/** The record as a BibTeX entry. */
export function toBibtex(
  record: CSL,
  { etAl = false, arxiv }: { etAl?: boolean; arxiv?: string | undefined } = {},
): string {
  const withOthers: CSL = etAl
    ? { ...record, author: [...(record.author ?? []), { family: "others" }] }
    : record;
  const written = String(plugins.output.format("bibtex", [withOthers], { format: "text" } as never))
    .replace(/ and \{others\}/g, " and others")
    .trim();
  // citation-js writes the address twice, as `url` and as `howpublished`: once is enough.
  const url = /\n\turl = \{([^\n]*)\},/.exec(written)?.[1];
  const once = url === undefined ? written : written.replace(`\n\thowpublished = {${url}},`, "");
  // It writes a thesis as @misc with its kind as `type`: BibTeX has a type for each kind.
  const kind =
    record.type === "thesis"
      ? /\n\ttype = \{(phdthesis|mathesis|mastersthesis)\},/.exec(once)
      : null;
  const text =
    kind === null
      ? once
      : once
          .replace(kind[0], "")
          .replace(/^@misc\{/, kind[1] === "phdthesis" ? "@phdthesis{" : "@mastersthesis{");
  // BibTeX's way of naming an arXiv paper, which CSL has no field for.
  const eprint =
    arxiv === undefined || /\beprint\s*=/.test(text)
      ? ""
      : `\teprint = {${arxiv}},\n\tarchivePrefix = {arXiv},\n`;
  return `${text.slice(0, -1)}${eprint}}\n`;
}

const RIS_TYPES: Readonly<Record<string, string>> = {
  "article-journal": "JOUR",
  article: "JOUR",
  "paper-conference": "CPAPER",
  chapter: "CHAP",
  book: "BOOK",
  thesis: "THES",
  report: "RPRT",
  manuscript: "UNPB",
};

/** The record as an RIS entry (the format EndNote, Zotero and Mendeley import). */
export function toRis(record: CSL, etAl = false): string {
  const lines: [string, string][] = [
    ["TY", RIS_TYPES[record.type] ?? "GEN"],
    ["ID", String(record.id)],
  ];
  if (record.title !== undefined) lines.push(["TI", record.title]);
  for (const name of record.author ?? []) {
    lines.push(["AU", name.literal ?? [name.family, name.given].filter(Boolean).join(", ")]);
  }
  if (etAl) lines.push(["AU", "et al."]);
  const date = record.issued?.["date-parts"]?.[0] ?? [];
  if (date[0] !== undefined) {
    lines.push(["PY", String(date[0])]);
    const [year, month = "", day = ""] = date.map((n) => String(n).padStart(2, "0"));
    lines.push(["DA", `${year ?? ""}/${month}/${day}/`]);
  }
  if (record["container-title"] !== undefined) lines.push(["T2", record["container-title"]]);
  if (record.publisher !== undefined) lines.push(["PB", record.publisher]);
  if (record.volume !== undefined) lines.push(["VL", String(record.volume)]);
  if (record.issue !== undefined) lines.push(["IS", String(record.issue)]);
  const [start, end] = String(record.page ?? "").split(/[-–]+/);
  if (start !== undefined && start !== "") lines.push(["SP", start]);
  if (end !== undefined && end !== "") lines.push(["EP", end]);
  if (record.DOI !== undefined) lines.push(["DO", record.DOI]);
  if (record.URL !== undefined) lines.push(["UR", record.URL]);
  if (record.abstract !== undefined) lines.push(["AB", record.abstract.replace(/\s+/g, " ")]);
  lines.push(["ER", ""]);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join("\r\n")}\r\n`;
}

/** The record as CSL-JSON (a list of one), the format citation processors read. */
export function toCslJson(record: CSL): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}

/** The three downloads of a publication, by the ending of their file name. */
export const CITATION_FORMATS = {
  bib: { label: "BibTeX", type: "application/x-bibtex; charset=utf-8" },
  ris: { label: "RIS", type: "application/x-research-info-systems; charset=utf-8" },
  json: { label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;

/** The text of one download of a publication. */
export function citationFile(format: CitationFormat, data: PublicationData, key: string): string {
  const record = citationRecord(data, key);
  if (format === "bib")
    return toBibtex(record, { etAl: hasEtAl(data), arxiv: arxivId(data.arxiv) });
  if (format === "ris") return toRis(record, hasEtAl(data));
  return toCslJson(record);
}

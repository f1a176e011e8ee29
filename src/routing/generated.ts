/**
 * The addresses of the files the build makes from pages and entries besides the pages themselves:
 * the link-preview images (`/og/…`), the search index (`/pagefind/…`), each publication's citation
 * downloads and each dated talk's calendar file. No page and no old address may take one of them.
 */
import { slugify } from "#core/text.ts";
import type { ReservedFile } from "./route-plan.ts";

/** Where the drawn images are: `/og/` and the page's address, such as `/og/publication/paper.png`. */
export const PREVIEW_FOLDER = "/og/";

/** Where Pagefind writes the search index and its scripts. */
export const SEARCH_INDEX_PATH = "/pagefind/";

/** The address of the drawn image of the page at `pagePath`: `/` has `/og/index.png`. */
export function previewImagePath(pagePath: string): string {
  return `${PREVIEW_FOLDER}${previewImageName(pagePath)}.png`;
}

/** The image's name below `/og/`, without `.png`: the page's address without its slashes, or `index`. */
export function previewImageName(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, "") || "index";
}

/**
 * The site path of a publication's citation in `format` (`bib`, `ris`, `json`), beside its page:
 * the paper at `/publications/paper/` is cited by `/publications/paper/paper.bib`.
 */
export function citationPath(permalink: string, key: string, format: string): string {
  const folder = permalink.replace(/\.html?$/, "").replace(/\/?$/, "/");
  return `${folder}${slugify(key) || "paper"}.${format}`;
}

/** The address of a talk's calendar file: its page's address with `.ics` (`/talks/keynote.ics`). */
export function calendarPath(permalink: string): string {
  const page = permalink.replace(/\/+$/, "").replace(/\.html?$/, "");
  return `${page === "" ? "/talk" : page}.ics`;
}

/** The folders the build fills with files of its own, whatever the pages are. */
export const GENERATED_FOLDERS: readonly ReservedFile[] = [
  { file: "the link-preview images", address: PREVIEW_FOLDER, output: "og", folder: true },
  { file: "the search index", address: SEARCH_INDEX_PATH, output: "pagefind", folder: true },
];

/** A generated file at `address` (`/talks/keynote.ics`), named for an editor as `what`. */
export function generatedFile(what: string, address: string): ReservedFile {
  return { file: what, address, output: address.replace(/^\/+/, "") };
}

/** An entry as far as the files made beside its page go. */
export interface EntryWithFiles {
  /** The Markdown file, as the editor names it. */
  file: string;
  permalink: string;
  /** A publication's citation key (`citationKey`): its downloads are made in these formats. */
  citation?: { key: string; formats: readonly string[] } | undefined;
  /** Whether it is a talk with a date: its calendar file is made. */
  calendar?: boolean | undefined;
}

/** The files made beside entries' pages: citation downloads and calendar files. */
export function entryFiles(entries: readonly EntryWithFiles[]): ReservedFile[] {
  return entries.flatMap(({ file, permalink, citation, calendar }) => [
    ...(citation?.formats ?? []).map((format) =>
      generatedFile(
        `the citation download of ${file}`,
        citationPath(permalink, citation?.key ?? "", format),
      ),
    ),
    ...(calendar === true
      ? [generatedFile(`the calendar file of ${file}`, calendarPath(permalink))]
      : []),
  ]);
}

/**
 * A publication as a reference in a citation style (`publications.style` in the settings), made
 * when the site is built by `@citation-js/plugin-csl` (citeproc-js): APA, Vancouver and Harvard as
 * the package ships them, IEEE and Chicago author-date as this project writes them
 * (`csl-styles.ts`). Nothing of it runs in the visitor's browser.
 */
import { plugins, type CSL } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { CHICAGO_AUTHOR_DATE, IEEE } from "./csl-styles.ts";

// The project's own IEEE and Chicago author-date styles, beside those the package ships.
const styles = (plugins.config.get("@csl") as { styles: { add(name: string, xml: string): void } })
  .styles;
styles.add("academic-homepage-ieee", IEEE);
styles.add("academic-homepage-chicago-author-date", CHICAGO_AUTHOR_DATE);

/** The styles the site offers, by the name `publications.style` takes, with their name here. */
export const CITATION_STYLES = {
  apa: "apa",
  ieee: "academic-homepage-ieee",
  "chicago-author-date": "academic-homepage-chicago-author-date",
  vancouver: "vancouver",
  harvard: "harvard1",
} as const;

export type CitationStyle = keyof typeof CITATION_STYLES;

/** BibTeX's names of kinds of thesis, as references print them ("PhD thesis", not "phdthesis"). */
const GENRES: Readonly<Record<string, string>> = {
  phdthesis: "PhD thesis",
  mastersthesis: "Master's thesis",
  mathesis: "Master's thesis",
};

/** The record as a style should print it: a thesis says what kind it is. */
function printable(record: CSL): CSL {
  const genre = GENRES[(record.genre ?? "").toLowerCase()];
  if (genre !== undefined) return { ...record, genre };
  if (record.type === "thesis" && record.genre === undefined) return { ...record, genre: "Thesis" };
  return record;
}

const made = new Map<string, string>();

/**
 * The reference as HTML (citeproc escapes the text; italics are `<i>`), without the list's number
 * that Vancouver puts first. `locale` is the site's language (`en-US`); citeproc falls back to
 * American English for the languages it does not ship.
 */
export function styledReference(record: CSL, style: CitationStyle, locale: string): string {
  const key = `${style}\n${locale}\n${JSON.stringify(record)}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const html = String(
    plugins.output.format("bibliography", [printable(record)], {
      format: "html",
      template: CITATION_STYLES[style],
      lang: locale,
    } as never),
  );
  const entry =
    /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html)?.[1] ??
    /<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>/.exec(html)?.[1] ??
    "";
  const reference = entry.trim();
  made.set(key, reference);
  return reference;
}

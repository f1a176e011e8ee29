/**
 * A publication as a reference in a citation style (`publications.style` in the settings), made
 * when the site is built by `@citation-js/plugin-csl` (citeproc-js) with the styles it ships: APA,
 * Vancouver (numbered, as IEEE) and Harvard. Nothing of it runs in the visitor's browser.
 */
import { plugins, type CSL } from "@citation-js/core";
import "@citation-js/plugin-csl";

/** The styles the site ships, by the name `publications.style` takes, with citeproc's name. */
export const CITATION_STYLES = { apa: "apa", vancouver: "vancouver", harvard: "harvard1" } as const;

export type CitationStyle = keyof typeof CITATION_STYLES;

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
    plugins.output.format("bibliography", [record], {
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

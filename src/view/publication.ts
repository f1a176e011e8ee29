/**
 * What a publication's page and list row show besides the facts every entry has: the authors (the
 * site's owner in bold, co-authors linked to their pages), the abstract, the BibTeX, and the
 * citation downloads, which sit beside the paper's page.
 */
import { withBase } from "#core/site-paths.ts";
import { citationPath } from "#routing/generated.ts";
import { plainText, withoutAccents } from "#core/text.ts";
import {
  CITATION_FORMATS,
  citationFile,
  citationKey,
  citationRecord,
  type CitationFormat,
} from "#bibtex/cite.ts";
import { styledReference } from "#bibtex/style.ts";
import type { PublicationData } from "#schemas/publications.ts";
import type { SiteSettings } from "#schemas/site.ts";
import { authorList } from "#bibtex/publication.ts";

/** An author as a list shows them. */
export interface ShownAuthor {
  name: string;
  /** Whether this is the site's owner (one of `author.name` and `publications.my_names`). */
  me: boolean;
  /** The co-author's page, from `publications.coauthors`. */
  href?: string;
}

/**
 * A name reduced to what tells names apart: letters in small, without accents, dots or commas, and
 * "Family, Given" turned into "Given Family".
 */
export function nameKey(name: string): string {
  const [family = "", given] = name.split(/\s*,\s*/, 2);
  return withoutAccents(given === undefined ? family : `${given} ${family}`)
    .toLowerCase()
    .replace(/[.\s]+/g, " ")
    .trim();
}

/** The site settings the authors depend on. */
export type AuthorSettings = Pick<SiteSettings, "publications"> & {
  author: Pick<SiteSettings["author"], "name">;
};

/** The authors of a publication, as its page and list row show them. */
export function shownAuthors(
  authors: readonly string[] | undefined,
  settings: AuthorSettings,
): ShownAuthor[] {
  const me = new Set([settings.author.name, ...settings.publications.my_names].map(nameKey));
  const pages = new Map(settings.publications.coauthors.map((c) => [nameKey(c.name), c.url]));
  return authorList(authors).map((author) => {
    const name = plainText(author);
    const key = nameKey(name);
    const href = pages.get(key);
    return { name, me: me.has(key), ...(href !== undefined && { href }) };
  });
}

/**
 * The publication as a reference in the style of `publications.style`, as HTML; `undefined` in the
 * site's own style (`house`), where a list shows the title, authors, venue and date.
 */
export function referenceHtml(
  data: PublicationData,
  filePath: string,
  settings: Pick<SiteSettings, "publications" | "locale">,
): string | undefined {
  const { style } = settings.publications;
  if (style === "house") return undefined;
  return styledReference(citationRecord(data, citationKey(data, filePath)), style, settings.locale);
}

/** A download of a publication's citation. */
export interface CitationDownload {
  format: CitationFormat;
  label: string;
  /** Its address on the site, with the base path. */
  href: string;
}

/** What a publication's own page shows below its facts. */
export interface PublicationDetails {
  abstract: string | undefined;
  /** The paper as BibTeX, the same text as its `.bib` download. */
  bibtex: string;
  downloads: CitationDownload[];
}

/** The abstract, BibTeX and downloads of a publication at `permalink`, from the file `filePath`. */
export function publicationDetails(
  data: PublicationData,
  permalink: string,
  filePath: string,
  baseurl: string,
): PublicationDetails {
  const key = citationKey(data, filePath);
  return {
    abstract: data.abstract,
    bibtex: citationFile("bib", data, key),
    downloads: Object.entries(CITATION_FORMATS).map(([format, { label }]) => ({
      format: format as CitationFormat,
      label,
      href: withBase(baseurl, citationPath(permalink, key, format as CitationFormat)),
    })),
  };
}

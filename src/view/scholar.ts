/**
 * What Google Scholar reads on a publication's page: Highwire Press `citation_*` meta tags, following
 * Scholar's inclusion guidelines, and a schema.org `ScholarlyArticle`.
 */
import { cspHash } from "#core/csp-hash.ts";
import { isoDate } from "#core/dates.ts";
import type { PublicationData } from "#schemas/publications.ts";
import type { SiteSettings } from "#schemas/site.ts";
import { absoluteUrl } from "./page-meta.ts";
import { jsonLd } from "./structured-data.ts";
import { plainText } from "#core/text.ts";
import { authorList, isEtAl } from "#bibtex/publication.ts";

/** The authors that are people or groups: "et al." is left out. */
function namedAuthors(authors: readonly string[] | undefined): string[] {
  return authorList(authors).filter((author) => !isEtAl(author));
}

/** `YYYY/MM/DD` (or `YYYY`, for a year alone), the date forms Scholar reads. */
export function scholarDate(date: Date): string {
  return isoDate(date).replaceAll("-", "/");
}

const CONFERENCE = /conference|proceeding|workshop|symposium/i;

/**
 * The `citation_*` tags, in order. The venue is a conference title when the category says so
 * (academicpages' `conferences`), else a journal title. `citation_pdf_url` only for a PDF on this site.
 */
export function scholarMeta(
  data: PublicationData,
  settings: SiteSettings,
  pdfOnSite: boolean,
): [string, string][] {
  const tags: [string, string][] = [["citation_title", plainText(data.title)]];
  for (const author of namedAuthors(data.authors))
    tags.push(["citation_author", plainText(author)]);
  tags.push(["citation_publication_date", scholarDate(data.date)]);
  const institution =
    typeof data.csl?.["publisher"] === "string" ? data.csl["publisher"] : data.venue;
  if (data.category === "thesis" && institution !== undefined) {
    tags.push(["citation_dissertation_institution", plainText(institution)]);
  } else if (data.category === "report" && institution !== undefined) {
    tags.push(["citation_technical_report_institution", plainText(institution)]);
  } else if (data.category === "book" && institution !== undefined) {
    tags.push(["citation_publisher", plainText(institution)]);
  } else if (data.venue !== undefined && data.category !== "preprint") {
    // A preprint's venue is its server ("arXiv"), which is no journal.
    const conference = CONFERENCE.test(data.category ?? "") || CONFERENCE.test(data.venue);
    tags.push([
      conference ? "citation_conference_title" : "citation_journal_title",
      plainText(data.venue),
    ]);
  }
  if (data.doi !== undefined) tags.push(["citation_doi", data.doi]);
  if (data.paperurl !== undefined && pdfOnSite) {
    tags.push(["citation_pdf_url", new URL(data.paperurl, absoluteUrl("/", settings)).href]);
  }
  return tags;
}

/** The publication as a schema.org `ScholarlyArticle`. */
export function scholarlyArticle(data: PublicationData, url: string): Record<string, unknown> {
  const article: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: plainText(data.title),
    name: plainText(data.title),
    url,
    datePublished: isoDate(data.date),
  };
  const authors = namedAuthors(data.authors);
  if (authors.length > 0)
    article["author"] = authors.map((name) => ({ "@type": "Person", name: plainText(name) }));
  if (data.venue !== undefined)
    article["isPartOf"] = { "@type": "Periodical", name: plainText(data.venue) };
  if (data.excerpt !== undefined) article["abstract"] = plainText(data.excerpt);
  if (data.doi !== undefined) article["sameAs"] = `https://doi.org/${data.doi}`;
  return article;
}

/** The site path of a PDF that `paperurl` names on this site (`/files/paper.pdf`), else `undefined`. */
export function localPdf(paperurl: string | undefined): string | undefined {
  return paperurl?.startsWith("/") === true && paperurl.toLowerCase().endsWith(".pdf")
    ? paperurl
    : undefined;
}

/** What a publication's page adds to its head for Google Scholar and search engines. */
export interface ScholarHead {
  /** The `citation_*` tags, as name and content. */
  tags: [string, string][];
  /** The `ScholarlyArticle`, as the text of a JSON-LD script, and its hash for the policy. */
  article: string;
  articleHash: ReturnType<typeof cspHash>;
}

/**
 * The head of a publication's page at `path`. `isPublicFile` tells whether a site path is a file in
 * `public/`: a PDF counts as on this site only then (Scholar wants the PDF's own address).
 */
export function scholarHead(
  data: PublicationData,
  path: string,
  settings: SiteSettings,
  isPublicFile: (sitePath: string) => boolean,
): ScholarHead {
  const pdf = localPdf(data.paperurl);
  const article = jsonLd(scholarlyArticle(data, absoluteUrl(path, settings)));
  return {
    tags: scholarMeta(data, settings, pdf !== undefined && isPublicFile(pdf)),
    article,
    articleHash: cspHash(article),
  };
}

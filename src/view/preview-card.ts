/**
 * The link-preview image of a page (Open Graph's `og:image`): what the drawn card says (title, the
 * authors and venue of a paper, a talk's event and place, the date, the site), where the image is,
 * and the page's own image instead when its front matter names one (`header.og_image`).
 * `preview-image.ts` draws the card.
 */
import type { SiteSettings } from "#schemas/site.ts";
import { formatDate } from "#core/dates.ts";
import { imageSrc } from "#core/site-paths.ts";
import { plainText } from "#core/text.ts";
import { mathAsText } from "#markdown/math.ts";
import { kindAndVenue, kindAtVenue, type FactsOf } from "./entry-facts.ts";
import { shownAuthors } from "./publication.ts";
import { searchFilters } from "./search.ts";

/** The size of a drawn image, as Open Graph and X ask for it. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a drawn card shows. */
export interface PreviewCard {
  /** The kind of page above the title, such as "Publication"; none for pages and lists. */
  kind?: string;
  /** The title, as plain text. */
  title: string;
  /** Lines under the title: a paper's authors and venue, a talk's event and place. */
  lines: string[];
  /** The date, as the site's language writes it. */
  date?: string;
  /** The site's title. */
  site: string;
  /** The site's address without `https://`, such as `jane.github.io/lab`. */
  address: string;
  /** The owner's name, whose initials stand in for a missing portrait. */
  author: string;
}

/** An image in a page's head: its absolute address, size when known, and its description. */
export interface PreviewImage {
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

/** The settings a card depends on. */
export type CardSettings = Pick<
  SiteSettings,
  "title" | "url" | "baseurl" | "locale" | "author" | "publications"
>;

/** The longest author line a card shows; longer lists end with "et al.". */
const MAX_AUTHORS_LENGTH = 110;

/** The absolute address of an image as front matter and settings name it (see `imageSrc`). */
export function imageUrl(
  value: string | undefined,
  settings: Pick<SiteSettings, "url" | "baseurl">,
): string | undefined {
  const src = imageSrc(value, settings.baseurl);
  return src === undefined ? undefined : new URL(src, settings.url).href;
}

/** The card of a page that is not an entry (a list, the CV, the talk map), titled `title`. */
export function pageCard(title: string, settings: CardSettings): PreviewCard {
  return {
    title: cardText(title),
    lines: [],
    site: settings.title,
    address: siteAddress(settings),
    author: settings.author.name,
  };
}

/**
 * The card of an entry's page. The home page (`/`) shows the owner: their name and bio under the
 * site's title, rather than the page's title ("About me").
 */
export function entryCard(entry: FactsOf, settings: CardSettings): PreviewCard {
  const base = pageCard(entryTitle(entry), settings);
  if (entry.url === "/") {
    return {
      ...base,
      title: settings.author.name,
      lines: settings.author.bio === undefined ? [] : [cardText(settings.author.bio)],
    };
  }
  const lines = cardLines(entry, settings).flatMap((line) =>
    line === undefined || line.trim() === "" ? [] : [cardText(line)],
  );
  return {
    ...base,
    ...(entry.collection !== "pages" && { kind: searchFilters(entry).kind }),
    lines,
    ...(entry.date !== undefined && { date: formatDate(entry.date, settings.locale) }),
  };
}

function entryTitle(entry: FactsOf): string {
  const data: unknown = entry.data;
  return typeof data === "object" &&
    data !== null &&
    "title" in data &&
    typeof data.title === "string"
    ? data.title
    : "";
}

/**
 * Markdown or HTML made plain text, with its TeX as the characters it stands for and typographic
 * ligatures (ﬁ, ﬂ, as text copied from a PDF has them) as their letters, which the fonts have.
 */
function cardText(source: string): string {
  return plainText(mathAsText(source)).replace(/[\ufb00-\ufb06]/g, (ligature) =>
    ligature.normalize("NFKC"),
  );
}

/** The lines under an entry's title, by kind. */
function cardLines(entry: FactsOf, settings: CardSettings): (string | undefined)[] {
  switch (entry.collection) {
    case "publications":
      return [
        authorLine(shownAuthors(entry.data.authors, settings).map((author) => author.name)),
        entry.data.venue,
      ];
    case "talks":
      return [
        kindAtVenue(entry.data.talk_type ?? entry.data.type, entry.data.venue),
        entry.data.location,
      ];
    case "teaching":
    case "collections":
      return [kindAndVenue(entry.data.type, entry.data.venue), entry.data.location];
    default:
      return [];
  }
}

/** Authors joined by commas, cut to the names that fit on a line, then "et al.". */
export function authorLine(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  let line = names[0] ?? "";
  for (const [index, name] of names.slice(1).entries()) {
    const more = `${line}, ${name}`;
    const rest = names.length - index - 2;
    if (more.length + (rest > 0 ? ", et al.".length : 0) > MAX_AUTHORS_LENGTH)
      return `${line}, et al.`;
    line = more;
  }
  return line;
}

/** The site's address as people read it: without the scheme and the last slash. */
function siteAddress(settings: Pick<SiteSettings, "url" | "baseurl">): string {
  return `${new URL(settings.url).host}${settings.baseurl}`;
}

/** The description of a drawn card, for `og:image:alt`. */
export function cardAlt(card: PreviewCard): string {
  const parts = [card.kind, card.title, ...card.lines, card.date, card.site];
  return [...new Set(parts.filter((part) => part !== undefined && part !== ""))].join(" · ");
}

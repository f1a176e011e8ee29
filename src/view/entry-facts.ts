/**
 * The facts under an entry's title, by kind: a publication's venue, citation and links (DOI and
 * arXiv among them); a talk's "type at venue", place and links; a course's or an own collection's
 * kind and place; a post's tags; and the date. `EntryFacts.astro` prints them as they are.
 */
import type { z } from "astro/zod";
import type { collectionEntrySchema } from "#schemas/collections.ts";
import type { newsSchema } from "#schemas/news.ts";
import type { postSchema } from "#schemas/posts.ts";
import { PUBLICATION_LINKS, type publicationSchema } from "#schemas/publications.ts";
import type { talkSchema } from "#schemas/talks.ts";
import type { teachingSchema } from "#schemas/teaching.ts";
import { formatDate, isoDate } from "#core/dates.ts";
import { hrefOnSite, withBase } from "#core/site-paths.ts";
import { plainText } from "#core/text.ts";
import { withMath } from "#markdown/math.ts";
import { tagPath } from "#routing/listings.ts";
import { calendarPath } from "#routing/generated.ts";

/** An entry of any kind, with the fields its schema gives it and its date. */
export type FactsOf = {
  date?: Date | undefined;
  /** The entry's address (a talk's calendar file is beside it). */
  url?: string | undefined;
} & (
  | { collection: "publications"; data: z.output<typeof publicationSchema> }
  | { collection: "talks"; data: z.output<typeof talkSchema> }
  | { collection: "teaching"; data: z.output<typeof teachingSchema> }
  | { collection: "collections"; data: z.output<typeof collectionEntrySchema> }
  | { collection: "posts"; data: z.output<typeof postSchema> }
  | { collection: "news"; data: z.output<typeof newsSchema> }
  | { collection: "pages" | "portfolio"; data: unknown }
);

/** A link as a page shows it. */
export interface Link {
  label: string;
  href: string;
}

/** What the facts say, in the words the front matter gives them (before they become HTML). */
interface Facts {
  /** "Talk at MICCAI 2024", "Undergraduate course, University 1". */
  kind?: string;
  /** Where a publication appeared. */
  where?: string;
  /** Where it took place, such as a city. */
  place?: string;
  /** A publication's recommended citation (HTML allowed). */
  citation?: string;
  links: Link[];
  tags: readonly string[];
}

export interface EntryFacts {
  /** The kind, as HTML (TeX rendered): "Talk at MICCAI 2024". */
  kindHtml?: string;
  /** Where a publication appeared, as HTML. */
  whereHtml?: string;
  /** Where it took place, such as a city (text). */
  place?: string;
  /** A publication's recommended citation, as HTML. */
  citationHtml?: string;
  /** The date, for `<time datetime>` and as the site's language writes it. */
  date?: { iso: string; text: string };
  links: Link[];
  /** A post's tags, each linking to its page. */
  tags: Link[];
  /** A talk's calendar file ("Add to calendar"), when it has a date. */
  calendar?: Link;
}

/** The site settings the facts depend on. */
export interface FactsSettings {
  /** The base path (`""` or `/lab`). */
  baseurl: string;
  /** The site's language, for dates (`en-US`). */
  locale: string;
}

/** A talk's kind at its venue: "Keynote at MICCAI", or either alone. */
export function kindAtVenue(
  kind: string | undefined,
  venue: string | undefined,
): string | undefined {
  if (kind !== undefined && venue !== undefined) return `${kind} at ${venue}`;
  return kind ?? venue;
}

/** The kind and the venue, as one text: "Graduate course, Example University". */
export function kindAndVenue(
  kind: string | undefined,
  venue: string | undefined,
): string | undefined {
  return [kind, venue].filter((part) => part !== undefined).join(", ") || undefined;
}

/** The facts of an entry, as a page shows them. */
export function entryFacts(entry: FactsOf, settings: FactsSettings): EntryFacts {
  const facts = factsOf(entry, settings.baseurl);
  const html = (text: string | undefined) =>
    text === undefined ? undefined : withMath(text, { html: true });
  const kindHtml = html(facts.kind);
  const whereHtml = html(facts.where);
  const citationHtml = html(facts.citation);
  return {
    ...(kindHtml !== undefined && { kindHtml }),
    ...(whereHtml !== undefined && { whereHtml }),
    ...(facts.place !== undefined && { place: facts.place }),
    ...(citationHtml !== undefined && { citationHtml }),
    ...(entry.date !== undefined && {
      date: { iso: isoDate(entry.date), text: formatDate(entry.date, settings.locale) },
    }),
    links: facts.links,
    ...(entry.collection === "talks" &&
      entry.date !== undefined &&
      entry.url !== undefined && {
        calendar: {
          label: "Add to calendar",
          href: withBase(settings.baseurl, calendarPath(entry.url)),
        },
      }),
    tags: facts.tags.map((tag) => ({
      label: tag,
      href: withBase(settings.baseurl, tagPath(tag)),
    })),
  };
}

/** The facts of an entry, by its kind; `base` is the site's base path. */
function factsOf(entry: FactsOf, base: string): Facts {
  const link = (label: string, address: string | undefined) =>
    address === undefined ? [] : [{ label, href: hrefOnSite(address, base) }];
  switch (entry.collection) {
    case "publications": {
      const { data } = entry;
      const arxiv =
        data.arxiv === undefined
          ? undefined
          : /^https?:\/\//.test(data.arxiv)
            ? data.arxiv
            : `https://arxiv.org/abs/${data.arxiv}`;
      return {
        ...(data.venue !== undefined && { where: data.venue }),
        ...(data.citation !== undefined && { citation: data.citation }),
        links: [
          ...Object.entries(PUBLICATION_LINKS).flatMap(([key, label]) =>
            link(label, data[key as keyof typeof PUBLICATION_LINKS]),
          ),
          ...(data.doi === undefined
            ? []
            : [{ label: "DOI", href: `https://doi.org/${data.doi}` }]),
          ...(arxiv === undefined ? [] : [{ label: "arXiv", href: arxiv }]),
        ],
        tags: [],
      };
    }
    case "talks": {
      const { data } = entry;
      const kind = kindAtVenue(data.talk_type ?? data.type, data.venue);
      return {
        ...(kind !== undefined && { kind }),
        ...(data.location !== undefined && { place: data.location }),
        links: [...link("Slides", data.slidesurl), ...link("Video", data.videourl)],
        tags: [],
      };
    }
    case "teaching":
    case "collections": {
      const { data } = entry;
      const kind = kindAndVenue(data.type, data.venue);
      return {
        ...(kind !== undefined && { kind }),
        ...(data.location !== undefined && { place: data.location }),
        links: [],
        tags: [],
      };
    }
    case "posts":
      return { links: [], tags: entry.data.tags };
    case "news":
      return { links: link("Read more", entry.data.link), tags: [] };
    default:
      return { links: [], tags: [] };
  }
}

/** Whether an entry's page shows facts under its title: pages and portfolio items have none. */
export function showsFacts(entry: { collection: string }): boolean {
  return entry.collection !== "pages" && entry.collection !== "portfolio";
}

/**
 * The title and description of an entry's page for its head: the title as plain text (no TeX or
 * HTML), the description from `excerpt`, else `description`.
 */
export function entryHead(data: {
  title: string;
  excerpt?: string | undefined;
  description?: string | undefined;
}): { title: string; description: string | undefined } {
  return { title: plainText(data.title), description: data.excerpt ?? data.description };
}

/**
 * The facts under an entry's title, by kind: a publication's venue, citation and links (DOI and
 * arXiv among them); a talk's "type at venue", place and links; a course's or an own collection's
 * kind and place; a post's tags. `EntryFacts.astro` prints them.
 */
import type { z } from "astro/zod";
import type { collectionEntrySchema } from "#schemas/collections.ts";
import type { postSchema } from "#schemas/posts.ts";
import { PUBLICATION_LINKS, type publicationSchema } from "#schemas/publications.ts";
import type { talkSchema } from "#schemas/talks.ts";
import type { teachingSchema } from "#schemas/teaching.ts";
import { kindAtVenue } from "#core/dates.ts";
import { hrefOnSite, withBase } from "#core/site-paths.ts";

/** An entry of any kind, with the fields its schema gives it. */
export type FactsOf =
  | { collection: "publications"; data: z.output<typeof publicationSchema> }
  | { collection: "talks"; data: z.output<typeof talkSchema> }
  | { collection: "teaching"; data: z.output<typeof teachingSchema> }
  | { collection: "collections"; data: z.output<typeof collectionEntrySchema> }
  | { collection: "posts"; data: z.output<typeof postSchema> }
  | { collection: "pages" | "portfolio"; data: unknown };

export interface EntryFacts {
  /** "Talk at MICCAI 2024", "Undergraduate course, University 1". */
  kind?: string;
  /** Where a publication appeared. */
  where?: string;
  /** Where it took place, such as a city. */
  place?: string;
  /** A publication's recommended citation (HTML allowed). */
  citation?: string;
  links: { label: string; href: string }[];
  tags: string[];
}

/** The kind and the venue, as one text: "Graduate course, Example University". */
function kindAndVenue(kind: string | undefined, venue: string | undefined): string | undefined {
  return [kind, venue].filter((part) => part !== undefined).join(", ") || undefined;
}

/** The facts of an entry; `base` is the site's base path (`""` or `/lab`). */
export function entryFacts(entry: FactsOf, base: string): EntryFacts {
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
    default:
      return { links: [], tags: [] };
  }
}

/**
 * A portfolio item's or a post's small image in lists (`header.teaser`), as academicpages names
 * it: a web address as it is, a path on this site with the base path, and a bare file name in
 * `/images/`. `data` is the entry's front matter.
 */
export function teaserSrc(data: unknown, base: string): string | undefined {
  const header =
    typeof data === "object" && data !== null ? (data as { header?: unknown }).header : undefined;
  const src =
    typeof header === "object" && header !== null
      ? (header as { teaser?: unknown }).teaser
      : undefined;
  if (typeof src !== "string" || src === "") return undefined;
  if (/^https?:\/\//.test(src)) return src;
  return withBase(base, src.startsWith("/") ? src : `/images/${src}`);
}

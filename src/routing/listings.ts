/** The generated listing pages: which exist, and how their entries are grouped and ordered. */
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  TAGS_PATH,
  type CollectionInfo,
  type CollectionName,
} from "./collections.ts";
import { slugify } from "#core/text.ts";
import { PUBLICATION_KINDS } from "#schemas/publications.ts";
import type { PageRoute } from "./route-plan.ts";

interface Listed {
  collection: CollectionName;
  /** The entry's address; a page at a list's address takes the address from the generated list. */
  permalink?: string;
  date?: Date | undefined;
  data: { title: string; tags?: readonly string[] | undefined; listing?: string | undefined };
}

/** The lists that a page shows at its own address (`listing:` in its front matter). */
export function listingsOnPages(entries: readonly Listed[]): Set<string> {
  return new Set(
    entries.flatMap((entry) =>
      entry.collection === "pages" && entry.data.listing !== undefined ? [entry.data.listing] : [],
    ),
  );
}

/** The address of a tag's page: `/tags/machine-learning/`. */
export function tagPath(tag: string): string {
  return `${TAGS_PATH}${slugify(tag) || "tag"}/`;
}

export interface GeneratedLists {
  /** The collections whose list is a generated page: they have entries, and no page shows the list. */
  collections: CollectionName[];
  /** Every tag of the posts. */
  tags: string[];
  /** Whether the list of tags is a generated page (there are tags, and no page shows it). */
  tagIndex: boolean;
}

/** Which generated list pages the site has: what the content check and the routes both go by. */
export function generatedLists(
  entries: readonly Listed[],
  redirects: Iterable<string> = [],
): GeneratedLists {
  const onPages = listingsOnPages(entries);
  const taken = new Set([
    ...redirects,
    ...entries.flatMap((entry) =>
      entry.collection === "pages" && entry.permalink !== undefined ? [entry.permalink] : [],
    ),
  ]);
  const tags = allTags(entries.filter((entry) => entry.collection === "posts"));
  return {
    collections: COLLECTION_NAMES.filter((collection) => {
      const info: CollectionInfo = COLLECTIONS[collection];
      return (
        info.listing !== undefined &&
        !onPages.has(collection) &&
        !taken.has(info.listing.path) &&
        entries.some((entry) => entry.collection === collection)
      );
    }),
    tags,
    tagIndex: tags.length > 0 && !onPages.has("tags") && !taken.has(TAGS_PATH),
  };
}

/** The addresses of the generated pages: lists and tag pages. */
export function listingRoutes(
  entries: readonly Listed[],
  redirects: Iterable<string> = [],
): PageRoute[] {
  const lists = generatedLists(entries, redirects);
  const route = (file: string, permalink: string): PageRoute => ({
    file,
    permalink,
    redirectFrom: [],
  });
  return [
    ...lists.collections.flatMap((collection) => {
      const info = COLLECTIONS[collection];
      return "listing" in info
        ? [route(`the ${info.listing.title.toLowerCase()} list`, info.listing.path)]
        : [];
    }),
    ...(lists.tagIndex ? [route("the list of tags", TAGS_PATH)] : []),
    ...lists.tags.map((tag) => route(`the page of the tag "${tag}"`, tagPath(tag))),
  ];
}

/** Every tag, once, in alphabetical order. */
export function allTags(entries: readonly Listed[]): string[] {
  const tags = new Map<string, string>();
  for (const entry of entries)
    for (const tag of entry.data.tags ?? [])
      if (!tags.has(tagPath(tag))) tags.set(tagPath(tag), tag);
  return [...tags.values()].sort((a, b) => a.localeCompare(b));
}

/** Newest first; entries without a date last, by title. */
export function newestFirst<T extends Listed>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity) ||
      a.data.title.localeCompare(b.data.title),
  );
}

export interface Group<T> {
  /** The group's heading: a category's title, or a year. */
  heading: string;
  entries: T[];
  /** A link to the whole list, below a section that shows its latest entries. */
  more?: { path: string; label: string } | undefined;
}

/** Entries grouped by year, newest year first, newest entry first within a year. */
export function byYear<T extends Listed>(entries: readonly T[]): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of newestFirst(entries)) {
    const year = entry.date === undefined ? "Undated" : String(entry.date.getUTCFullYear());
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups].map(([heading, list]) => ({ heading, entries: list }));
}

/** A category key as a heading: `conference-papers` is "Conference papers". */
export function categoryHeading(
  category: string,
  titles: Readonly<Record<string, { title?: string | undefined }>> = {},
): string {
  const title = titles[category]?.title;
  if (title !== undefined) return title;
  const words = category.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Publications grouped by category when any has one (in the order of `titles`, then alphabetically;
 * uncategorised last), else by year; newest first within each group.
 */
/**
 * How the publications list is grouped, from the site settings: by year, or by category with the
 * headings of `publication_category` first and then those of the kinds of `.bib` entries.
 */
export function publicationGroups(settings: {
  publications: { group_by: "type" | "year" };
  publication_category: Readonly<Record<string, { title?: string | undefined }>>;
}): Readonly<Record<string, { title?: string | undefined }>> | "by-year" {
  if (settings.publications.group_by === "year") return "by-year";
  const own = settings.publication_category;
  const kinds = Object.entries(PUBLICATION_KINDS)
    .filter(([kind]) => !Object.hasOwn(own, kind))
    .map(([kind, title]): [string, { title: string }] => [kind, { title }]);
  return { ...own, ...Object.fromEntries(kinds) };
}

export function groupPublications<T extends Listed & { data: { category?: string | undefined } }>(
  entries: readonly T[],
  titles: Readonly<Record<string, { title?: string | undefined }>> = {},
): Group<T>[] {
  if (!entries.some((entry) => entry.data.category !== undefined)) return byYear(entries);
  const order = Object.keys(titles);
  const categories = [...new Set(entries.map((entry) => entry.data.category ?? ""))].sort(
    (a, b) => {
      const rank = (c: string) =>
        c === "" ? Infinity : order.includes(c) ? order.indexOf(c) : order.length;
      return rank(a) - rank(b) || a.localeCompare(b);
    },
  );
  return categories.map((category) => ({
    heading: category === "" ? "Other" : categoryHeading(category, titles),
    entries: newestFirst(entries.filter((entry) => (entry.data.category ?? "") === category)),
  }));
}

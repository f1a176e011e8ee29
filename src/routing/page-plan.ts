/**
 * Every page the catch-all route builds, worked out from the published entries alone: each entry
 * at its permalink, each collection's generated list, the list of tags and each tag's page, each
 * with its key for the incremental build. A collection without entries has no list.
 */
import { NOT_FOUND_PATH } from "#core/site-paths.ts";
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  TAGS_PATH,
  type CollectionInfo,
  isCollectionName,
  type CollectionName,
} from "./collections.ts";
import { ownCollectionOf } from "./entries.ts";
import {
  byYear,
  categoryHeading,
  generatedLists,
  groupPublications,
  newestFirst,
  tagPath,
  type GeneratedLists,
  type Group,
} from "./listings.ts";
import { pageCacheKey, type SharedFacts } from "./page-cache.ts";
import type { PageSection } from "#schemas/pages.ts";

/** A published entry, as the plan needs it. */
export interface PlannedEntry {
  collection: CollectionName;
  /** The entry's address. */
  permalink: string;
  date: Date | undefined;
  /** The entry's file in the project, such as `src/content/posts/2024-05-31-hello.md`. */
  filePath: string;
  /** A digest of the file's text (it changes whenever the file does), when Astro knows it. */
  digest: string | number | undefined;
  data: {
    title: string;
    /** A post's tags. */
    tags?: readonly string[] | undefined;
    /** The list a page shows (`listing:`). */
    listing?: string | undefined;
    /** A publication's category. */
    category?: string | undefined;
    /** Whether a publication is among the selected ones. */
    selected?: boolean | undefined;
    /** A talk's kind (`talk_type`, or `type`), by which talks may be grouped. */
    talk_type?: string | undefined;
    type?: string | undefined;
    /** The sections a page shows below its text (`sections:`). */
    sections?: readonly PageSection[] | undefined;
  };
}

export interface TagCount {
  tag: string;
  path: string;
  count: number;
}

/** The heading of each section a page can show. */
const SECTION_HEADINGS: Readonly<Record<PageSection, string>> = {
  selected_publications: "Selected publications",
  recent_posts: "Recent posts",
  upcoming_talks: "Upcoming talks",
  recent_talks: "Recent talks",
  news: "News",
};

/**
 * What the sections of pages show: the home page's, how many recent items, the news items that
 * have no page, and the time of the build.
 */
export interface SectionOptions<E> {
  /** The sections of the page at `/` when it names none (`home.sections` in the settings). */
  homeSections?: readonly PageSection[];
  /** How many posts and past talks `recent_posts` and `recent_talks` show. */
  recent?: number;
  /** How many news items the `news` section shows. */
  news?: number;
  /** How the list of talks is grouped (`talks.group_by` in the settings). */
  talksBy?: TalkGroups;
  /** The entries shown in lists only, with no page of their own (news items without a title). */
  listedOnly?: readonly E[];
  /** The time of the build: talks after it are upcoming. */
  now?: Date;
}

/**
 * Where the whole list of a collection is: the page that shows it (`listing:`), or its generated
 * page; none when it has neither. `lists` are the site's generated lists.
 */
export function listPath(
  collection: CollectionName,
  entries: readonly PlannedEntry[],
  lists: GeneratedLists,
): string | undefined {
  const page = entries.find(
    (entry) => entry.collection === "pages" && entry.data.listing === collection,
  );
  if (page !== undefined) return page.permalink;
  const info: CollectionInfo = COLLECTIONS[collection];
  return lists.collections.includes(collection) ? info.listing?.path : undefined;
}

/** A list a page shows: entries in groups, or tags. */
export type PageList<E> =
  { kind: "groups"; groups: Group<E>[] } | { kind: "tags"; tags: TagCount[]; groups: Group<E>[] };

type PageContent<E> =
  | {
      kind: "entry";
      path: string;
      entry: E;
      list?: PageList<E> | undefined;
      /** The sections below the text and the list, each a group with its heading. */
      sections: Group<E>[];
    }
  | { kind: "listing"; path: string; title: string; collection: CollectionName; groups: Group<E>[] }
  | { kind: "tags"; path: string; title: string; tags: TagCount[]; groups: Group<E>[] }
  | { kind: "tag"; path: string; title: string; groups: Group<E>[] };

/** A page, with its key for the incremental build (see `page-cache.ts`). */
export type SitePage<E> = PageContent<E> & { cacheKey: string | undefined };

/**
 * How publications are grouped: by category, with the headings of `publication_category` in the
 * site settings, or by year.
 */
export type CategoryTitles = Readonly<Record<string, { title?: string | undefined }>> | "by-year";

function grouped<E extends PlannedEntry>(
  collection: CollectionName,
  entries: readonly E[],
  categories: CategoryTitles,
  talksBy: TalkGroups,
): Group<E>[] {
  if (collection === "talks" && talksBy !== "none")
    return talksBy === "year" ? byYear(entries) : byKind(entries);
  if (collection === "publications")
    return categories === "by-year" ? byYear(entries) : groupPublications(entries, categories);
  if (collection === "posts" || collection === "news") return byYear(entries);
  return [{ heading: "", entries: newestFirst(entries) }];
}

/** How the list of talks is grouped: not at all (newest first), by year, or by kind of talk. */
export type TalkGroups = "none" | "year" | "type";

/** Talks by their kind (`talk_type`, else `type`), each kind where its newest talk is; newest first within. */
function byKind<E extends PlannedEntry>(entries: readonly E[]): Group<E>[] {
  const groups = new Map<string, E[]>();
  for (const entry of newestFirst(entries)) {
    const kind = entry.data.talk_type ?? entry.data.type ?? "Other";
    groups.set(kind, [...(groups.get(kind) ?? []), entry]);
  }
  return [...groups].map(([heading, list]) => ({ heading, entries: list }));
}

/** The name of the site's own collection an entry is in (`preprints`), or `undefined`. */
function ownNameOf(entry: PlannedEntry): string | undefined {
  return entry.collection === "collections" ? ownCollectionOf(entry.filePath) : undefined;
}

/** The entries of one of the site's own collections (`src/content/collections/<name>/`). */
function ownCollection<E extends PlannedEntry>(entries: readonly E[], name: string): E[] {
  return entries.filter((entry) => ownNameOf(entry) === name);
}

/** Every page, grouped by kind, for an HTML sitemap: pages by title, the rest newest first. */
function sitemapGroups<E extends PlannedEntry>(entries: readonly E[]): Group<E>[] {
  const ownNames = [...new Set(entries.flatMap((entry) => ownNameOf(entry) ?? []))].sort();
  const own = ownNames.map((name) => ({
    heading: categoryHeading(name),
    entries: newestFirst(ownCollection(entries, name)),
  }));
  return COLLECTION_NAMES.flatMap((collection) => {
    if (collection === "collections") return own;
    const info = COLLECTIONS[collection];
    const members = entries.filter((entry) => entry.collection === collection);
    if (members.length === 0) return [];
    const heading = "listing" in info ? info.listing.title : "Pages";
    const sorted =
      collection === "pages"
        ? [...members].sort((a, b) => a.data.title.localeCompare(b.data.title))
        : newestFirst(members);
    return [{ heading, entries: sorted }];
  });
}

/** The entries a page shows, in the order it shows them. */
function shownOn<E extends PlannedEntry>(page: PageContent<E>, posts: readonly E[]): readonly E[] {
  const listed = (list: PageList<E> | undefined) =>
    list === undefined ? [] : list.kind === "tags" ? posts : list.groups.flatMap((g) => g.entries);
  switch (page.kind) {
    case "entry":
      return [
        page.entry,
        ...listed(page.list),
        ...page.sections.flatMap((section) => section.entries),
      ];
    case "tags":
      return posts;
    default:
      return page.groups.flatMap((group) => group.entries);
  }
}

/**
 * The site's pages. `entries` are the entries built as pages; `moved` the addresses of the entries
 * that are redirects (`redirect_to`), where no list is generated; `site` what every page shows.
 * A page at `/404.html` (academicpages' `_pages/404.md`) is not here: it is the 404 page.
 */
export function planPages<E extends PlannedEntry>(
  entries: readonly E[],
  moved: readonly string[],
  categories: CategoryTitles,
  site: SharedFacts,
  {
    homeSections = [],
    recent = 5,
    news = 5,
    talksBy = "none",
    listedOnly = [],
    now = new Date(),
  }: SectionOptions<E> = {},
): SitePage<E>[] {
  const posts = entries.filter((entry) => entry.collection === "posts");
  const tagged = (tag: string) =>
    posts.filter((post) => (post.data.tags ?? []).some((t) => tagPath(t) === tagPath(tag)));
  const listed = [...entries, ...listedOnly];
  const lists = generatedLists(listed, moved);
  const tags = lists.tags.map((tag) => ({ tag, path: tagPath(tag), count: tagged(tag).length }));
  // Each tag with its posts, as academicpages' tag archive shows them.
  const tagGroups = tags.map(({ tag }) => ({ heading: tag, entries: newestFirst(tagged(tag)) }));
  const members = (collection: CollectionName) =>
    listed.filter((entry) => entry.collection === collection);

  const selected = () =>
    newestFirst(members("publications").filter((entry) => entry.data.selected === true));
  const talks = members("talks").filter((talk) => talk.date !== undefined);
  const upcoming = talks.filter((talk) => (talk.date?.getTime() ?? 0) > now.getTime());
  const sectionEntries: Record<PageSection, () => E[]> = {
    selected_publications: selected,
    recent_posts: () => newestFirst(posts).slice(0, recent),
    upcoming_talks: () => newestFirst(upcoming).reverse(),
    recent_talks: () =>
      newestFirst(talks.filter((talk) => !upcoming.includes(talk))).slice(0, recent),
    news: () => newestFirst(members("news")).slice(0, news),
  };
  const newsList = listPath("news", entries, lists);
  const more: Partial<Record<PageSection, Group<E>["more"]>> = {
    ...(newsList !== undefined && { news: { path: newsList, label: "All news" } }),
  };
  const sectionsOf = (entry: E): Group<E>[] => {
    const named = entry.data.sections ?? (entry.permalink === "/" ? homeSections : []);
    return named.flatMap((section) => {
      const shown = sectionEntries[section]();
      if (shown.length === 0) return [];
      return [{ heading: SECTION_HEADINGS[section], entries: shown, more: more[section] }];
    });
  };
  const listFor = (listing: string): PageList<E> => {
    if (listing === "tags") return { kind: "tags", tags, groups: tagGroups };
    if (listing === "selected-publications")
      return { kind: "groups", groups: [{ heading: "", entries: selected() }] };
    if (listing === "sitemap") return { kind: "groups", groups: sitemapGroups(entries) };
    if (!isCollectionName(listing))
      return {
        kind: "groups",
        groups: [{ heading: "", entries: newestFirst(ownCollection(entries, listing)) }],
      };
    return { kind: "groups", groups: grouped(listing, members(listing), categories, talksBy) };
  };

  const pages: PageContent<E>[] = entries
    .filter((entry) => entry.permalink !== NOT_FOUND_PATH)
    .map((entry) => {
      const listing = entry.collection === "pages" ? entry.data.listing : undefined;
      return {
        kind: "entry",
        path: entry.permalink,
        entry,
        list: listing === undefined ? undefined : listFor(listing),
        sections: entry.collection === "pages" ? sectionsOf(entry) : [],
      };
    });
  for (const collection of lists.collections) {
    const info = COLLECTIONS[collection];
    if ("listing" in info) {
      pages.push({
        kind: "listing",
        path: info.listing.path,
        title: info.listing.title,
        collection,
        groups: grouped(collection, members(collection), categories, talksBy),
      });
    }
  }
  if (lists.tagIndex)
    pages.push({ kind: "tags", path: TAGS_PATH, title: "Tags", tags, groups: tagGroups });
  for (const { tag, path } of tags) {
    pages.push({ kind: "tag", path, title: `Posts tagged “${tag}”`, groups: byYear(tagged(tag)) });
  }
  return pages.map((page) => ({
    ...page,
    cacheKey: pageCacheKey(page.path, site, shownOn(page, posts)),
  }));
}

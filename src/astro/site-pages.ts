/**
 * Every page the catch-all route builds: each entry at its permalink, each collection's list, and
 * the tag pages of posts. A collection without entries has no list.
 */
import settings from "virtual:academic/settings";
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  TAGS_PATH,
  type CollectionName,
} from "#routing/collections.ts";
import { ownCollectionOf } from "#routing/entries.ts";
import {
  categoryHeading,
  generatedLists,
  byYear,
  groupPublications,
  newestFirst,
  tagPath,
  type Group,
} from "#routing/listings.ts";
import { pageCacheKey, type SharedFacts } from "#routing/page-cache.ts";
import { allSiteEntries, movedAddresses, siteEntries, type SiteEntry } from "./site-entries.ts";
import { NOT_FOUND_PATH } from "#core/site-paths.ts";

export interface TagCount {
  tag: string;
  path: string;
  count: number;
}

/** A list a page shows: entries in groups, or tags. */
export type PageList =
  { kind: "groups"; groups: Group<SiteEntry>[] } | { kind: "tags"; tags: TagCount[] };

type PageContent =
  | { kind: "entry"; path: string; entry: SiteEntry; list?: PageList | undefined }
  | {
      kind: "listing";
      path: string;
      title: string;
      collection: CollectionName;
      groups: Group<SiteEntry>[];
    }
  | { kind: "tags"; path: string; title: string; tags: TagCount[] }
  | { kind: "tag"; path: string; title: string; groups: Group<SiteEntry>[] };

/** A page, with its key for the incremental build (see `page-cache.ts`). */
export type SitePage = PageContent & { cacheKey: string | undefined };

function grouped(collection: CollectionName, entries: SiteEntry[]): Group<SiteEntry>[] {
  if (collection === "publications") {
    return groupPublications(entries as SiteEntry<"publications">[], settings.publication_category);
  }
  if (collection === "posts") return byYear(entries);
  return [{ heading: "", entries: newestFirst(entries) }];
}

/** The name of the site's own collection an entry is in (`preprints`), or `undefined`. */
function ownNameOf(entry: SiteEntry): string | undefined {
  if (entry.collection !== "collections") return undefined;
  return ownCollectionOf(entry.entry.filePath ?? entry.entry.id);
}

/** The entries of one of the site's own collections (`src/content/collections/<name>/`). */
function ownCollection(entries: SiteEntry[], name: string): SiteEntry[] {
  return entries.filter((entry) => ownNameOf(entry) === name);
}

/** The names of the site's own collections that have entries, in alphabetical order. */
function ownCollectionNames(entries: SiteEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => ownNameOf(entry) ?? []))].sort();
}

/** Every page, grouped by kind, for an HTML sitemap: pages by title, the rest newest first. */
function sitemapGroups(entries: SiteEntry[]): Group<SiteEntry>[] {
  const own = ownCollectionNames(entries).map((name) => ({
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
function shownOn(page: PageContent, posts: SiteEntry[]): SiteEntry[] {
  const listed = (list: PageList | undefined) =>
    list === undefined ? [] : list.kind === "tags" ? posts : list.groups.flatMap((g) => g.entries);
  switch (page.kind) {
    case "entry":
      return [page.entry, ...listed(page.list)];
    case "tags":
      return posts;
    default:
      return page.groups.flatMap((group) => group.entries);
  }
}

/**
 * What every page shows besides its own content: the layout and the footer take it from here, and
 * so does every page's key for the incremental build, so that the two cannot disagree.
 */
export async function sharedFacts(): Promise<SharedFacts> {
  return { hasFeed: (await siteEntries("posts")).length > 0, year: new Date().getFullYear() };
}

export async function sitePages(): Promise<SitePage[]> {
  const entries = await allSiteEntries();
  const posts = entries.filter((entry) => entry.collection === "posts");
  const tagged = (tag: string) =>
    posts.filter((post) =>
      (post.data as SiteEntry<"posts">["data"]).tags.some((t) => tagPath(t) === tagPath(tag)),
    );
  const lists = generatedLists(entries, await movedAddresses());
  const tags = lists.tags.map((tag) => ({ tag, path: tagPath(tag), count: tagged(tag).length }));
  const members = (collection: CollectionName) =>
    entries.filter((entry) => entry.collection === collection);

  const listFor = (listing: string): PageList => {
    if (listing === "tags") return { kind: "tags", tags };
    if (listing === "sitemap") return { kind: "groups", groups: sitemapGroups(entries) };
    if (!(listing in COLLECTIONS))
      return {
        kind: "groups",
        groups: [{ heading: "", entries: newestFirst(ownCollection(entries, listing)) }],
      };
    const collection = listing as CollectionName;
    return { kind: "groups", groups: grouped(collection, members(collection)) };
  };

  // A page at /404.html (academicpages' _pages/404.md) is the site's 404 page: 404.astro shows it.
  const pages: PageContent[] = entries
    .filter((entry) => entry.permalink !== NOT_FOUND_PATH)
    .map((entry) => {
      const listing =
        entry.collection === "pages"
          ? (entry.data as SiteEntry<"pages">["data"]).listing
          : undefined;
      return {
        kind: "entry",
        path: entry.permalink,
        entry,
        list: listing === undefined ? undefined : listFor(listing),
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
        groups: grouped(collection, members(collection)),
      });
    }
  }
  if (lists.tagIndex) pages.push({ kind: "tags", path: TAGS_PATH, title: "Tags", tags });
  for (const { tag, path } of tags) {
    pages.push({ kind: "tag", path, title: `Posts tagged “${tag}”`, groups: byYear(tagged(tag)) });
  }
  const site = await sharedFacts();
  return pages.map((page) => ({
    ...page,
    cacheKey: pageCacheKey(
      page.path,
      site,
      shownOn(page, posts).map(({ collection, entry }) => ({
        collection,
        filePath: entry.filePath,
        digest: entry.digest,
      })),
    ),
  }));
}

/** The page an editor wrote for the 404 page (`permalink: /404.html`), if there is one. */
export async function notFoundEntry(): Promise<SiteEntry | undefined> {
  return (await allSiteEntries()).find((entry) => entry.permalink === NOT_FOUND_PATH);
}

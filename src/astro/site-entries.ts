/**
 * The entries the site builds, from Astro's content collections, each with its address and date.
 * The same rules as the content check (`entries.ts`), so both agree on every address.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import settings, { root } from "virtual:academic/settings";
import { COLLECTION_NAMES, entryFileNames, type CollectionName } from "#routing/collections.ts";
import { entryPlace, relativeFile, type EntryPlace } from "#routing/entries.ts";

export interface SiteEntry<C extends CollectionName = CollectionName> extends EntryPlace {
  collection: C;
  entry: CollectionEntry<C>;
  data: CollectionEntry<C>["data"];
  /** The address visitors see, such as `/publications/paper/`. */
  url: string;
}

/** When the build started: entries dated later are left out unless the site sets `future: true`. */
const BUILT_AT = new Date();

async function readEntries<C extends CollectionName>(collection: C): Promise<SiteEntry<C>[]> {
  // Astro warns about a collection without entries; a site without talks or posts is normal. The
  // folder is looked at when the page is built (not listed in the code), so that adding a file
  // does not change the code of every page, which would make the incremental build render them all.
  if ((await entryFileNames(root, collection)).length === 0) return [];
  const entries = await getCollection(collection);
  return entries.flatMap((entry) => {
    const place = entryPlace(
      collection,
      relativeFile(collection, entry.filePath ?? entry.id),
      entry.data,
      { drafts: import.meta.env.DEV, future: settings.future, now: BUILT_AT },
    );
    return place.built || place.moved
      ? [{ collection, entry, data: entry.data, ...place, url: place.permalink }]
      : [];
  });
}

/** Each collection is read once per build (every page's head asks for the posts); in dev, every time. */
const cache = new Map<CollectionName, Promise<SiteEntry[]>>();

/** The published entries of a collection: pages, and redirects (`redirect_to`). */
function publishedEntries<C extends CollectionName>(collection: C): Promise<SiteEntry<C>[]> {
  if (import.meta.env.DEV) return readEntries(collection);
  let entries = cache.get(collection);
  if (entries === undefined) {
    entries = readEntries(collection);
    cache.set(collection, entries);
  }
  return entries as Promise<SiteEntry<C>[]>;
}

/** The entries of a collection that are pages. */
export async function siteEntries<C extends CollectionName>(
  collection: C,
): Promise<SiteEntry<C>[]> {
  return (await publishedEntries(collection)).filter((entry) => entry.built);
}

/** The addresses of the entries that are redirects (`redirect_to`): no list is generated there. */
export async function movedAddresses(): Promise<string[]> {
  const lists = await Promise.all(COLLECTION_NAMES.map((name) => publishedEntries(name)));
  return lists
    .flat()
    .filter((entry) => entry.moved)
    .map((entry) => entry.permalink);
}

export async function allSiteEntries(): Promise<SiteEntry[]> {
  const lists = await Promise.all(COLLECTION_NAMES.map((name) => siteEntries(name)));
  return lists.flat();
}

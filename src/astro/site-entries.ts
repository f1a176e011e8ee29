/**
 * The entries the site builds, from Astro's content collections, each with its address and date.
 * The same rules as the content check (`#routing/entries.ts`), so both agree on every address.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import settings, { root } from "virtual:academic/settings";
import { bibFileNames, entryFileNames, type CollectionName } from "#routing/collections.ts";
import { entryPlace, isDraft, relativeFile, type EntryPlace } from "#routing/entries.ts";
import { fileTime } from "#core/file-time.ts";
import path from "node:path";
import type { PlannedEntry } from "#routing/page-plan.ts";
import { shownDigest } from "./entry-html.ts";

/** A published entry of the collection `C`. */
export interface SiteEntryOf<C extends CollectionName> extends EntryPlace, PlannedEntry {
  collection: C;
  entry: CollectionEntry<C>;
  data: CollectionEntry<C>["data"];
  /** The address visitors see, such as `/publications/paper/`. */
  url: string;
}

/** A published entry of any collection: `entry.collection === "posts"` narrows it to a post. */
export type SiteEntry = { [C in CollectionName]: SiteEntryOf<C> }[CollectionName];

/** When the build started: entries dated later are left out unless the site sets `future: true`. */
const BUILT_AT = new Date();

async function readEntries<C extends CollectionName>(collection: C): Promise<SiteEntryOf<C>[]> {
  // Astro warns about a collection without entries; a site without talks or posts is normal. The
  // folder is looked at when the page is built (not listed in the code), so that adding a file
  // does not change the code of every page, which would make the incremental build render them all.
  const files = [
    ...(await entryFileNames(root, collection)),
    ...(collection === "publications"
      ? [...(await bibFileNames(root)), ...settings.publications.bib_files]
      : []),
  ];
  if (files.length === 0) return [];
  const entries = await getCollection(collection);
  const placed = await Promise.all(
    entries.map(async (entry) => {
      const filePath = entry.filePath ?? entry.id;
      const file = relativeFile(collection, filePath);
      // A draft without a date is dated by its file's last change, as `jekyll serve --drafts` does.
      const undatedDraft =
        collection === "posts" &&
        isDraft(file, "draft" in entry.data && entry.data.draft === true) &&
        entry.data.date === undefined;
      const place = entryPlace(
        collection,
        file,
        entry.data,
        { drafts: import.meta.env.DEV, future: settings.future, now: BUILT_AT },
        undatedDraft ? await fileTime(path.join(root, filePath)) : undefined,
      );
      if (!place.built && !place.moved && !place.itemOnly) return [];
      return [
        {
          ...place,
          collection,
          entry,
          data: entry.data,
          url: place.permalink,
          filePath,
          digest: shownDigest(entry),
        },
      ];
    }),
  );
  return placed.flat();
}

type ByCollection = { [C in CollectionName]: Promise<SiteEntryOf<C>[]> };

/** Every collection's published entries: pages, and redirects (`redirect_to`). */
function readAll(): ByCollection {
  return {
    pages: readEntries("pages"),
    publications: readEntries("publications"),
    talks: readEntries("talks"),
    teaching: readEntries("teaching"),
    portfolio: readEntries("portfolio"),
    posts: readEntries("posts"),
    news: readEntries("news"),
    collections: readEntries("collections"),
  };
}

let cache: ByCollection | undefined;

/** The entries are read once per build (every page's head asks for the posts); in dev, every time. */
function published(): ByCollection {
  if (import.meta.env.DEV) return readAll();
  return (cache ??= readAll());
}

const builtCache = new Map<CollectionName, Promise<readonly unknown[]>>();

/**
 * The entries of a collection that are pages; in a build, the same list each time (every page's
 * head asks for the posts: filtering them again for each of 5,000 pages cost 0.2 s).
 */
export function siteEntries<C extends CollectionName>(
  collection: C,
): Promise<readonly SiteEntryOf<C>[]> {
  const read = async () => (await published()[collection]).filter((entry) => entry.built);
  if (import.meta.env.DEV) return read();
  let list = builtCache.get(collection);
  if (list === undefined) builtCache.set(collection, (list = read()));
  return list as Promise<readonly SiteEntryOf<C>[]>;
}

/** Every entry, of every collection, that is published (as a page, or as a redirect). */
async function allPublished(): Promise<SiteEntry[]> {
  return (await Promise.all(Object.values(published()))).flat();
}

/** The addresses of the entries that are redirects (`redirect_to`): no list is generated there. */
export async function movedAddresses(): Promise<string[]> {
  return (await allPublished()).filter((entry) => entry.moved).map((entry) => entry.permalink);
}

/** The entries shown in lists only, with no page of their own: news items without a title. */
export async function listedOnlyEntries(): Promise<SiteEntry[]> {
  return (await allPublished()).filter((entry) => entry.itemOnly);
}

/** Every entry that is a page, of every collection. */
export async function allSiteEntries(): Promise<SiteEntry[]> {
  return (await allPublished()).filter((entry) => entry.built);
}

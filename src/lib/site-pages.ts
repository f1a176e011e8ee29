/**
 * Every page the catch-all route builds: each entry at its permalink, each collection's list, and
 * the tag pages of posts. A collection without entries has no list.
 */
import settings from "virtual:academic/settings";
import { COLLECTIONS, COLLECTION_NAMES, TAGS_PATH, type CollectionName } from "./collections.ts";
import {
  allTags,
  byYear,
  groupPublications,
  newestFirst,
  tagPath,
  type Group,
} from "./listings.ts";
import { allSiteEntries, type SiteEntry } from "./site-entries.ts";

export type SitePage =
  | { kind: "entry"; path: string; entry: SiteEntry }
  | {
      kind: "listing";
      path: string;
      title: string;
      collection: CollectionName;
      groups: Group<SiteEntry>[];
    }
  | {
      kind: "tags";
      path: string;
      title: string;
      tags: { tag: string; path: string; count: number }[];
    }
  | { kind: "tag"; path: string; title: string; groups: Group<SiteEntry>[] };

function listing(collection: CollectionName, entries: SiteEntry[]): Group<SiteEntry>[] {
  if (collection === "publications") {
    return groupPublications(entries as SiteEntry<"publications">[], settings.publication_category);
  }
  if (collection === "posts") return byYear(entries);
  return [{ heading: "", entries: newestFirst(entries) }];
}

export async function sitePages(): Promise<SitePage[]> {
  const entries = await allSiteEntries();
  const pages: SitePage[] = entries.map((entry) => ({
    kind: "entry",
    path: entry.permalink,
    entry,
  }));
  for (const collection of COLLECTION_NAMES) {
    const info = COLLECTIONS[collection];
    const members = entries.filter((entry) => entry.collection === collection);
    if ("listing" in info && members.length > 0) {
      pages.push({
        kind: "listing",
        path: info.listing.path,
        title: info.listing.title,
        collection,
        groups: listing(collection, members),
      });
    }
  }
  const posts = entries.filter((entry) => entry.collection === "posts");
  const tags = allTags(posts);
  if (tags.length > 0) {
    const tagged = (tag: string) =>
      posts.filter((post) =>
        (post.data as SiteEntry<"posts">["data"]).tags.some((t) => tagPath(t) === tagPath(tag)),
      );
    pages.push({
      kind: "tags",
      path: TAGS_PATH,
      title: "Tags",
      tags: tags.map((tag) => ({ tag, path: tagPath(tag), count: tagged(tag).length })),
    });
    for (const tag of tags) {
      pages.push({
        kind: "tag",
        path: tagPath(tag),
        title: `Posts tagged “${tag}”`,
        groups: byYear(tagged(tag)),
      });
    }
  }
  return pages;
}

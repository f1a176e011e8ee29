/** What the search index knows of a page besides its text: its kind and year, to filter results by. */
import type { CollectionName } from "#routing/collections.ts";

/** Each kind of entry as the search page's filter names it. */
const KINDS: Readonly<Record<CollectionName, string>> = {
  pages: "Page",
  publications: "Publication",
  talks: "Talk",
  teaching: "Teaching",
  portfolio: "Portfolio",
  posts: "Post",
  news: "News",
  collections: "Other",
};

/** A page's filters for the search index: its kind, and its year when it has a date. */
export function searchFilters(entry: { collection: CollectionName; date?: Date | undefined }): {
  kind: string;
  year?: string;
} {
  return {
    kind: KINDS[entry.collection],
    ...(entry.date !== undefined && { year: String(entry.date.getUTCFullYear()) }),
  };
}

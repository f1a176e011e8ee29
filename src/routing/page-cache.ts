/**
 * Keys for Astro's incremental build: a page whose key and code are the same as in the last build
 * is copied from that build instead of being rendered again. A key covers everything a page shows
 * that is not code: the entries on it (each by its file and the digest of the file's text) and the
 * facts every page shows (the feed link, the footer's year). Astro tracks the code, the site
 * settings among it, by itself.
 */
import { createHash } from "node:crypto";

/** What every page shows that is neither code nor an entry (`sharedFacts()` in site-pages.ts). */
export interface SharedFacts {
  /** Whether the head links to the feed (there are posts). */
  hasFeed: boolean;
  /** The year of the footer's copyright line: the year the site is built in. */
  year: number;
}

/** One entry a page shows, as the content layer knows it. */
export interface ShownEntry {
  collection: string;
  /** The entry's file, such as `src/content/posts/2024-05-31-hello.md`. */
  filePath?: string | undefined;
  /** A digest of the file's text; it changes whenever the file does. */
  digest?: string | number | undefined;
}

/** The key of a file made from `text` alone (a citation, a calendar): the text is its own key. */
export function textCacheKey(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * The key of a page at `path` that shows `entries`, on a site with the facts `site`. A page with an
 * entry whose digest is unknown has no key, so it is always rendered.
 */
export function pageCacheKey(
  path: string,
  site: SharedFacts,
  entries: readonly ShownEntry[],
): string | undefined {
  // Each part is written as JSON, one to a line, so that no two lists of parts read the same.
  const hash = createHash("sha256").update(`${JSON.stringify([path, site.hasFeed, site.year])}\n`);
  for (const { collection, filePath, digest } of entries) {
    if (filePath === undefined || digest === undefined) return undefined;
    hash.update(`${JSON.stringify([collection, filePath, String(digest)])}\n`);
  }
  return hash.digest("base64url");
}

/** What the site makes of an entry: its address, its date and whether it is published. */
import { COLLECTIONS, type CollectionName } from "./collections.ts";
import { defaultPermalink, fileNameDate, isDraft } from "./permalinks.ts";

/** The front-matter fields that decide where and whether an entry appears. */
export interface EntryFields {
  permalink?: string | undefined;
  published?: boolean | undefined;
  date?: Date | undefined;
  draft?: boolean | undefined;
  categories?: readonly string[] | undefined;
  redirect_to?: string | undefined;
}

export interface EntryPlace {
  /** The entry's permalink: its own, or the collection's default. */
  permalink: string;
  /** The entry's date: its own, or (for posts) the file name's `YYYY-MM-DD-` prefix. */
  date: Date | undefined;
  /**
   * Whether the entry is built as a page: published, not a draft (drafts are built in `npm run dev`),
   * not dated in the future unless the site publishes such entries, and not a redirect.
   */
  built: boolean;
  /** Whether the entry is published as a redirect to `redirect_to` (a page that sends visitors on). */
  moved: boolean;
}

export interface PlaceOptions {
  /** Whether drafts are built (in `npm run dev`). */
  drafts: boolean;
  /** Whether entries dated after `now` are built (the site setting `future`). */
  future: boolean;
  now: Date;
}

/** A file's path inside its collection's folder, from its path in the project (`entry.filePath`). */
export function relativeFile(collection: CollectionName, projectFile: string): string {
  const dir = `${COLLECTIONS[collection].dir}/`;
  const posix = projectFile.replaceAll("\\", "/").replace(/^\.\//, "");
  return posix.startsWith(dir) ? posix.slice(dir.length) : posix;
}

/**
 * The name of the site's own collection an entry of `collections` is in, from its file in the
 * project: the first folder below `src/content/collections/` (`preprints/2024-a.md` is in `preprints`).
 */
export function ownCollectionOf(projectFile: string): string {
  return relativeFile("collections", projectFile).split("/")[0] ?? "";
}

export function entryPlace(
  collection: CollectionName,
  file: string,
  data: EntryFields,
  options: PlaceOptions,
): EntryPlace {
  const draft = collection === "posts" && isDraft(file, data.draft);
  // Pages accept `date` as it is (academicpages pages carry one) but have no date of their own.
  const own = data.date instanceof Date ? data.date : undefined;
  const date = own ?? (collection === "posts" ? fileNameDate(file) : undefined);
  // Jekyll leaves out entries dated after the build unless `future: true`; pages have no date.
  const later =
    collection !== "pages" && date !== undefined && date.getTime() > options.now.getTime();
  const published =
    data.published !== false && (!draft || options.drafts) && (options.future || !later);
  return {
    permalink: data.permalink ?? defaultPermalink(collection, file, data.categories),
    date,
    built: published && data.redirect_to === undefined,
    moved: published && data.redirect_to !== undefined,
  };
}

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
}

export interface EntryPlace {
  /** The entry's permalink: its own, or the collection's default. */
  permalink: string;
  /** The entry's date: its own, or (for posts) the file name's `YYYY-MM-DD-` prefix. */
  date: Date | undefined;
  /** Whether the entry is built: published, and not a draft (drafts are built in `npm run dev`). */
  built: boolean;
}

/** A file's path inside its collection's folder, from its path in the project (`entry.filePath`). */
export function relativeFile(collection: CollectionName, projectFile: string): string {
  const dir = `${COLLECTIONS[collection].dir}/`;
  const posix = projectFile.replaceAll("\\", "/").replace(/^\.\//, "");
  return posix.startsWith(dir) ? posix.slice(dir.length) : posix;
}

export function entryPlace(
  collection: CollectionName,
  file: string,
  data: EntryFields,
  options: { drafts: boolean },
): EntryPlace {
  const draft = collection === "posts" && isDraft(file, data.draft);
  return {
    permalink: data.permalink ?? defaultPermalink(collection, file, data.categories),
    date: data.date ?? (collection === "posts" ? fileNameDate(file) : undefined),
    built: data.published !== false && (!draft || options.drafts),
  };
}

/**
 * What the site makes of an entry: its address, its date and whether it is published, as Jekyll and
 * academicpages decide them (a permalink in the front matter, else the collection's default).
 */
import { readDate } from "#core/dates.ts";
import { slugify } from "#core/text.ts";
import { COLLECTIONS, isEntryFile, type CollectionName } from "./collections.ts";

/** The front-matter fields that decide where and whether an entry appears. */
export interface EntryFields {
  permalink?: string | undefined;
  published?: boolean | undefined;
  date?: Date | undefined;
  draft?: boolean | undefined;
  categories?: readonly string[] | undefined;
  redirect_to?: string | undefined;
  /** The title: a news item without one has no page of its own. */
  title?: string | undefined;
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
  /**
   * Whether the entry is published in its lists only, with no page of its own: a news item without
   * a title, whose text is the whole item.
   */
  itemOnly: boolean;
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

/**
 * Where an entry is, and whether it is built. `fileTime`, the time its file last changed, dates a
 * draft that has no date of its own.
 */
export function entryPlace(
  collection: CollectionName,
  file: string,
  data: EntryFields,
  options: PlaceOptions,
  fileTime?: Date,
): EntryPlace {
  const draft = collection === "posts" && isDraft(file, data.draft);
  // Pages accept `date` as it is (academicpages pages carry one) but have no date of their own.
  const own = data.date instanceof Date ? data.date : undefined;
  // A draft without a date is dated by its file's last change, as `jekyll serve --drafts` does.
  const date =
    own ??
    (collection === "posts" ? (fileNameDate(file) ?? (draft ? fileTime : undefined)) : undefined);
  // Jekyll leaves out entries dated after the build unless `future: true`; pages have no date.
  const later =
    collection !== "pages" && date !== undefined && date.getTime() > options.now.getTime();
  const published =
    data.published !== false && (!draft || options.drafts) && (options.future || !later);
  const ownPage = !hasNoPage(collection, data);
  return {
    permalink: data.permalink ?? defaultPermalink(collection, file, data.categories),
    date,
    built: published && ownPage && data.redirect_to === undefined,
    moved: published && ownPage && data.redirect_to !== undefined,
    itemOnly: published && !ownPage,
  };
}

/** Whether an entry is shown in lists only: a news item without a title is one line of news. */
export function hasNoPage(
  collection: CollectionName,
  data: { title?: string | undefined },
): boolean {
  return collection === "news" && (data.title ?? "") === "";
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})-/;

/** A file's path inside its collection's folder, without the extension: `2024/paper.md` is `2024/paper`. */
export function entryPath(relativeFile: string): string {
  return isEntryFile(relativeFile) ? relativeFile.replace(/\.[^./]+$/, "") : relativeFile;
}

/** A file's name without its folders and its ending: `2024/paper.md` is `paper`. */
export function fileStem(file: string): string {
  return (file.split("/").at(-1) ?? "").replace(/\.[^.]+$/, "");
}

/**
 * The date in a `YYYY-MM-DD-` file-name prefix, as Jekyll reads it for posts; none for a date that
 * does not exist (`2024-13-45-`), which would otherwise roll over into another month.
 */
export function fileNameDate(relativeFile: string): Date | undefined {
  const name = relativeFile.slice(relativeFile.lastIndexOf("/") + 1);
  const match = DATE_PREFIX.exec(name);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  return readDate(`${year ?? ""}-${month ?? ""}-${day ?? ""}`);
}

/** Whether a post is a draft: `draft: true`, or a file in a `_drafts` folder. */
export function isDraft(relativeFile: string, draft: boolean | undefined): boolean {
  return draft === true || relativeFile.split("/").includes("_drafts");
}

/**
 * The default permalink: `/:collection/:path/` for collections, as academicpages configures them, and
 * `/:categories/:title/` for posts (`:title` is the file name without its date prefix).
 */
export function defaultPermalink(
  collection: CollectionName,
  relativeFile: string,
  categories: readonly string[] = [],
): string {
  const path = entryPath(relativeFile);
  // The site's own collections live in a folder each: `collections/preprints/a.md` is /preprints/a/.
  if (collection === "collections") return `/${path}/`;
  if (collection !== "posts") return `/${collection}/${path}/`;
  const title = path.slice(path.lastIndexOf("/") + 1).replace(DATE_PREFIX, "");
  const folders = categories.map(slugify).filter((c) => c !== "");
  return `/${[...folders, title].join("/")}/`;
}

/** Where an entry lives when its front matter names no permalink, as Jekyll and academicpages decide. */
import type { CollectionName } from "./collections.ts";

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})-/;

/** A file's path inside its collection's folder, without the extension: `2024/paper.md` is `2024/paper`. */
export function entryPath(relativeFile: string): string {
  return relativeFile.replace(/\.(md|mdx)$/i, "");
}

/** The date in a `YYYY-MM-DD-` file-name prefix, as Jekyll reads it for posts. */
export function fileNameDate(relativeFile: string): Date | undefined {
  const name = relativeFile.slice(relativeFile.lastIndexOf("/") + 1);
  const match = DATE_PREFIX.exec(name);
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A text as a URL segment: lower case, words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
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

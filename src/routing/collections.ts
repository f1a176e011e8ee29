/**
 * The kinds of content the site holds, where their files are, and which listing page each has.
 * One place for what `content.config.ts`, the content check and the routes need to agree on.
 */
import path from "node:path";
import type { z } from "astro/zod";
import { glob } from "tinyglobby";
import type { ReservedFile } from "./route-plan.ts";
import { collectionEntrySchema } from "#schemas/collections.ts";
import { pageSchema } from "#schemas/pages.ts";
import { newsSchema } from "#schemas/news.ts";
import { portfolioSchema } from "#schemas/portfolio.ts";
import { postSchema } from "#schemas/posts.ts";
import { publicationSchema } from "#schemas/publications.ts";
import { talkSchema } from "#schemas/talks.ts";
import { teachingSchema } from "#schemas/teaching.ts";

export interface CollectionInfo {
  /** The folder of the collection's files, relative to the project folder. */
  dir: string;
  schema: z.ZodType;
  /** The address and title of the page that lists the collection, when it has one. */
  listing?: { path: string; title: string };
}

/** The site settings file that editors edit, relative to the project folder. */
export const SITE_SETTINGS_FILE = "src/data/site.yaml";

/** The places talks were given, with their coordinates (optional), relative to the project folder. */
export const PLACES_FILE = "src/data/places.yaml";

/** The CV, as data that editors edit (optional), relative to the project folder. */
export const CV_FILE = "src/data/cv.yaml";

export const COLLECTIONS = {
  pages: { dir: "src/content/pages", schema: pageSchema },
  publications: {
    dir: "src/content/publications",
    schema: publicationSchema,
    listing: { path: "/publications/", title: "Publications" },
  },
  talks: {
    dir: "src/content/talks",
    schema: talkSchema,
    listing: { path: "/talks/", title: "Talks" },
  },
  teaching: {
    dir: "src/content/teaching",
    schema: teachingSchema,
    listing: { path: "/teaching/", title: "Teaching" },
  },
  portfolio: {
    dir: "src/content/portfolio",
    schema: portfolioSchema,
    listing: { path: "/portfolio/", title: "Portfolio" },
  },
  posts: {
    dir: "src/content/posts",
    schema: postSchema,
    listing: { path: "/year-archive/", title: "Blog posts" },
  },
  news: {
    dir: "src/content/news",
    schema: newsSchema,
    listing: { path: "/news/", title: "News" },
  },
  /** The site's own kinds of entry: one folder each (`collections/preprints/`), a list per folder. */
  collections: { dir: "src/content/collections", schema: collectionEntrySchema },
} as const satisfies Record<string, CollectionInfo>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Whether a name (a page's `listing:`, say) is one of the site's kinds of content. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

/**
 * The endings of Markdown files, as Jekyll reads them: `.md` and what `jekyll new` and older
 * editors write (`.markdown`, `.mkd`, …), in any capitals (`.MD`).
 */
export const MARKDOWN_ENDINGS = ["md", "markdown", "mdown", "mkdn", "mkd", "mkdown"] as const;

/** `ending` as a glob that matches it in any capitals: `md` is `[mM][dD]`. */
function anyCapitals(ending: string): string {
  return ending.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/**
 * Which files in a collection's folder are entries: Markdown (any of `MARKDOWN_ENDINGS`) and MDX
 * (`.mdx`, in small letters: MDX is compiled by its own code, which reads only that), except names
 * starting with `_`.
 */
export const ENTRY_FILES = [
  ...MARKDOWN_ENDINGS.map((ending) => `**/[^_]*.${anyCapitals(ending)}`),
  "**/[^_]*.mdx",
];

const MARKDOWN_FILE = new RegExp(`\\.(${MARKDOWN_ENDINGS.join("|")})$`, "i");

/** Whether a file name (or a file's ending, such as `.Markdown`) is Markdown's. */
export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_FILE.test(name);
}

/**
 * Whether a file that `ENTRY_FILES` finds is an entry: its name ends like Markdown's or in `.mdx`
 * (the glob also finds the files of a folder named `notes.md`).
 */
export function isEntryFile(name: string): boolean {
  return isMarkdownFile(name) || name.endsWith(".mdx");
}

/** The entry files of a collection, by path from its folder, in order; none when there is no folder. */
export async function entryFileNames(root: string, collection: CollectionName): Promise<string[]> {
  return (await glob(ENTRY_FILES, { cwd: path.join(root, COLLECTIONS[collection].dir) })).sort();
}

/** The BibTeX files of the publications folder (`.bib`, in any capitals), by path from the folder. */
export const BIB_FILES = ["**/[^_]*.[bB][iI][bB]"];

/** The `.bib` files of the publications folder, by path from it, in order. */
export async function bibFileNames(root: string): Promise<string[]> {
  return (await glob(BIB_FILES, { cwd: path.join(root, COLLECTIONS.publications.dir) })).sort();
}

/** The address of the page that lists all tags, and of one tag's page. */
export const TAGS_PATH = "/tags/";

/** The address of the feed of posts, as jekyll-feed named it. */
export const FEED_PATH = "/feed.xml";

/** The address of the search page. */
export const SEARCH_PATH = "/search/";

/** The address of the calendar of every talk (`src/pages/talks.ics.ts`). */
export const TALKS_CALENDAR_PATH = "/talks.ics";

/** The address of the sitemap index that @astrojs/sitemap writes (a copy is also at /sitemap.xml). */
export const SITEMAP_PATH = "/sitemap-index.xml";

/**
 * The files the site makes besides its pages, which no page or old address may replace; the 404
 * page only when no page is the 404 page (`permalink: /404.html`).
 */
export function siteFiles({ notFoundPage }: { notFoundPage: boolean }): ReservedFile[] {
  const file = (what: string, output: string) => ({ file: what, address: `/${output}`, output });
  return [
    file("the feed of posts", FEED_PATH.slice(1)),
    file("the sitemap", SITEMAP_PATH.slice(1)),
    file("the sitemap", "sitemap-0.xml"),
    file("the sitemap", "sitemap.xml"),
    file("the robots file", "robots.txt"),
    file("the calendar of talks", TALKS_CALENDAR_PATH.slice(1)),
    ...(notFoundPage ? [] : [file("the 404 page", "404.html")]),
  ];
}

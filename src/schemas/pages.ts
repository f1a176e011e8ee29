/** Front matter of the pages collection (`src/content/pages/`): Jekyll-style, as academicpages writes it. */
import type { z } from "astro/zod";
import { fieldGroup, sitePath, sitePathList, text, yesNo } from "./base.ts";

/**
 * Keys that academicpages pages carry and that are accepted as they are. The layout is chosen by
 * the site, so these have no effect on the page.
 */
export const ACADEMICPAGES_PAGE_KEYS = [
  "layout",
  "modified",
  "last_modified_at",
  "date",
  "classes",
  "toc",
  "toc_label",
  "toc_icon",
  "toc_sticky",
  "share",
  "comments",
  "related",
  "read_time",
  "header",
  "author",
  "seo_title",
  "og_image",
  "image",
  "search",
  "categories",
  "tags",
  "type",
  "collection",
  "lang",
] as const;

export const pageSchema = fieldGroup(
  {
    /** The page's title: the heading, and the first part of the browser tab's title. */
    title: text("text (the page title)"),
    /** Where the page lives on the site, such as `/` or `/research/`. */
    permalink: sitePath(),
    /** A sentence or two about the page, used as its description for search engines. */
    excerpt: text().optional(),
    /** Used as the description when there is no `excerpt`. */
    description: text().optional(),
    /** Whether the author profile is shown beside the page (default `true`). */
    author_profile: yesNo().default(true),
    /** Old addresses of the page; each one gets a page that sends visitors here. */
    redirect_from: sitePathList().default([]),
    /** `false` keeps the page out of the site, as in Jekyll (default `true`). */
    published: yesNo().default(true),
    /** `false` keeps the page out of `sitemap-index.xml` (default `true`). */
    sitemap: yesNo().default(true),
  },
  ACADEMICPAGES_PAGE_KEYS,
);

export type PageData = z.output<typeof pageSchema>;

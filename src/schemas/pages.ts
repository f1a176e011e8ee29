/** Front matter of the pages collection (`src/content/pages/`): Jekyll-style, as academicpages writes it. */
import { z } from "astro/zod";
import { ACADEMICPAGES_COMMON_KEYS, entryFields, expected, fieldGroup, sitePath } from "./base.ts";

/** The lists a page can show. */
export const LISTINGS = [
  "publications",
  "talks",
  "teaching",
  "portfolio",
  "posts",
  "tags",
  "sitemap",
  "selected-publications",
] as const;

/** What `listing` takes, in an editor's words. */
export const LISTING_EXPECTED = `one of ${LISTINGS.map((l) => `"${l}"`).join(", ")}, or the name of a folder in src/content/collections/`;

/** Keys that academicpages pages carry and that have no effect on a page. */
export const ACADEMICPAGES_PAGE_KEYS = [
  ...ACADEMICPAGES_COMMON_KEYS,
  "date",
  "header",
  "categories",
  "tags",
  "type",
  "collection",
] as const;

export const pageSchema = fieldGroup(
  {
    ...entryFields("page"),
    /** Where the page lives on the site, such as `/` or `/research/`. */
    permalink: sitePath(),
    /** A list this page shows below its text, at its own address: `publications`, `talks`, `teaching`, `portfolio`, `posts`, `tags`, `sitemap`, or the name of a folder in `src/content/collections/`. */
    listing: z
      .string(expected(LISTING_EXPECTED))
      .regex(/^[\w-]+$/, {
        error: (issue) => `expected ${LISTING_EXPECTED}, but found "${String(issue.input)}".`,
      })
      .optional(),
  },
  ACADEMICPAGES_PAGE_KEYS,
);

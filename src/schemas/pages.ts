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
] as const;
export type Listing = (typeof LISTINGS)[number];

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
    /** A list this page shows below its text, at its own address: `publications`, `talks`, `teaching`, `portfolio`, `posts`, `tags` or `sitemap`. */
    listing: z
      .enum(LISTINGS, expected(`one of ${LISTINGS.map((l) => `"${l}"`).join(", ")}`))
      .optional(),
  },
  ACADEMICPAGES_PAGE_KEYS,
);

export type PageData = z.output<typeof pageSchema>;

/** Front matter of the pages collection (`src/content/pages/`): Jekyll-style, as academicpages writes it. */
import type { z } from "astro/zod";
import { ACADEMICPAGES_COMMON_KEYS, entryFields, fieldGroup, sitePath } from "./base.ts";

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
  },
  ACADEMICPAGES_PAGE_KEYS,
);

export type PageData = z.output<typeof pageSchema>;

/** Front matter of the pages collection (`src/content/pages/`): Jekyll-style, as academicpages writes it. */
import { z } from "astro/zod";
import { describeValue } from "#core/describe-value.ts";
import {
  ACADEMICPAGES_COMMON_KEYS,
  entryFields,
  expected,
  fieldGroup,
  sitePath,
  yesNo,
} from "./base.ts";

/** What a page can show below its text and list (`sections:`), in the order it names them. */
export const PAGE_SECTIONS = [
  "selected_publications",
  "recent_posts",
  "upcoming_talks",
  "recent_talks",
  "news",
] as const;

export type PageSection = (typeof PAGE_SECTIONS)[number];

const SECTIONS_EXPECTED = `a list of sections, each one of ${PAGE_SECTIONS.map((s) => `"${s}"`).join(", ")}`;

/** A list of sections a page shows, such as `[selected_publications, recent_posts]`. */
export const pageSections = () =>
  z.array(
    z.enum(PAGE_SECTIONS, {
      error: (issue) =>
        `expected one of ${PAGE_SECTIONS.map((s) => `"${s}"`).join(", ")}, but found ${describeValue(issue.input)}.`,
    }),
    expected(SECTIONS_EXPECTED),
  );

/** The lists a page can show. */
export const LISTINGS = [
  "publications",
  "talks",
  "teaching",
  "portfolio",
  "posts",
  "news",
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
    /** A list this page shows below its text, at its own address: `publications`, `talks`, `teaching`, `portfolio`, `posts`, `news`, `tags`, `sitemap`, `selected-publications`, or the name of a folder in `src/content/collections/`. */
    listing: z
      .string(expected(LISTING_EXPECTED))
      .regex(/^[\w-]+$/, {
        error: (issue) => `expected ${LISTING_EXPECTED}, but found "${String(issue.input)}".`,
      })
      .optional(),
    /** Sections shown below the text (and the list), in this order: `selected_publications`, `recent_posts`, `upcoming_talks`, `recent_talks`, `news`. */
    sections: pageSections().optional(),
    /** `true` shows a link to the talk map on this page (as `talkmap_link` in the settings does on the list of talks). */
    talkmap_link: yesNo().optional(),
    /**
     * `false` shows the page without its title as a heading, with the site's title alone in the
     * browser tab, as Jekyll showed a page without a title (default `true`).
     */
    show_title: yesNo().default(true),
  },
  ACADEMICPAGES_PAGE_KEYS,
);

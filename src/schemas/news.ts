/**
 * Front matter of news items (`src/content/news/`): one short Markdown file each. An item without a
 * title is one line of news, shown whole in the lists; an item with a title gets a page of its own.
 */
import {
  ACADEMICPAGES_COMMON_KEYS,
  academicDate,
  entryFields,
  fieldGroup,
  nonEmptyText,
  webAddressOrPath,
} from "./base.ts";

export const newsSchema = fieldGroup(
  {
    ...entryFields("news item"),
    /** A heading: an item with one gets a page of its own; without one, its text is the item. */
    title: nonEmptyText("text (the news item's title)").default(""),
    /** When it happened: a date, a month (`2023-04`) or a year alone. */
    date: academicDate(),
    /** Where to read more: a web address, or a path on this site. */
    link: webAddressOrPath().optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "categories"],
);

/** Front matter of portfolio items (`src/content/portfolio/`), as academicpages writes it. */
import { ACADEMICPAGES_COMMON_KEYS, academicDate, entryFields, fieldGroup, text } from "./base.ts";

export const portfolioSchema = fieldGroup(
  {
    ...entryFields("item"),
    /** `portfolio`, as academicpages writes it. */
    collection: text().optional(),
    /** A date for ordering (optional): a date, or a year alone. */
    date: academicDate().optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "category", "categories", "type"],
);

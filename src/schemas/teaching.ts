/** Front matter of teaching (`src/content/teaching/`), as academicpages writes it. */
import { ACADEMICPAGES_COMMON_KEYS, academicDate, entryFields, fieldGroup, text } from "./base.ts";

export const teachingSchema = fieldGroup(
  {
    ...entryFields("course"),
    /** `teaching`, as academicpages writes it. */
    collection: text().optional(),
    /** The kind of teaching, such as `Undergraduate course`. */
    type: text().optional(),
    /** The institution and department. */
    venue: text().optional(),
    /** When it started: a date, or a year alone. */
    date: academicDate(),
    /** Where, such as a city. */
    location: text().optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "category", "categories"],
);

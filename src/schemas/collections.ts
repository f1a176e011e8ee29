/**
 * Front matter of the site's own collections (`src/content/collections/<name>/`): a kind of entry
 * academicpages does not have, such as preprints, notes or posters, as `_preprints/` held them.
 */
import {
  ACADEMICPAGES_COMMON_KEYS,
  academicDate,
  entryFields,
  fieldGroup,
  text,
  textList,
} from "./base.ts";

export const collectionEntrySchema = fieldGroup(
  {
    ...entryFields("entry"),
    /** The collection's name, as Jekyll writes it (the folder decides here). */
    collection: text().optional(),
    /** The entry's date: a date, a month or a year alone; lists show the newest first. */
    date: academicDate().optional(),
    /** The kind of entry, such as `Poster`. */
    type: text().optional(),
    /** Where it appeared or was given. */
    venue: text().optional(),
    /** Where, such as a city. */
    location: text().optional(),
    /** The authors: one text, or a list with one author each. */
    authors: textList("the authors: a text, or a list with one author each").optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "category", "categories"],
);

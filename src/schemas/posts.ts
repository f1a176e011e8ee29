/** Front matter of blog posts (`src/content/posts/`), as academicpages writes it. */
import {
  ACADEMICPAGES_COMMON_KEYS,
  academicDate,
  entryFields,
  fieldGroup,
  text,
  textList,
  yesNo,
} from "./base.ts";

export const postSchema = fieldGroup(
  {
    ...entryFields("post"),
    /** The date; when not set, it comes from a `YYYY-MM-DD-` file-name prefix, as in Jekyll. */
    date: academicDate().optional(),
    /** Tags: each gets a page listing its posts. */
    tags: textList().default([]),
    /** Categories, as Jekyll writes them. */
    categories: textList().default([]),
    /** `true` keeps the post out of the published site (it still shows in `npm run dev`). */
    draft: yesNo().default(false),
    /** `posts`, as academicpages writes it. */
    collection: text().optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "category", "type"],
);

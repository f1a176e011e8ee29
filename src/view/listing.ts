/** How a list of entries is shown: its groups as sections, and each entry's link and image. */
import { imageSrc, withBase } from "#core/site-paths.ts";
import { slugify } from "#core/text.ts";
import type { Group } from "#routing/listings.ts";

export interface ListSection<E> {
  /** The section's heading, or `""` when the list has no headings. */
  heading: string;
  /** The anchor of the heading (`group-2024`), so that a year or a category can be linked to. */
  id: string;
  entries: E[];
  /** A link to the whole list, below the section. */
  more?: { path: string; label: string } | undefined;
}

/**
 * The sections of a grouped list: under headings when any group has one (categories, years), else
 * plain lists. Anchors are the headings as URL segments: "Journal articles" is `group-journal-articles`.
 */
export function listSections<E>(groups: readonly Group<E>[]): {
  headed: boolean;
  sections: ListSection<E>[];
} {
  return {
    headed: groups.some((group) => group.heading !== ""),
    sections: groups.map(({ heading, entries, more }) => ({
      heading,
      id: `group-${slugify(heading)}`,
      entries,
      ...(more !== undefined && { more }),
    })),
  };
}

export interface ListItem<E> {
  entry: E;
  /** The link to the entry's page, with the base path. */
  href: string;
  /** The small image beside it (`header.teaser`), if any. */
  teaser: string | undefined;
}

/** Each entry of a list with its link and image; `base` is the site's base path. */
export function listItems<E extends { url: string; data: unknown }>(
  entries: readonly E[],
  base: string,
): ListItem<E>[] {
  return entries.map((entry) => ({
    entry,
    href: withBase(base, entry.url),
    teaser: teaserSrc(entry.data, base),
  }));
}

/**
 * A portfolio item's or a post's small image in lists (`header.teaser`), as academicpages names
 * it: a web address as it is, a path on this site with the base path, and a bare file name in
 * `/images/`. `data` is the entry's front matter.
 */
export function teaserSrc(data: unknown, base: string): string | undefined {
  const header =
    typeof data === "object" && data !== null && "header" in data ? data.header : undefined;
  const src =
    typeof header === "object" && header !== null && "teaser" in header ? header.teaser : undefined;
  return typeof src === "string" ? imageSrc(src, base) : undefined;
}

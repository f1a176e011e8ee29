/**
 * A page's table of contents (`toc: true`), made from its headings when it is built: links to
 * each section, no script.
 */
import { plainText } from "#core/text.ts";

/** A heading of the page's text: its level (1–6), its `id`, and its text. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A line of the table of contents, with the lines of the sections below it. */
export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/** The headings of rendered HTML that have an `id` (Markdown's headings all have one). */
export function headingsOf(html: string): Heading[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    ([, depth, slug, inner]) => ({
      depth: Number(depth),
      slug: slug ?? "",
      text: plainText((inner ?? "").replace(/<annotation[\s\S]*?<\/annotation>/g, "")).trim(),
    }),
  );
}

/**
 * The table of contents of a page's headings: the two highest levels the text uses (`##` and `###`
 * on most pages), the lower ones under the higher one before them.
 */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const levels = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b).slice(0, 2);
  const [top, sub] = levels;
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.text === "") continue;
    const item = { id: heading.slug, text: heading.text, children: [] };
    if (heading.depth === top) items.push(item);
    else if (heading.depth === sub) (items.at(-1)?.children ?? items).push(item);
  }
  return items;
}

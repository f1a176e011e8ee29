/** What an entry's page shows as its text. */
import { render } from "astro:content";
import { cacheDir } from "virtual:academic/settings";
import { entryHtml, entryHtmlFile } from "./entry-html.ts";
import type { SiteEntry } from "./site-entries.ts";
import { headingsOf, type Heading } from "#view/toc.ts";

type Content = Awaited<ReturnType<typeof render>>["Content"];

/**
 * An entry's text: in a build, the HTML of Markdown kept beside the content store (`entry-html.ts`);
 * MDX, Markdown with images, and every entry in `astro dev`, as the component Astro renders.
 */
export async function entryContent(entry: SiteEntry): Promise<
  ({ html: string; Content?: undefined } | { html?: undefined; Content: Content }) & {
    headings: Heading[];
  }
> {
  const html = await entryHtml(entryHtmlFile(cacheDir, entry.collection), entry.entry);
  if (html !== undefined) return { html, headings: headingsOf(html) };
  const { Content, headings } = await render(entry.entry);
  return { Content, headings };
}

/** An entry's text as HTML, when it is Markdown; none for MDX, which only renders as a component. */
export async function entryHtmlText(entry: SiteEntry): Promise<string | undefined> {
  const html = await entryHtml(entryHtmlFile(cacheDir, entry.collection), entry.entry);
  const stored = entry.entry.rendered?.html;
  return html ?? (stored === "" ? undefined : stored);
}

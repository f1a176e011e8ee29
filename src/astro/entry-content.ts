/** What an entry's page shows as its text. */
import { render } from "astro:content";
import { cacheDir } from "virtual:academic/settings";
import { entryHtml, entryHtmlFile } from "./entry-html.ts";
import type { SiteEntry } from "./site-entries.ts";

type Content = Awaited<ReturnType<typeof render>>["Content"];

/**
 * An entry's text: in a build, the HTML of Markdown kept beside the content store (`entry-html.ts`);
 * MDX, Markdown with images, and every entry in `astro dev`, as the component Astro renders.
 */
export async function entryContent(
  entry: SiteEntry,
): Promise<{ html: string; Content?: undefined } | { html?: undefined; Content: Content }> {
  const html = await entryHtml(entryHtmlFile(cacheDir, entry.collection), entry.entry);
  return html === undefined ? { Content: (await render(entry.entry)).Content } : { html };
}

/**
 * Markdown that editors write in data files (the CV's summaries and points), rendered as their
 * Markdown files are: links, emphasis, math, and the site's own idioms.
 */
import { markdownToHtml } from "satteri";
import { markdownPlugins } from "./plugins.ts";
import type { SiteAddress } from "./liquid.ts";

/** Markdown text as HTML, in paragraphs and lists. */
export function markdownHtml(text: string, site: SiteAddress): string {
  const result = markdownToHtml(text, {
    mdastPlugins: markdownPlugins(site),
    features: { math: true },
  });
  // The site's plugins (plugins.ts) do their work at once; Sätteri's types allow for ones that wait.
  if (result instanceof Promise) throw new TypeError("A Markdown plugin of the site waits.");
  return result.html.trim();
}

/** Markdown text of one paragraph as HTML without the paragraph around it, for a line or a point. */
export function inlineMarkdownHtml(text: string, site: SiteAddress): string {
  const html = markdownHtml(text, site);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single?.[1] !== undefined && !single[1].includes("<p>") ? single[1].trim() : html;
}

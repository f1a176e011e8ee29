/**
 * Markdown that editors write in data files (the CV's summaries and points), rendered as their
 * Markdown files are: links, emphasis, math, and the site's own idioms. HTML written in it passes
 * the allow-list of excerpts (`safeRichHtml`: inline elements, images, paragraphs), and a link that
 * runs code keeps its text only: a data file may come from a site made by someone else, and its
 * check names what was left out.
 */
import { markdownToHtml, type MdastPluginDefinition } from "satteri";
import { codeAddressScheme, safeRichHtml } from "#core/text.ts";
import { markdownPlugins } from "./plugins.ts";
import type { SiteAddress } from "./liquid.ts";

const allowedHtmlOnly = (): MdastPluginDefinition => ({
  name: "allowed-html-only",
  html(node, ctx) {
    // Comments are left whole, for the plugin that removes them.
    const parts = node.value.split(/(<!--[\s\S]*?(?:-->|$))/);
    const value = parts.map((part, i) => (i % 2 === 1 ? part : safeRichHtml(part))).join("");
    ctx.setProperty(node, "value", value);
  },
  link(node, ctx) {
    if (codeAddressScheme(node.url) !== undefined) ctx.setProperty(node, "url", "");
  },
});

/** Markdown text as HTML, in paragraphs and lists. */
export function markdownHtml(text: string, site: SiteAddress): string {
  const result = markdownToHtml(text, {
    mdastPlugins: [allowedHtmlOnly(), ...markdownPlugins(site)],
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

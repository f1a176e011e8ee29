/**
 * Markdown that editors write in data files (the CV's summaries and points), rendered as their
 * Markdown files are: links, emphasis, math, and the site's own idioms. HTML written in it passes
 * the allow-list of excerpts (`safeRichHtml`: inline elements, images, paragraphs), and a link that
 * runs code keeps its text only: a data file may come from a site made by someone else, and its
 * check names what was left out.
 */
import { markdownToHtml, type MdastPluginDefinition } from "satteri";
import { codeAddressScheme, richHtmlOnly, safeRichHtml } from "#core/text.ts";
import { markdownPlugins } from "./plugins.ts";
import type { SiteAddress } from "./liquid.ts";

const allowedHtmlOnly = (other: "escape" | "drop"): MdastPluginDefinition => ({
  name: "allowed-html-only",
  html(node, ctx) {
    // Comments are left whole, for the plugin that removes them.
    const parts = node.value.split(/(<!--[\s\S]*?(?:-->|$))/);
    const safe = other === "escape" ? safeRichHtml : richHtmlOnly;
    const value = parts.map((part, i) => (i % 2 === 1 ? part : safe(part))).join("");
    ctx.setProperty(node, "value", value);
  },
  link(node, ctx) {
    if (codeAddressScheme(node.url) !== undefined) ctx.setProperty(node, "url", "");
  },
});

/**
 * Markdown text as HTML, in paragraphs and lists. HTML written in it that the allow-list does not
 * take is shown as text (`escape`, for an editor's own text), or taken out, its text kept (`drop`,
 * for an excerpt cut from a page's text).
 */
export function markdownHtml(
  text: string,
  site: SiteAddress,
  other: "escape" | "drop" = "escape",
): string {
  const result = markdownToHtml(text, {
    mdastPlugins: [allowedHtmlOnly(other), ...markdownPlugins(site)],
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

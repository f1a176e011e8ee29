/** Markdown processing that academicpages content needs, as Sätteri plugins. */
import type { MdastPluginDefinition } from "satteri";
import { liquidIdioms, type SiteAddress } from "./liquid.ts";
import { renderMath } from "./math.ts";
import { resolveOnPage, withLeadingSlash } from "#core/site-paths.ts";

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Removes HTML comments (`<!-- … -->`, closed or not) from raw HTML. */
export function withoutComments(html: string): string {
  return html.replace(COMMENT, "");
}

/**
 * HTML comments are an author's hidden drafts: they are removed, so they never reach visitors,
 * not even in the page's source.
 */
export const stripHtmlComments: MdastPluginDefinition = {
  name: "strip-html-comments",
  html(node, ctx) {
    if (!node.value.includes("<!--")) return;
    const value = withoutComments(node.value);
    if (value.trim() === "") ctx.removeNode(node);
    else ctx.setProperty(node, "value", value);
  },
};

/** The permalink in a document's front matter, as a site path. */
function permalinkOf(data: { astro?: { frontmatter?: Record<string, unknown> } }): string {
  const permalink = data.astro?.frontmatter?.["permalink"];
  return typeof permalink === "string" ? withLeadingSlash(permalink) : "/";
}

/**
 * Relative links (`files/cv.pdf`) are resolved on the page's permalink, as a browser does on the
 * page's Jekyll address, so they keep working from every address the page is reached at.
 */
export const resolveRelativeLinks: MdastPluginDefinition = {
  name: "resolve-relative-links",
  link(node, ctx) {
    const url = resolveOnPage(node.url, permalinkOf(ctx.data));
    if (url !== node.url) ctx.setProperty(node, "url", url);
  },
  definition(node, ctx) {
    const url = resolveOnPage(node.url, permalinkOf(ctx.data));
    if (url !== node.url) ctx.setProperty(node, "url", url);
  },
};

/**
 * Every Markdown plugin of the site, in order: Liquid idioms first (they can make links), then
 * comments, links and math.
 */
export function markdownPlugins(site: SiteAddress): MdastPluginDefinition[] {
  return [liquidIdioms(site), stripHtmlComments, resolveRelativeLinks, renderMath];
}

/** Markdown processing that academicpages content needs, as Sätteri plugins. */
import type { MdastPluginDefinition, MdastPluginEntry } from "satteri";
import { liquidIdioms, mayHaveLiquid, type SiteAddress } from "./liquid.ts";
import { renderMath } from "./math.ts";
import { codeLanguages, mayHaveCodeLanguages } from "./code-languages.ts";
import { resolveOnPage, withLeadingSlash } from "#core/site-paths.ts";

/**
 * A text's parts outside HTML comments, for a document read from its start: `open` says whether a
 * comment began earlier and is not closed yet, and is what it says after the text.
 */
export function outsideComments(text: string, open: boolean): { text: string; open: boolean } {
  let visible = "";
  let rest = text;
  let inComment = open;
  while (rest !== "") {
    // In text, "--" may already be an en dash (smart punctuation): "<!–" and "–>".
    const mark = (inComment ? /-->|\u2013>/ : /<!--|<!\u2013/).exec(rest);
    if (mark === null) return { text: inComment ? visible : visible + rest, open: inComment };
    if (!inComment) visible += rest.slice(0, mark.index);
    rest = rest.slice(mark.index + mark[0].length);
    inComment = !inComment;
  }
  return { text: visible, open: inComment };
}

/**
 * HTML comments are an author's hidden drafts: they are removed, so they never reach visitors,
 * not even in the page's source. A comment that a blank line cuts in two (inside an HTML block,
 * or in a paragraph) is followed into the blocks after it, up to its `-->`.
 */
const stripHtmlComments = (): MdastPluginDefinition => {
  let open = false;
  /** The node's value outside comments, or `undefined` when it has none. */
  const strip = (value: string): string | undefined => {
    if (!open && !value.includes("<!")) return undefined;
    const result = outsideComments(value, open);
    open = result.open;
    return result.text === value ? undefined : result.text;
  };
  return {
    name: "strip-html-comments",
    html(node, ctx) {
      const value = strip(node.value);
      if (value === undefined) return;
      if (value.trim() === "") ctx.removeNode(node);
      else ctx.setProperty(node, "value", value);
    },
    text(node, ctx) {
      const value = strip(node.value);
      if (value !== undefined) ctx.setProperty(node, "value", value);
    },
  };
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

/** Whether a text may have an HTML comment. */
export const mayHaveComments = (source: string) => source.includes("<!");

/**
 * Whether a text may have a link that `resolveRelativeLinks` changes: a link or image to an address
 * that is neither full (`https:`, `mailto:`) nor from the site's root (`/`) nor on the page (`#`),
 * or a link definition (`[cv]: files/cv.pdf`), or Liquid, which can make links.
 */
export const mayHaveRelativeLinks = (source: string) =>
  /\]\(\s*<?(?![a-z][a-z\d+.-]*:|\/|#|\))/i.test(source) ||
  /^ {0,3}\[[^\]\n]+\]:/m.test(source) ||
  mayHaveLiquid(source);

/**
 * Every Markdown plugin of the site, in order: Liquid idioms first (they can make links), then
 * comments, links and math. Each is left out of a document that the plugin would not change, as a
 * glance at its text shows: a plugin's visitors cost a call for every node of their kind.
 */
export function markdownPlugins(site: SiteAddress): MdastPluginEntry[] {
  const liquid = liquidIdioms(site);
  return [
    ({ source }) => mayHaveLiquid(source) && liquid,
    // The comment plugin is made for each document, since it follows a comment from node to node.
    ({ source }) => mayHaveComments(source) && stripHtmlComments(),
    ({ source }) => mayHaveRelativeLinks(source) && resolveRelativeLinks,
    ({ source }) => mayHaveCodeLanguages(source) && codeLanguages,
    // Made for each document: a page's TeX definitions hold for the rest of that page.
    () => renderMath(),
  ];
}

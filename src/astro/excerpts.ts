/**
 * Jekyll's excerpts: a document without an `excerpt` field had one all the same, its first
 * paragraph (or its text up to `excerpt_separator`), which lists and page descriptions showed. The
 * loader gives such an entry that excerpt, as HTML, before its front matter is checked.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { jekyllExcerpt } from "#markdown/excerpt.ts";
import { splitFrontMatter } from "#markdown/front-matter.ts";
import { markdownHtml } from "#markdown/text.ts";
import { richHtmlOnly } from "#core/text.ts";
import type { SiteAddress } from "#markdown/liquid.ts";

/** A Markdown file's text after its front matter. */
export function bodyOf(text: string): string {
  const split = splitFrontMatter(text);
  // The body starts after the closing line's line break.
  return split === undefined ? text : split.body.replace(/^\r?\n/, "");
}

/**
 * An excerpt's Markdown as HTML for a list: a heading (a post that starts with one) becomes a
 * paragraph, as lists show excerpts in paragraphs, and elements an excerpt cannot hold (a list, a
 * code block, a table) are taken out, their text kept.
 */
export function excerptHtml(markdown: string, site: SiteAddress): string {
  const html = markdownHtml(markdown, site, "drop")
    .replace(/<h[1-6]\b[^>]*>/g, "<p>")
    .replace(/<\/h[1-6]>/g, "</p>");
  return richHtmlOnly(html)
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** `loader`, giving each entry without an `excerpt` field the excerpt Jekyll gave it. */
export function withJekyllExcerpts(
  loader: Loader,
  { separator, site }: { separator: string | undefined; site: SiteAddress },
): Loader {
  return {
    ...loader,
    load: (context) => {
      const parseData = (async (props) => {
        const { data, filePath } = props;
        if (data["excerpt"] !== undefined || filePath === undefined)
          return context.parseData(props);
        const text = await readFile(fileURLToPath(new URL(filePath, context.config.root)), "utf8");
        const own = data["excerpt_separator"];
        const markdown = jekyllExcerpt(bodyOf(text), typeof own === "string" ? own : separator);
        if (markdown === undefined) return context.parseData(props);
        return context.parseData({
          ...props,
          data: { ...data, excerpt: excerptHtml(markdown, site) },
        });
      }) as typeof context.parseData;
      return loader.load({ ...context, parseData });
    },
  };
}

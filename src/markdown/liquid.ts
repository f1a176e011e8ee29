/**
 * Jekyll's Liquid template tags left in Markdown. The idioms that only name the site's address
 * (`{{ base_path }}`, `{{ site.baseurl }}`, `{% include base_path %}`, `{{ site.url }}`) are replaced
 * by it; any other tag is an error that names the file and the line, so no tag reaches visitors.
 */
import type { Position } from "unist";
import type { MdastPluginDefinition } from "satteri";
import { bodyText } from "./front-matter.ts";
import { proseLines } from "./prose.ts";
import type { Problem } from "#core/problems.ts";

export interface SiteAddress {
  /** The base path, `""` or `/lab`. */
  base: string;
  /** The site's address, such as `https://name.github.io`. */
  url: string;
}

const TAG = /\{\{-?\s*([^}]*?)\s*-?\}\}|\{%-?\s*([\s\S]*?)\s*-?%\}/g;
const BASE = /^(base_path|site\.baseurl)$/;

function replacement(
  output: string | undefined,
  statement: string | undefined,
  site: SiteAddress,
): string | undefined {
  if (output !== undefined) {
    if (BASE.test(output)) return site.base;
    if (output === "site.url") return site.url.replace(/\/+$/, "");
    return undefined;
  }
  return statement !== undefined && /^include\s+base_path$/.test(statement) ? "" : undefined;
}

/** `{{ site.url }}` before a path (`{{ site.url }}/images/x.jpg`, `{{ site.url }}{{ site.baseurl }}/x`). */
const SITE_URL_BEFORE_PATH = /\{\{-?\s*site\.url\s*-?\}\}(?=\/|\{\{)/g;

/**
 * Replaces the address idioms in a text; other tags are left as they are (the content check
 * reports them). The site's address before a path is left out: the link stays on this site, wherever
 * it is served (a preview, a new domain).
 */
export function replaceLiquid(text: string, site: SiteAddress): string {
  return text
    .replace(SITE_URL_BEFORE_PATH, "")
    .replace(
      TAG,
      (tag, output: string | undefined, statement: string | undefined) =>
        replacement(output, statement, site) ?? tag,
    );
}

/** What to write instead of a tag this site cannot run. */
function advice(tag: string, statement: string | undefined): string {
  if (
    statement !== undefined &&
    /^for\s+\w+\s+in\s+site\.(publications|talks|teaching|portfolio|posts)/.test(statement)
  ) {
    return "The lists of publications, talks, teaching, portfolio and posts are pages of their own (/publications/, /talks/, /teaching/, /portfolio/, /year-archive/): remove the loop and link to the list";
  }
  if (statement !== undefined && /^include\s/.test(statement))
    return "Paste what the include showed, or remove the tag";
  if (/\bpage\.title\b/.test(tag)) return "Write the title itself";
  return "Write the text or the link itself, or remove the tag";
}

/** Whether a text may have Liquid (`{{ … }}`, `{% … %}`): most have none, told at a glance. */
export const mayHaveLiquid = (text: string) => /\{[{%]/.test(text);

export interface UnsupportedTag {
  /** The line, counted from 1. */
  line: number;
  tag: string;
  /** What to write instead. */
  advice: string;
}

/** Every Liquid tag in a text that this site does not replace (code blocks and inline code aside). */
export function unsupportedTags(source: string): UnsupportedTag[] {
  const found: UnsupportedTag[] = [];
  if (!mayHaveLiquid(source)) return found;
  // Visitors never get what is in an HTML comment, so a tag there does no harm.
  for (const { line, text } of proseLines(source)) {
    for (const match of text.matchAll(TAG)) {
      const [tag, output, statement] = match;
      if (replacement(output, statement, { base: "", url: "" }) !== undefined) continue;
      found.push({ line, tag, advice: advice(tag, statement) });
    }
  }
  return found;
}

/** Every Liquid tag in a Markdown file that this site does not replace, as a problem with its line. */
export function liquidProblems(source: string, file: string): Problem[] {
  // Jekyll runs no Liquid in front matter, and neither does this site: only the text is checked.
  const text = bodyText(source);
  return unsupportedTags(text).map(({ line, tag, advice: instead }) => ({
    severity: "error",
    file,
    message: `line ${line}: the Jekyll template tag "${tag}" does not work here. ${instead}.`,
  }));
}

/**
 * Puts each tag that this site does not replace into an HTML comment, which visitors never get: so
 * an imported page builds, and the tag waits for a person.
 */
export function hideUnsupportedTags(source: string): string {
  const lines = source.split("\n");
  /** Where the search goes on in each line, so that the same tag twice on a line is hidden twice. */
  const from = new Map<number, number>();
  for (const { line, tag } of unsupportedTags(source)) {
    const text = lines[line - 1] ?? "";
    const at = text.indexOf(tag, from.get(line) ?? 0);
    if (at === -1) continue;
    const hidden = `<!-- ${tag.replaceAll("--", "- -")} -->`;
    lines[line - 1] = `${text.slice(0, at)}${hidden}${text.slice(at + tag.length)}`;
    from.set(line, at + hidden.length);
  }
  return lines.join("\n");
}

/** Replaces the address idioms in paragraphs, headings and HTML before the Markdown is rendered. */
export function liquidIdioms(site: SiteAddress): MdastPluginDefinition {
  const rewrite = (node: { position?: Position | undefined }, source: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const text = source.slice(start, end);
    return mayHaveLiquid(text) ? replaceLiquid(text, site) : undefined;
  };
  return {
    name: "liquid-idioms",
    options: { position: true },
    paragraph(node, ctx) {
      const text = rewrite(node, ctx.source);
      if (text === undefined) return;
      if (text.trim() === "") ctx.removeNode(node);
      else ctx.replaceNode(node, { raw: text, mdxExpressions: false });
    },
    heading(node, ctx) {
      const text = rewrite(node, ctx.source);
      if (text !== undefined) ctx.replaceNode(node, { raw: text, mdxExpressions: false });
    },
    html(node, ctx) {
      if (mayHaveLiquid(node.value))
        ctx.setProperty(node, "value", replaceLiquid(node.value, site));
    },
  };
}

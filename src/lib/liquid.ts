/**
 * Jekyll's Liquid template tags left in Markdown. The idioms that only name the site's address
 * (`{{ base_path }}`, `{{ site.baseurl }}`, `{% include base_path %}`, `{{ site.url }}`) are replaced
 * by it; any other tag is an error that names the file and the line, so no tag reaches visitors.
 */
import type { Position } from "unist";
import type { MdastPluginDefinition } from "satteri";
import type { Problem } from "./problems.ts";

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

/** Replaces the address idioms in a text; other tags are left as they are (the content check reports them). */
export function replaceLiquid(text: string, site: SiteAddress): string {
  return text.replace(
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

/** Every Liquid tag in a Markdown file that this site does not replace, with its line. */
export function liquidProblems(source: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let fence: string | undefined;
  source.split(/\r?\n/).forEach((line, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    for (const match of line.replace(/`[^`]*`/g, "").matchAll(TAG)) {
      const [tag, output, statement] = match;
      if (replacement(output, statement, { base: "", url: "" }) !== undefined) continue;
      problems.push({
        severity: "error",
        file,
        message: `line ${index + 1}: the Jekyll template tag "${tag}" does not work here. ${advice(tag, statement)}.`,
      });
    }
  });
  return problems;
}

/** Replaces the address idioms in paragraphs, headings and HTML before the Markdown is rendered. */
export function liquidIdioms(site: SiteAddress): MdastPluginDefinition {
  const rewrite = (node: { position?: Position | undefined }, source: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const text = source.slice(start, end);
    return text.includes("{{") || text.includes("{%") ? replaceLiquid(text, site) : undefined;
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
      if (node.value.includes("{{") || node.value.includes("{%"))
        ctx.setProperty(node, "value", replaceLiquid(node.value, site));
    },
  };
}

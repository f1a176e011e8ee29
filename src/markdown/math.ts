/**
 * TeX math, rendered at build time by KaTeX as MathML, which browsers draw natively: no script, no
 * web fonts, no inline styles (so the Content-Security-Policy stays strict).
 */
import katex from "katex";
import type { MdastPluginDefinition } from "satteri";
import { escapeHtml, safeInlineHtml } from "#core/text.ts";

/** KaTeX's MathML for a TeX expression; TeX that KaTeX cannot read shows as its source, marked. */
export function renderTex(tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(tex, {
      displayMode,
      output: "mathml",
      throwOnError: true,
      strict: "ignore",
    });
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    return `<code class="tex-error" title="${escapeHtml(error.message)}">${escapeHtml(tex)}</code>`;
  }
}

const MATH = /\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/g;

/** Whether a text holds `$…$` or `$$…$$` math. */
export function hasMath(text: string): boolean {
  MATH.lastIndex = 0;
  return MATH.test(text);
}

/**
 * Renders the math in a text (a title, or a citation) and keeps the rest: escaped when the text is
 * plain (`html: false`); when it may hold HTML (`html: true`), its inline elements stay and anything
 * else is shown as text (`safeInlineHtml`).
 */
export function withMath(text: string, { html }: { html: boolean }): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(MATH)) {
    const rest = text.slice(last, match.index);
    out += html ? safeInlineHtml(rest) : escapeHtml(rest);
    out += match[1] !== undefined ? renderTex(match[1], true) : renderTex(match[2] ?? "", false);
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  return out + (html ? safeInlineHtml(rest) : escapeHtml(rest));
}

/**
 * A text with its math written as the characters KaTeX draws (`$\\alpha$-divergences` is
 * "α-divergences"), for places that show plain text only, such as a link-preview image.
 */
export function mathAsText(text: string): string {
  MATH.lastIndex = 0;
  return text.replace(MATH, (_match, display: string | undefined, inline: string | undefined) =>
    renderTex(display ?? inline ?? "", false)
      .replace(/<annotation[\s\S]*?<\/annotation>/g, "")
      .replace(/<[^>]*>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      // Invisible operators (function application, invisible times) have no glyph to draw.
      .replace(/[\u2061-\u2064]/g, ""),
  );
}

/** `$…$` and `$$…$$` in Markdown bodies, rendered at build time. */
export const renderMath: MdastPluginDefinition = {
  name: "render-math",
  math(node, ctx) {
    ctx.replaceNode(node, { type: "html", value: renderTex(node.value, true) });
  },
  inlineMath(node, ctx) {
    ctx.replaceNode(node, { type: "html", value: renderTex(node.value, false) });
  },
};

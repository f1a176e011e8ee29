/**
 * TeX math, rendered at build time by KaTeX as MathML, which browsers draw natively: no script, no
 * web fonts, no inline styles (so the Content-Security-Policy stays strict). What MathJax read on
 * a Jekyll site reads the same here: its delimiters (`\[…\]`, `\(…\)`, environments, TeX in
 * HTML), its commands that KaTeX lacks, and definitions that hold for the rest of the page.
 */
import { decodeHTML } from "entities";
import katex from "katex";
import type { MdastPluginDefinition } from "satteri";
import { escapeHtml, safeInlineHtml } from "#core/text.ts";

/** MathJax's commands that KaTeX does not have, as KaTeX macros. */
const MATHJAX_MACROS: Readonly<Record<string, string>> = {
  "\\displaylines": "\\begin{gathered}#1\\end{gathered}",
  // A multiplication sign only where MathJax breaks the line there, so none in one line.
  "\\*": "",
};

/** The definitions a page's TeX makes, for the rest of the page: a fresh set for each page. */
export const pageMacros = (): Record<string, string> => ({ ...MATHJAX_MACROS });

/**
 * An array's columns without what LaTeX puts between them (`{l@{\;}c@{}r}` is `{lcr}`): KaTeX
 * reads no `@{…}` or `!{…}`, which MathJax did; the material is spacing, almost always.
 */
export function withoutColumnMaterial(tex: string): string {
  return tex.replace(
    /(\\begin\{(?:array|tabular)\}\s*\{)((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g,
    (_whole, begin: string, columns: string) =>
      `${begin}${columns.replace(/[@!]\s*\{(?:[^{}]|\{[^{}]*\})*\}/g, "")}}`,
  );
}

/**
 * `\newcommand{\R}{…}` and `\renewcommand` as `\gdef`, which MathJax's lets them be: a
 * definition of a name KaTeX already has (`\R`), kept for the page's later TeX. `\label{…}`,
 * which shows nothing, is left out, and `eqnarray` (which KaTeX lacks) is the three-column display
 * array it is.
 */
export function asGlobalDefinitions(tex: string): string {
  // An equation's \label names it for \eqref, which KaTeX does not number; it shows nothing.
  return withoutColumnMaterial(tex.replace(/\\label\s*\{[^{}]*\}/g, ""))
    .replace(/\\begin\{eqnarray\*?\}/g, "\\begin{darray}{rcl}")
    .replace(/\\end\{eqnarray\*?\}/g, "\\end{darray}")
    .replace(
      /\\(?:re)?newcommand\s*\{?\s*(\\[a-zA-Z]+)\s*\}?\s*(?:\[(\d)\])?/g,
      (_command, name: string, count: string | undefined) =>
        `\\gdef${name}${Array.from({ length: Number(count ?? 0) }, (_, i) => `#${i + 1}`).join("")}`,
    );
}

/** How TeX is drawn: MathML only, errors thrown, the page's definitions kept for its later TeX. */
const katexOptions = (displayMode: boolean, macros: Record<string, string>) => ({
  displayMode,
  output: "mathml" as const,
  throwOnError: true,
  strict: "ignore" as const,
  macros,
  globalGroup: true,
});

/**
 * KaTeX's MathML for a TeX expression; TeX that KaTeX cannot read shows as its source, marked.
 * `macros` are the page's, which its definitions add to.
 */
export function renderTex(
  tex: string,
  displayMode: boolean,
  macros: Record<string, string> = pageMacros(),
): string {
  try {
    return katex.renderToString(asGlobalDefinitions(tex), katexOptions(displayMode, macros));
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    return `<code class="tex-error" title="${escapeHtml(error.message)}">${escapeHtml(tex)}</code>`;
  }
}

const MATH = /\$\$([\s\S]+?)\$\$|(?<![\\$])\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/g;

/** Why KaTeX cannot draw a TeX expression, or `undefined` when it can. */
export function texProblem(
  tex: string,
  displayMode: boolean,
  macros: Record<string, string> = pageMacros(),
): string | undefined {
  try {
    katex.renderToString(asGlobalDefinitions(tex), katexOptions(displayMode, macros));
    return undefined;
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    return error.message.replace(/^KaTeX parse error: /, "");
  }
}

/** The `$…$` and `$$…$$` math of a text, in order, with where each begins. */
export function mathIn(text: string): { tex: string; display: boolean; index: number }[] {
  MATH.lastIndex = 0;
  return [...text.matchAll(MATH)].map((match) => ({
    tex: match[1] ?? match[2] ?? "",
    display: match[1] !== undefined,
    index: match.index,
  }));
}

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

/** The TeX MathJax finds in text: `$$…$$`, `\[…\]` and environments display; `\(…\)` inline. */
const DELIMITED =
  /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(\\begin\{([a-zA-Z]+\*?)\}[\s\S]+?\\end\{\5\})/g;

/** Whether a text may hold TeX that MathJax would find in it (a glance, before the work). */
export const mayHaveDelimitedTex = (text: string) => /\$\$|\\[[(]|\\begin\{/.test(text);

/**
 * A text with the TeX MathJax would find in it drawn, as parts: text stays text, TeX becomes HTML.
 * `undefined` when it has none.
 */
export function delimitedTex(
  text: string,
  macros: Record<string, string>,
): ({ text: string } | { html: string })[] | undefined {
  if (!mayHaveDelimitedTex(text)) return undefined;
  const parts: ({ text: string } | { html: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(DELIMITED)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const [, dollars, bracket, parenthesis, environment] = match;
    const tex = dollars ?? bracket ?? environment ?? parenthesis ?? "";
    parts.push({ html: renderTex(tex, parenthesis === undefined, macros) });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Elements whose text MathJax leaves alone. */
const NOT_MATH = /^<(\/?)(pre|code|script|style|textarea|math)\b/i;

/** HTML written in Markdown with the TeX MathJax would find in its text drawn; tags stay. */
export function mathInHtml(html: string, macros: Record<string, string>): string {
  let skipped = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part, index) => {
      if (index % 2 === 1) {
        const tag = NOT_MATH.exec(part);
        if (tag !== null) skipped = Math.max(0, skipped + (tag[1] === "/" ? -1 : 1));
        return part;
      }
      if (skipped > 0) return part;
      const parts = delimitedTex(decodeHTML(part), macros);
      if (parts === undefined) return part;
      return parts.map((p) => ("html" in p ? p.html : escapeHtml(p.text))).join("");
    })
    .join("");
}

/**
 * TeX in Markdown bodies, rendered at build time, as kramdown and MathJax read it: `$…$` and
 * `$$…$$` in text are inline, and a paragraph that holds only `$$…$$` is display math; `\[…\]`,
 * `\(…\)` and `\begin{align}…\end{align}` in text and in HTML are drawn too. A page's
 * `\newcommand` holds for the rest of the page.
 */
export function renderMath(): MdastPluginDefinition {
  const macros = pageMacros();
  return {
    name: "render-math",
    options: { position: true },
    math(node, ctx) {
      ctx.replaceNode(node, { type: "html", value: renderTex(node.value, true, macros) });
    },
    inlineMath(node, ctx) {
      const parent = ctx.parent(node);
      const start = node.position?.start.offset;
      const alone =
        parent.type === "paragraph" &&
        parent.children.filter((child) => child.type !== "text" || child.value.trim() !== "")
          .length === 1;
      if (alone && start !== undefined && ctx.source.startsWith("$$", start))
        ctx.replaceNode(parent, { type: "html", value: renderTex(node.value, true, macros) });
      else ctx.replaceNode(node, { type: "html", value: renderTex(node.value, false, macros) });
    },
    text(node, ctx) {
      const parts = delimitedTex(node.value, macros);
      if (parts === undefined) return;
      ctx.replaceNode(
        node,
        parts.map((p) =>
          "html" in p ? { type: "html", value: p.html } : { type: "text", value: p.text },
        ),
      );
    },
    html(node, ctx) {
      if (!mayHaveDelimitedTex(node.value)) return;
      const value = mathInHtml(node.value, macros);
      if (value !== node.value) ctx.setProperty(node, "value", value);
    },
  };
}

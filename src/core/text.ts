/** Text helpers: plain text for what the head of a page says, and from what a terminal is sent. */

import type { Problem } from "./problems.ts";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * Plain text from a short piece of Markdown or HTML, as a description: tags, Markdown marks and
 * link targets are dropped, entities decoded and white space folded.
 */
export function plainText(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|\*|~~)(\S(?:[\s\S]*?\S)?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])(__|_)(\S(?:[\s\S]*?\S)?)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1]?.toLowerCase() === "x"
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return Number.isNaN(code) ? entity : String.fromCodePoint(code);
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** A name's initials for a portrait placeholder: "Christian F. Baumgartner" is "CB". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && !word.endsWith("."));
  const first = words[0]?.[0] ?? name.trim()[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return `${first}${last}`.toUpperCase();
}

/** Text made safe to put in HTML, in elements and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** MathML elements as KaTeX writes them (`$x^2$` in a title or an excerpt), with their attributes. */
const MATHML_TAGS: Record<string, readonly string[]> = {
  math: ["xmlns", "display"],
  annotation: ["encoding"],
  ...Object.fromEntries(
    ["semantics", "mrow", "msqrt", "mphantom", "mtr", "msup", "msub", "msubsup", "mroot"].map(
      (name) => [name, []],
    ),
  ),
  mi: ["mathvariant"],
  mn: ["mathvariant"],
  mtext: ["mathvariant"],
  mo: ["stretchy", "fence", "separator", "lspace", "rspace", "minsize", "maxsize", "accent"],
  mspace: ["width", "height", "depth"],
  mfrac: ["linethickness"],
  mover: ["accent"],
  munder: ["accentunder"],
  munderover: [],
  mtable: ["rowspacing", "columnalign", "columnspacing", "columnlines", "rowlines", "frame"],
  mtd: ["columnalign"],
  mstyle: ["scriptlevel", "displaystyle", "mathcolor", "mathsize"],
  mpadded: ["width", "height", "depth", "lspace", "voffset"],
  menclose: ["notation"],
};

/** Inline elements a title, venue, citation or bio may use, and the attributes each may keep. */
const INLINE_TAGS: Record<string, readonly string[]> = {
  a: ["href", "title"],
  abbr: ["title"],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: [],
  em: [],
  i: [],
  ins: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  u: [],
  // MathML, as KaTeX draws TeX: elements that show math and run nothing.
  ...MATHML_TAGS,
};

const TAG = /<(\/?)([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([a-z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The elements of an excerpt or a data file's text beyond the inline ones: images and paragraphs
 * (academicpages' excerpts and its sample `cv.json` show a teaser with `<br/><img src=…>`).
 */
const RICH_TAGS: Record<string, readonly string[]> = {
  ...INLINE_TAGS,
  img: ["src", "alt", "title", "width", "height"],
  p: [],
};

/** The scheme of an address as a browser reads it (`java\tscript:` is `javascript`), lower case. */
function schemeOf(href: string): string | undefined {
  // Browsers skip white space and control characters in a scheme (`java\tscript:`).
  let visible = "";
  for (let i = 0; i < href.length; i++) if (href.charCodeAt(i) > 0x20) visible += href.charAt(i);
  return /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]?.toLowerCase();
}

/** Whether a link target is safe to keep: not `javascript:`, `data:` or `vbscript:`. */
function safeHref(href: string): boolean {
  const scheme = schemeOf(href);
  return scheme === undefined || ["http", "https", "mailto"].includes(scheme);
}

/** `javascript`, `vbscript` or `data` when an address runs code or hides a page; else `undefined`. */
export function codeAddressScheme(href: string): string | undefined {
  // A raster picture written into the page runs nothing.
  if (/^\s*data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i.test(href)) return undefined;
  const scheme = schemeOf(href);
  return scheme === "javascript" || scheme === "vbscript" || scheme === "data" ? scheme : undefined;
}

/**
 * A short text that may hold inline HTML (`<em>`, `<a href>`, `<sup>`), made safe to show as HTML:
 * the inline elements stay with only their harmless attributes (no `on…` handlers, no style, no
 * `javascript:` links); any other tag (a `<script>`, an `<img>`) is shown as text; text outside tags
 * stays as it is, entities too.
 */
export function safeInlineHtml(source: string): string {
  return allowedHtml(source, INLINE_TAGS);
}

/** An excerpt or a data file's text, made safe as `safeInlineHtml` makes a title, images too. */
export function safeRichHtml(source: string): string {
  return allowedHtml(source, RICH_TAGS);
}

/**
 * Rendered HTML reduced to what an excerpt may hold: other elements are taken out (a list's items
 * stay as text, a `<pre>` its lines), scripts and styles with their content.
 */
export function richHtmlOnly(source: string): string {
  const plain = source.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "");
  return allowedHtml(plain, RICH_TAGS, "drop");
}

function allowedHtml(
  source: string,
  tags: Record<string, readonly string[]>,
  other: "escape" | "drop" = "escape",
): string {
  let out = "";
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    out += source.slice(last, match.index).replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    last = match.index + match[0].length;
    const [whole, closing, rawName, attributes] = match;
    const name = (rawName ?? "").toLowerCase();
    const allowed = tags[name];
    if (allowed === undefined) {
      out += other === "escape" ? escapeHtml(whole) : " ";
      continue;
    }
    if (closing === "/") {
      out += `</${name}>`;
      continue;
    }
    const kept = [...(attributes ?? "").matchAll(ATTRIBUTE)].flatMap((attribute) => {
      const key = (attribute[1] ?? "").toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
      if (!allowed.includes(key) || ((key === "href" || key === "src") && !safeHref(value)))
        return [];
      return [` ${key}="${value.replaceAll('"', "&quot;").replaceAll("<", "&lt;")}"`];
    });
    out += `<${name}${kept.join("")}>`;
  }
  return out + source.slice(last).replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A text without its accents: "Müller" is "Muller". */
export function withoutAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** A text as a URL segment: lower case, words joined by `-`. */
export function slugify(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The line of a position in a text, counted from 1. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** A text without the colour codes a terminal is sent (Astro colours its log). */
export function withoutColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[\d;]*m/g, "");
}

/** A file's text, when it is UTF-8; else the sentence that says so. */
export function utf8Text(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const message =
      "is not saved as UTF-8 text: it has characters in another encoding (such as Latin-1 or Windows-1252), which would show as question marks. Save it as UTF-8 in your editor.";
    return { ok: false, problem: { severity: "error", file, message } };
  }
}

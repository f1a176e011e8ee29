/**
 * What a built page says, read from its HTML for the import's content check: the words of its main
 * content (not the header, menu, profile or footer), its outbound links, images, headings and
 * equations, and any HTML or Liquid that shows as text. One reader serves both sides: the old
 * site as Jekyll built it (TeX still as text, for MathJax to typeset in the browser) and the new
 * one (TeX drawn as MathML at build time).
 */
import { decodeHTML } from "entities";
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode } from "ultrahtml";
import { querySelector } from "ultrahtml/selector";
import { decodePath } from "#core/site-paths.ts";

/** What a page says, as the content check compares it. */
export interface PageFacts {
  /** How often each word (lower case) occurs, TeX left out. */
  words: Map<string, number>;
  /** The words in reading order, to quote what is missing. */
  sequence: string[];
  /** Links to other sites (`https://…`), in order. */
  links: string[];
  /** Each image by its name without folder, extension or build fingerprint; remote ones whole. */
  images: string[];
  headings: string[];
  displayMath: number;
  inlineMath: number;
  /** TeX that could not be drawn (its source). */
  texErrors: string[];
  /** HTML tags shown as text to visitors (`<div class="x">`). */
  htmlAsText: string[];
  /** Liquid shown as text (`{% include x %}`, `{{ site.title }}`), outside code. */
  liquidAsText: string[];
  /** Markdown links and images shown as text (`[a](https://…)`), outside code. */
  markdownAsText: string[];
  /** Where a redirect page sends visitors, for pages that only redirect. */
  redirect?: string;
}

/** Where a page's main content is, tried in turn: academicpages, minimal-mistakes, al-folio, any. */
const MAIN = [".page__content", ".archive", "#main article", "article", "main", "#main", "body"];
/** What is in the main content but is not the page's own content. */
const CHROME = new Set([
  "nav",
  "aside",
  "footer",
  "script",
  "style",
  "noscript",
  "template",
  "button",
]);
/** Classes of what is not the page's own text: sharing, dates, reading times, the profile, feeds. */
const CHROME_CLASSES = [
  ...["page__share", "page__related", "page__comments", "page__meta", "page__date", "page__footer"],
  ...["sidebar", "pagination", "profile", "rss-subscribe"],
];
/** Elements whose end ends a line of text. */
const BLOCK =
  /^(p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|pre|section|article|header|footer|blockquote|dd|dt|dl|figure|figcaption|center|main|details|summary)$/;

const classes = (node: ElementNode) => (node.attributes["class"] ?? "").split(/\s+/);

/** Math in the text MathJax typesets: display first, so that `$$` is not read as two `$`. */
const DISPLAY_TEX =
  /\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\begin\{([a-zA-Z]+\*?)\}[\s\S]+?\\end\{\1\}/g;
const INLINE_TEX = /\\\([\s\S]+?\\\)/g;
// MathJax reads any `$…$` on one line as math, spaces inside or not.
const DOLLAR_TEX = /(?<![\\$])\$(?!\$)[^$\n]+?(?<![\\$])\$(?!\$)/g;
/** HTML elements written as text: only HTML's own names, so that `optional<bool>` is not one. */
const HTML_TEXT =
  /<\/?(?:a|abbr|article|aside|audio|b|big|blockquote|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|input|ins|kbd|label|li|main|mark|nav|ol|p|pre|q|s|script|section|small|source|span|strong|style|sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|tr|u|ul|video)(?:\s[^<>]*)?\/?>/gi;
const MARKDOWN_TEXT = /!?\[[^\]\n]*\]\((?:https?:|\/|<)[^)\n]*\)/g;
const LIQUID_TEXT = /\{%-?\s*\w+[^%]*%\}|\{\{-?\s*[\w.]+[^}]*\}\}/g;

/** A page's image name, the same on both sides: `/_astro/photo.B4x9Qz.webp` is `photo`. */
export function imageName(src: string): string {
  if (/^https?:\/\//i.test(src)) return decodePath(src.trim());
  const file = src.replace(/[?#].*$/, "").replace(/^.*\//, "");
  let name = decodePath(file).toLowerCase();
  if (src.includes("/_astro/")) name = name.replace(/\.[\w-]{8}(\.\w+)$/, "$1");
  return name.replace(/\.\w+$/, "");
}

/** The text of a page's part, as `prose` (what MathJax reads) and `code`, for the facts. */
interface Reading {
  /** The site's own addresses, whose links are not to other sites. */
  own: (link: string) => boolean;
  prose: string;
  code: string;
  facts: PageFacts;
}

function read(node: ElementNode, reading: Reading, inCode: boolean): void {
  for (const child of node.children) {
    if (child.type === TEXT_NODE) {
      const text = decodeHTML(child.value);
      if (inCode) reading.code += text;
      else reading.prose += text;
      continue;
    }
    if (child.type !== ELEMENT_NODE) continue;
    const name = child.name.toLowerCase();
    const type = child.attributes["type"] ?? "";
    if (name === "script" && type.startsWith("math/tex")) {
      if (type.includes("display")) reading.facts.displayMath++;
      else reading.facts.inlineMath++;
      continue;
    }
    if (CHROME.has(name) || classes(child).some((c) => CHROME_CLASSES.includes(c))) continue;
    if (name === "math") {
      if (child.attributes["display"] === "block") reading.facts.displayMath++;
      else reading.facts.inlineMath++;
      reading.prose += " ";
      continue;
    }
    if (classes(child).includes("tex-error")) {
      reading.facts.texErrors.push(decodeHTML(textOf(child)).slice(0, 60));
      continue;
    }
    const heading = /^h[1-6]$/.test(name) ? squash(withoutTex(decodeHTML(textOf(child)))) : "";
    if (heading !== "") reading.facts.headings.push(heading);
    const href = name === "a" ? decodeHTML(child.attributes["href"] ?? "") : "";
    if (/^https?:\/\//i.test(href) && !reading.own(linkKey(href)))
      reading.facts.links.push(linkKey(href));
    // A link whose text is its address is counted as a link, not as words.
    if (name === "a" && /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(decodeHTML(textOf(child)))) continue;
    if (name === "img" && child.attributes["src"] !== undefined) {
      // An image of the site itself, by its full address, is the site's own file.
      const src = decodeHTML(child.attributes["src"]);
      const own = /^https?:\/\//i.test(src) && reading.own(linkKey(src));
      reading.facts.images.push(imageName(own ? src.replace(/^https?:\/\/[^/]+/i, "") : src));
    }
    // A link's ends are word ends too: themes set tags and names apart by style alone.
    const block = BLOCK.test(name) || (name === "a" && !inCode);
    if (block && !inCode && name !== "pre") reading.prose += "\n";
    read(child, reading, inCode || name === "pre" || name === "code");
    if (block) {
      if (inCode || name === "pre") reading.code += "\n";
      else reading.prose += "\n";
    }
    // Code spans are gathered apart from the prose: each ends a word there.
    if (name === "code" && !inCode) reading.code += "\n";
  }
}

/** An address as links are compared: without its scheme, `www.` and final slash. */
export function linkKey(href: string): string {
  return decodePath(href.trim())
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/^([^/]+)/, (host) => host.toLowerCase())
    .replace(/\/+(?=$|[?#])/, "");
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A heading as headings are compared: its words alone, so that `code` marks do not count. */
const squash = (text: string) => (text.toLowerCase().match(WORD) ?? []).join(" ");

/** An element's text; math (MathML) is left out, as headings are compared without it. */
function textOf(node: ElementNode): string {
  return node.children
    .map((child) =>
      child.type === TEXT_NODE
        ? child.value
        : child.type === ELEMENT_NODE && child.name !== "math"
          ? textOf(child)
          : "",
    )
    .join("");
}

/** A heading's text without its TeX, which the old page left for MathJax. */
const withoutTex = (text: string) =>
  text.replace(DISPLAY_TEX, " ").replace(INLINE_TEX, " ").replace(DOLLAR_TEX, " ");

/**
 * The facts of a built page. `dollars` says whether `$…$` was inline math on the old site
 * (academicpages' MathJax configuration turns it on); the new site's math is already MathML.
 * `main` lists where the main content may be, tried in turn; `hosts` are the site's own
 * (`someone.github.io`), whose links are not counted as links to other sites.
 */
export function pageFacts(
  html: string,
  {
    dollars = false,
    main: where = MAIN,
    hosts = [],
  }: { dollars?: boolean; main?: readonly string[]; hosts?: readonly string[] } = {},
): PageFacts {
  const document = parse(html) as ElementNode;
  const facts: PageFacts = {
    words: new Map(),
    sequence: [],
    links: [],
    images: [],
    headings: [],
    displayMath: 0,
    inlineMath: 0,
    texErrors: [],
    htmlAsText: [],
    liquidAsText: [],
    markdownAsText: [],
  };
  const refresh = querySelector(document, 'meta[http-equiv="refresh" i]') as
    ElementNode | undefined;
  const target = /url=(.+)$/i.exec(refresh?.attributes["content"] ?? "")?.[1];
  if (target !== undefined) facts.redirect = target.trim().replace(/^["']|["']$/g, "");
  const main = where
    .map((selector) => querySelector(document, selector) as ElementNode | undefined)
    .find((node) => node !== undefined);
  if (main === undefined) return facts;
  const own = (link: string) => hosts.some((h) => link === h || link.startsWith(`${h}/`));
  const reading: Reading = { own, prose: "", code: "", facts };
  read(main, reading, false);

  let prose = reading.prose.replace(DISPLAY_TEX, () => {
    facts.displayMath++;
    return " ";
  });
  prose = prose.replace(INLINE_TEX, () => {
    facts.inlineMath++;
    return " ";
  });
  if (dollars)
    prose = prose.replace(DOLLAR_TEX, () => {
      facts.inlineMath++;
      return " ";
    });
  // In code too: HTML that a blank line cut off from its block shows as a code block.
  const shown = `${prose}\n${reading.code}`;
  facts.htmlAsText = [...shown.matchAll(HTML_TEXT)].map((m) => m[0].slice(0, 60));
  // Liquid in code is shown as written here, where Jekyll ran it: the import never changes code.
  facts.liquidAsText = [...prose.matchAll(LIQUID_TEXT)].map((m) => m[0].slice(0, 60));
  facts.markdownAsText = [...prose.matchAll(MARKDOWN_TEXT)].map((m) => m[0].slice(0, 60));
  for (const word of `${prose}\n${reading.code}`.toLowerCase().match(WORD) ?? []) {
    facts.words.set(word, (facts.words.get(word) ?? 0) + 1);
    facts.sequence.push(word);
  }
  return facts;
}

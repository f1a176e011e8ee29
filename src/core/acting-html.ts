/**
 * HTML that acts instead of showing text: elements that load, submit, restyle or send visitors
 * elsewhere (a `<meta http-equiv="refresh">` does so before any security policy can stop it),
 * event handlers, and addresses that run code. Text from data files and front matter is shown
 * through an allow-list, so none of this reaches a page; it is named so that an editor learns why
 * their text shows it as text, and a site made by someone else cannot hide it.
 */

import { codeAddressScheme } from "./text.ts";

/**
 * Addresses that run code instead of leading somewhere, in a link or an attribute. A picture
 * written into the page (`data:image/png;base64,…`) is not one: it is an image, which runs nothing.
 */
export const CODE_ADDRESS =
  /(?:\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*|(?<!!)\[[^\]]*\]\(\s*<?\s*)(javascript|vbscript|data):(?!image\/(?:png|jpe?g|gif|webp|avif)[;,])/i;

const ADDRESS_ATTRIBUTE =
  /\b(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** The elements that load, submit, restyle or send visitors elsewhere. */
const ACTING_NAMES = "script|style|meta|link|base|form|iframe|frame|frameset|object|embed|applet";
const ACTING_ELEMENT = new RegExp(`<(${ACTING_NAMES})\\b`, "gi");
const HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i;
/** `<meta http-equiv="refresh">`, in any spelling: it sends a visitor elsewhere. */
export const REFRESH = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?\s*refresh\b/i;

/**
 * What in `text` acts when a page shows it as HTML, in words ("a <meta> element", "an "onclick"
 * attribute", "a link to a "javascript:" address"), each kind once; none for plain or inline text.
 */
export function actingHtmlList(text: string): string[] {
  if (!/[<:]/.test(text)) return [];
  const found = new Set<string>();
  for (const [, code = ""] of text.matchAll(new RegExp(CODE_ADDRESS, "gi")))
    found.add(`a link to a "${code.toLowerCase()}:" address`);
  // An address as a browser reads it, spaces and control characters in its scheme skipped.
  for (const [, double, single, bare] of text.matchAll(ADDRESS_ATTRIBUTE)) {
    const scheme = codeAddressScheme(double ?? single ?? bare ?? "");
    if (scheme !== undefined) found.add(`a link to a "${scheme}:" address`);
  }
  for (const [, element = ""] of text.matchAll(ACTING_ELEMENT))
    found.add(`a <${element.toLowerCase()}> element`);
  for (const [, handler = ""] of text.matchAll(new RegExp(HANDLER, "gi")))
    found.add(`an "${handler.toLowerCase()}" attribute`);
  return [...found];
}

/** The first of `actingHtmlList`, or `undefined` when nothing in `text` acts. */
export function actingHtml(text: string): string | undefined {
  return actingHtmlList(text)[0];
}

/**
 * `text` with what acts taken out, for the import of a site made by someone else: script and style
 * elements with their content, the other acting elements' tags, event handlers, and the address of
 * a link that runs code (its text stays). `removed` names each kind once, as `actingHtml` does.
 */
export function withoutActingHtml(text: string): { text: string; removed: string[] } {
  const removed = actingHtmlList(text);
  if (removed.length === 0) return { text, removed };
  const out = text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(new RegExp(`</?(?:${ACTING_NAMES})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, "gi"), "")
    .replace(/(<[a-z][^>]*?)\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, "$1")
    .replace(
      /(\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?)\s*(?:javascript|vbscript|data):[^"'\s>]*/gi,
      "$1",
    )
    .replace(
      /(?<!!)\[([^\]]*)\]\(\s*<?\s*(?:javascript|vbscript|data):(?:[^()]|\([^()]*\))*\)/gi,
      "$1",
    );
  // What the patterns above did not take out is shown as text, its code addresses spoilt.
  return actingHtml(out) === undefined
    ? { text: out, removed }
    : {
        text: out.replaceAll("<", "&lt;").replace(/\b(javascript|vbscript|data):/gi, "$1"),
        removed,
      };
}

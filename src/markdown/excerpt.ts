/**
 * Jekyll's excerpt of a document without an `excerpt:` field: its text up to the first
 * `excerpt_separator` (the file's, else the site's, else a blank line: the first paragraph).
 */

/** Jekyll's separator when neither the file nor the settings set one: a blank line. */
export const JEKYLL_EXCERPT_SEPARATOR = "\n\n";

/** The Markdown of a document's excerpt, as Jekyll took it; `undefined` when it has no text. */
export function jekyllExcerpt(
  body: string,
  separator: string = JEKYLL_EXCERPT_SEPARATOR,
): string | undefined {
  const text = body.replace(/\r\n?/g, "\n").replace(/^\s*\n/, "");
  const at = separator === "" ? -1 : text.indexOf(separator);
  const head = (at === -1 ? text : text.slice(0, at)).trim();
  return head === "" ? undefined : head;
}

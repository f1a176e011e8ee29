/**
 * Ruby Liquid (Jekyll's) accepts templates that liquidjs refuses. What it accepts and means
 * something is written as liquidjs reads it; what it accepts and ignores is left out; and a tag
 * that cannot run at all is set aside by itself, so that the rest of its page still runs.
 */
import type { LiquidError } from "liquidjs";

/** A tag the import changed or set aside, by its line in the text (from 1). */
export interface TagChange {
  line: number;
  tag: string;
  /** What was done and why, as the end of a sentence after the tag: "was left out: …". */
  reason: string;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** A tag with `site.data/cv` (outside quotes) as `site.data.cv`, as Ruby Liquid looks names up. */
function slashesAsDots(tag: string): string {
  return tag
    .split(/("[^"]*"|'[^']*')/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/\b([A-Za-z_][\w-]*)\/(?=[A-Za-z_])/g, "$1."),
    )
    .join("");
}

/**
 * A template as liquidjs reads what Ruby Liquid read: `{% assign site.url = … %}` (a name with a
 * dot, which Ruby Liquid stores under that whole name, so that nothing ever reads it) is left out,
 * and `site.data/cv` is `site.data.cv`.
 */
export function asLiquidjs(text: string): { text: string; changes: TagChange[] } {
  const changes: TagChange[] = [];
  const read = text.replace(/\{%(?:[^%]|%(?!\}))*?%\}|\{\{[\s\S]*?\}\}/g, (tag, offset: number) => {
    // Only outputs and tags of expressions: an include's `{{ name }}` and `a/b.html` name a file.
    if (!/^\{\{|^\{%-?\s*(assign|if|elsif|unless|for|case|when|cycle)\b/.test(tag)) return tag;
    // An output written inside a tag (`{% assign x = {{ y | map: "n" }} %}`) is its expression.
    const inner = tag.startsWith("{%") ? tag.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, "$1") : tag;
    const dotted = slashesAsDots(inner);
    if (dotted !== tag)
      changes.push({
        line: lineAt(text, offset),
        tag,
        reason: `was read as ${dotted}, as Jekyll's Liquid read it`,
      });
    return dotted;
  });
  const out = read.replace(
    /\{%-?\s*assign\s+[\w-]+(?:\.[\w-]+|\[[^\]]*\])+\s*=[^%]*?-?%\}/g,
    (tag, offset: number) => {
      changes.push({
        line: lineAt(text, offset),
        tag,
        reason:
          "was left out: it assigns to a name with a dot, which Jekyll's Liquid stores but nothing reads",
      });
      return "";
    },
  );
  return { text: out, changes };
}

/** Where the tag (`{% … %}` or `{{ … }}`) around `offset` begins and ends, if one does. */
export function tagAround(
  text: string,
  offset: number,
): { start: number; end: number } | undefined {
  const start = Math.max(text.lastIndexOf("{%", offset), text.lastIndexOf("{{", offset));
  if (start === -1) return undefined;
  const closing = text.startsWith("{%", start) ? "%}" : "}}";
  const end = text.indexOf(closing, Math.max(start + 2, offset));
  return end === -1 ? undefined : { start, end: end + 2 };
}

/** A character of Unicode's private use area marks where a tag was set aside: no text has it. */
const MARK = "\uE001";

/**
 * Runs `attempt` on the text until it succeeds, each time setting aside the one tag liquidjs
 * stopped at (at most `limit` of them). `restore` puts each set-aside tag back into a result, in
 * an HTML comment. Errors in another template (an include), or without a place, are given up on.
 */
export function withTagsSetAside<T>(
  text: string,
  attempt: (text: string) => T,
  limit = 20,
):
  | { result: T; setAside: TagChange[]; lax: TagChange[]; restore: (rendered: string) => string }
  | { error: Error } {
  const setAside: TagChange[] = [];
  const lax: TagChange[] = [];
  const tags: string[] = [];
  let current = text;
  for (let round = 0; round <= limit; round++) {
    try {
      const result = attempt(current);
      const restore = (rendered: string) =>
        rendered.replace(
          new RegExp(`${MARK}(\\d+)${MARK}`, "g"),
          (_, index: string) => `<!-- ${(tags[Number(index)] ?? "").replaceAll("--", "- -")} -->`,
        );
      return { result, setAside, lax, restore };
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      const token = (error as Partial<LiquidError>).token;
      const around =
        token?.input === current && token.file === undefined
          ? tagAround(current, token.begin)
          : undefined;
      if (around === undefined || round === limit) return { error };
      const tag = current.slice(around.start, around.end);
      // Ruby Liquid's lax parsing reads an output it cannot parse as its first name alone.
      const name = /^\{\{-?\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)/.exec(tag)?.[1];
      if (name !== undefined && tag !== `{{ ${name} }}`) {
        lax.push({
          line: lineAt(current, around.start),
          tag,
          reason: `was read as {{ ${name} }}, as Jekyll's Liquid reads what it cannot parse`,
        });
        current = `${current.slice(0, around.start)}{{ ${name} }}${current.slice(around.end)}`;
        continue;
      }
      setAside.push({
        line: lineAt(current.replace(new RegExp(`${MARK}\\d+${MARK}`, "g"), ""), around.start),
        tag,
        reason: error.message.split(/,? line:\d/)[0] ?? error.message,
      });
      tags.push(tag);
      current = `${current.slice(0, around.start)}${MARK}${tags.length - 1}${MARK}${current.slice(around.end)}`;
    }
  }
  return { error: new Error("too many tags that cannot run") };
}

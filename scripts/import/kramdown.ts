/**
 * kramdown's reading of Markdown, written as CommonMark that renders the same, so that an imported
 * file is plain Markdown an editor can keep editing: HTML blocks run to their closing tag (blank
 * lines and indentation inside them never end them or become code), `markdown="1"` makes an
 * element's content Markdown, and attribute lists are taken out. Code is never changed: fenced and
 * indented code blocks, code spans, and `<pre>` and `<code>` elements.
 */

/** What a line of a Markdown text is: code (never changed), or anything else. */
export type LineKind = "code" | "text";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s/;

/**
 * Each line's kind: lines of fenced code blocks (with their fences), of indented code blocks (four
 * spaces or a tab after a blank line, not continuing a list item), and inside `<pre>…</pre>`.
 */
export function lineKinds(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = [];
  let fence: string | undefined;
  let pre = false;
  let indented = false;
  /** The last line before the current run of blank lines that was not blank. */
  let lastText = "";
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    const blank = line.trim() === "";
    if (fence !== undefined) {
      if (
        marker !== undefined &&
        marker.startsWith(fence.charAt(0)) &&
        marker.length >= fence.length
      )
        fence = undefined;
      kinds.push("code");
      return;
    }
    if (marker !== undefined && !pre) {
      fence = marker;
      kinds.push("code");
      return;
    }
    const previousBlank = index === 0 || (lines[index - 1] ?? "").trim() === "";
    if (/^( {4}|\t)/.test(line) && !blank && !pre) {
      if (indented || (previousBlank && !LIST_ITEM.test(lastText) && !/^\s/.test(lastText)))
        indented = true;
    } else if (!blank) indented = false;
    const opens = /<pre\b/i.test(line);
    const code = indented || pre || opens;
    if (/<\/pre\s*>/i.test(line)) pre = false;
    else if (opens) pre = true;
    kinds.push(code ? "code" : "text");
    if (!blank) lastText = line;
  });
  return kinds;
}

/** A text with its code spans (`` `x` ``) and `<code>…</code>` elements kept out of `change`. */
export function outsideCodeSpans(line: string, change: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+|<code\b[^>]*>[\s\S]*?<\/code>)/i)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join("");
}

/** Elements that begin an HTML block at the start of a line, in kramdown and in CommonMark. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  ...["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details"],
  ...["dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "iframe", "legend", "li"],
  ...["main", "menu", "nav", "noframes", "ol", "optgroup", "option", "p", "search", "section"],
  ...["summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video", "audio"],
]);
/** Whether a line begins with a block element's tag, opening or closing. */
const startsBlock = (line: string) =>
  BLOCK_ELEMENTS.has(/^ {0,3}<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(line)?.[1]?.toLowerCase() ?? "");

/** Elements whose content CommonMark keeps to their closing tag already, blank lines and all. */
const RAW_TEXT = /^(pre|script|style|textarea)$/;

/**
 * The line where the element opened on line `start` closes, or `undefined` when it does not. Tags
 * may run over several lines (`<figure\n  slot="x"\n>`), as Liquid includes write them.
 */
function closingLine(lines: readonly string[], start: number, name: string): number | undefined {
  const text = lines.slice(start).join("\n");
  const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, "gi");
  let depth = 0;
  for (const tag of text.matchAll(tags)) {
    if (tag[2] === "/") continue;
    depth += tag[1] === "/" ? -1 : 1;
    if (depth === 0) return start + text.slice(0, tag.index).split("\n").length - 1;
  }
  return undefined;
}

const MARKDOWN_ATTRIBUTE = /\s+markdown\s*=\s*(["']?)(1|block|span)\1/i;

/**
 * The lines of an HTML block that kramdown kept as HTML, written so that CommonMark keeps them
 * together: no blank line and no indentation (which would end the block, or make code), except
 * inside `<pre>`, where a blank line becomes an empty comment (which is removed when it is built).
 */
function rawBlock(lines: readonly string[], parseBlockHtml: boolean): string[] {
  const out: string[] = [];
  let pre = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    // An element inside with markdown="1" has Markdown inside, as kramdown reads it there too.
    const name = /^\s*<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*\smarkdown\s*=/i.exec(line)?.[1];
    const end = name === undefined || pre ? undefined : closingLine(lines, index, name);
    if (name !== undefined && end !== undefined && MARKDOWN_ATTRIBUTE.test(line)) {
      out.push("", ...markdownBlock(lines.slice(index, end + 1), name, parseBlockHtml), "");
      index = end;
      continue;
    }
    const inPre = pre;
    if (/<\/pre\s*>/i.test(line)) pre = false;
    else if (/<pre\b/i.test(line)) pre = true;
    if (inPre) out.push(line.trim() === "" ? "<!---->" : line);
    else if (line.trim() !== "") out.push(line.trimStart());
  }
  return out;
}

/** Lines with the indentation they all share taken off. */
function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^\s*/.exec(l)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common));
}

/**
 * kramdown's HTML blocks as CommonMark reads the same: a block runs to its element's closing tag,
 * across blank lines; its indented lines stay HTML; an element with `markdown="1"` (or every
 * element, with `parse_block_html: true`) has Markdown inside; and text after the block starts a
 * paragraph of its own. `changed` lists the lines (from 1) where a block that changed begins.
 */
export function kramdownHtmlBlocks(
  body: string,
  parseBlockHtml = false,
): { body: string; changed: number[] } {
  const lines = body.split("\n");
  const kinds = lineKinds(lines);
  const out: string[] = [];
  const changed: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const name = /^ {0,3}<([a-zA-Z][a-zA-Z0-9]*)(?=[\s>/]|$)/.exec(line)?.[1]?.toLowerCase();
    const end =
      kinds[index] === "text" && name !== undefined && BLOCK_ELEMENTS.has(name)
        ? closingLine(lines, index, name)
        : undefined;
    if (name === undefined || end === undefined) {
      out.push(line);
      continue;
    }
    const block = lines.slice(index, end + 1);
    const markdown = MARKDOWN_ATTRIBUTE.test(line) || (parseBlockHtml && !RAW_TEXT.test(name));
    const written = markdown
      ? markdownBlock(block, name, parseBlockHtml)
      : rawBlock(block, parseBlockHtml);
    const next = lines[end + 1];
    // Text after the block (or an inline element, `<span>`) starts a paragraph, as in kramdown.
    if (next !== undefined && next.trim() !== "" && !startsBlock(next)) written.push("");
    if (written.join("\n") !== block.join("\n")) changed.push(index + 1);
    out.push(...written);
    index = end;
  }
  return { body: out.join("\n"), changed };
}

/** An element whose content kramdown read as Markdown: its tags on lines of their own, apart. */
function markdownBlock(block: readonly string[], name: string, parseBlockHtml: boolean): string[] {
  const text = block.join("\n");
  const open = /^\s*<[^>]*>/.exec(text)?.[0] ?? "";
  const close = new RegExp(`</${name}\\s*>(?![\\s\\S]*</${name}\\s*>)`, "i").exec(text);
  if (close === null) return [...block];
  const inner = text.slice(open.length, close.index).replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, "");
  const content = kramdownHtmlBlocks(dedent(inner.split("\n")).join("\n"), parseBlockHtml).body;
  const after = text.slice(close.index + close[0].length).trim();
  return [
    open.trim().replace(MARKDOWN_ATTRIBUTE, ""),
    "",
    ...content.split("\n"),
    "",
    `${close[0]}${after === "" ? "" : ` ${after}`}`,
  ];
}

/** An HTML page's body as Markdown that shows it as it is: no indentation, which would make code. */
export function htmlAsMarkdown(body: string): string {
  const kinds = lineKinds(body.split("\n"));
  let pre = false;
  return body
    .split("\n")
    .map((line, index) => {
      const inPre = pre;
      if (/<\/pre\s*>/i.test(line)) pre = false;
      else if (/<pre\b/i.test(line)) pre = true;
      if (inPre) return line.trim() === "" ? "<!---->" : line;
      return kinds[index] === "code" && !/<pre\b/i.test(line) ? line : line.trimStart();
    })
    .join("\n");
}

/** Something the import did to one line of a file. */
interface LineNote {
  file: string;
  line: number;
  kind: "converted";
  message: string;
}

/**
 * Kramdown attribute lists, outside code. `{: .notice}` (and `.notice--info` and the like) under a
 * paragraph makes it a quote, academicpages' notice box; any other list (`{:target="_blank"}`) is
 * dropped.
 */
export function attributeLists(
  body: string,
  file: string,
  firstLine: number,
): { body: string; notes: LineNote[] } {
  const notes: LineNote[] = [];
  const note = (index: number, message: string) =>
    notes.push({ file, line: firstLine + index, kind: "converted", message });
  const lines = body.split("\n");
  const kinds = lineKinds(lines);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (kinds[index] === "code") return out.push(line);
    const attributes = /^\s*\{:\s*([^}]*)\}\s*$/.exec(line)?.[1]?.trim();
    if (attributes?.includes(".notice") === true) {
      for (let i = out.length - 1; i >= 0 && (out[i] ?? "").trim() !== ""; i--)
        out[i] = `> ${out[i] ?? ""}`;
      note(index, `"{: ${attributes}}" made the paragraph above it a notice (a quote).`);
      return;
    }
    if (attributes !== undefined) {
      note(index, `"{: ${attributes}}" was dropped: attribute lists have no meaning here.`);
      return;
    }
    const inline = outsideCodeSpans(line, (text) =>
      text.replace(/\{:\s*([^}]*)\}/g, (list, found: string) => {
        const blank = /target=["']?_blank/.test(found) ? " (links open in the same tab)" : "";
        note(index, `"${list}" was dropped${blank}.`);
        return "";
      }),
    );
    return out.push(inline);
  });
  return { body: out.join("\n"), notes };
}

/**
 * Link and image addresses with spaces in them (`![](https://x.org/a?label=My Stars)`), which
 * kramdown reads as written and CommonMark does not (the whole link shows as text), written in
 * `<…>` as CommonMark reads them. `lines` are the lines (from 1) changed.
 */
export function spacedLinkTargets(body: string): { body: string; lines: number[] } {
  const lines = body.split("\n");
  const kinds = lineKinds(lines);
  const changed: number[] = [];
  const out = lines.map((line, index) => {
    if (kinds[index] === "code") return line;
    const written = outsideCodeSpans(line, (text) =>
      text.replace(/(?<!\\)\]\(([^()<>\s][^()<>\n]*?)\)/g, (whole, target: string) =>
        /\s/.test(target.trim()) && !/^\S+\s+["'(]/.test(target.trim()) && !target.includes("{")
          ? `](<${target.trim()}>)`
          : whole,
      ),
    );
    if (written !== line) changed.push(index + 1);
    return written;
  });
  return { body: out.join("\n"), lines: changed };
}

/**
 * Text that Liquid left as it was (`{% raw %}`), with its braces written as entities so that no
 * template tag reaches a page, except in code, which shows braces as they are.
 */
export function bracesAsEntities(text: string): string {
  const lines = text.split("\n");
  const kinds = lineKinds(lines);
  return lines
    .map((line, index) =>
      kinds[index] === "code"
        ? line
        : outsideCodeSpans(line, (part) =>
            part.replaceAll("{", "&#123;").replaceAll("}", "&#125;"),
          ),
    )
    .join("\n");
}

/**
 * A text as kramdown read it, written as Markdown that reads the same: its HTML blocks (not in an
 * HTML page, which is HTML already), attribute lists and link addresses with spaces, each change a
 * note with its line (from `firstLine`, the body's first line in the file).
 */
export function kramdownReading(
  text: string,
  options: { file: string; firstLine: number; html: boolean; parseBlockHtml: boolean },
): { body: string; notes: LineNote[] } {
  const { file, firstLine } = options;
  const note = (line: number, message: string): LineNote => ({
    file,
    line: line + firstLine - 1,
    kind: "converted",
    message,
  });
  const blocks = options.html
    ? { body: text, changed: [] }
    : kramdownHtmlBlocks(text, options.parseBlockHtml);
  const lists = attributeLists(blocks.body, file, firstLine);
  const spaced = spacedLinkTargets(lists.body);
  return {
    body: spaced.body,
    notes: [
      ...blocks.changed.map((line) =>
        note(
          line,
          'the HTML block that starts here was written so that it reads as kramdown read it: to its closing tag, without the blank lines and indentation that end a block or make code in Markdown, and with Markdown inside where it had markdown="1".',
        ),
      ),
      ...lists.notes,
      ...spaced.lines.map((line) =>
        note(
          line,
          "a link address with spaces was written in <…>, so that it stays a link, as kramdown read it.",
        ),
      ),
    ],
  };
}

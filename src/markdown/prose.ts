/** The parts of a Markdown text that are neither code nor HTML comments: what the checks look at. */

export interface ProseLine {
  /** The line, counted from 1. */
  line: number;
  /** The line's text without code spans and without what is in an HTML comment. */
  text: string;
}

/**
 * Each line of a Markdown text outside code blocks (``` and ~~~ fences), with its code spans and
 * the parts in HTML comments left out: visitors never get a comment, and code is shown as written.
 */
export function proseLines(text: string): ProseLine[] {
  const lines: ProseLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!inComment && marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    let visible = "";
    let rest = line;
    while (rest !== "") {
      if (inComment) {
        const end = rest.indexOf("-->");
        inComment = end === -1;
        rest = end === -1 ? "" : rest.slice(end + 3);
      } else {
        const start = rest.indexOf("<!--");
        visible += start === -1 ? rest : rest.slice(0, start);
        inComment = start !== -1;
        rest = start === -1 ? "" : rest.slice(start + 4);
      }
    }
    lines.push({ line: index + 1, text: visible.replace(/`[^`]*`/g, "") });
  });
  return lines;
}

/** Line numbers as an editor reads them: "line 4", "lines 4 and 9", "lines 4, 9 and 12". */
export function lineList(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${String(lines[0])}`;
  return `lines ${lines.slice(0, -1).join(", ")} and ${String(lines.at(-1))}`;
}

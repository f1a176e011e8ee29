/**
 * Jekyll's reading of `_data/*.csv` and `*.tsv`: a list of rows, each a record by the header row's
 * names (Ruby's CSV with `headers: true`). Quoted fields may hold the separator, line breaks and
 * doubled quotes (`""`).
 */

/** The fields of each line of a CSV (or TSV, with a tab as `separator`) text. */
export function csvRows(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quoted) {
      if (char === '"' && source.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The records of a CSV text with a header row; an empty field is `null`, as Ruby's CSV reads it. */
export function csvRecords(text: string, separator = ","): Record<string, string | null>[] {
  const [header = [], ...rows] = csvRows(text, separator);
  return rows
    .filter((row) => row.some((field) => field !== ""))
    .map((row) =>
      Object.fromEntries(header.map((name, i) => [name, (row[i] ?? "") === "" ? null : row[i]])),
    ) as Record<string, string | null>[];
}

/** Data written as JavaScript source, for a module that hands it to pages (a virtual module). */

/**
 * `value` as a JavaScript expression that evaluates to an equal value: JSON, except that a date
 * stays a date (`new Date(…)`, to the millisecond, where a date's precision is kept).
 */
export function jsSource(value: unknown): string {
  if (value instanceof Date) return `new Date(${String(value.getTime())})`;
  if (Array.isArray(value)) return `[${value.map(jsSource).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => `${JSON.stringify(key)}:${jsSource(field)}`);
    return `{${fields.join(",")}}`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

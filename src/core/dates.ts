/** How dates and short facts read on the site. */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * How much of a date the editor wrote: a year alone (`2024`), a year and month (`2024-05`), or a
 * day. A date is read as midnight UTC; the precision is kept in its milliseconds (1 for a year,
 * 2 for a month), which no date written in front matter has.
 */
export type DatePrecision = "year" | "month" | "day";

/** The date at the start of a year or month, marked with how much of it was written. */
export function partialDate(year: number, month?: number): Date {
  return new Date(Date.UTC(year, (month ?? 1) - 1, 1, 0, 0, 0, month === undefined ? 1 : 2));
}

/** The years a date may have: four digits, so that `0`, `-5` or `20245` is never a date. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** Whether a year, month and day make a date of the years read here (no 30 February). */
function realDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and a day with a time (`2024-05-31 10:00:00 +0200`). */
const WRITTEN_DATE =
  /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/**
 * A date as editors write it, read in one way for front matter, data files and BibTeX: a year
 * (`2024`, a number or a text), a month (`2024-05`), a day (`2024-05-31`, or a YAML date), or a
 * day with a time, in the years 1000 to 9999. Anything else (`0`, `-5`, `"5"`, `"spring 2019"`,
 * `2024-02-30`) is `undefined`: never guessed into another date.
 */
export function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(value.getTime()) || year < FIRST_YEAR || year > LAST_YEAR
      ? undefined
      : value;
  }
  if (typeof value === "number") return realDay(value, 1, 1) ? partialDate(value) : undefined;
  if (typeof value !== "string") return undefined;
  const match = WRITTEN_DATE.exec(value.trim());
  if (match === null) return undefined;
  const [, year = "", month, day, hour, minute, second, zone] = match;
  if (!realDay(Number(year), Number(month ?? 1), Number(day ?? 1))) return undefined;
  if (month === undefined) return partialDate(Number(year));
  if (day === undefined) return partialDate(Number(year), Number(month));
  if (hour === undefined) return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number(hour) > 23) return undefined;
  const offset =
    zone === undefined || zone.toUpperCase() === "Z"
      ? "Z"
      : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}T${hour.padStart(2, "0")}:${minute ?? "00"}:${second ?? "00"}${offset}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function datePrecision(date: Date): DatePrecision {
  const marker = date.getUTCMilliseconds();
  return marker === 1 ? "year" : marker === 2 ? "month" : "day";
}

/**
 * A date as readers of the site's language write it: "31 May 2024" (`en-GB`), "May 31, 2024"
 * (`en-US`); "2024" or "May 2024" when only that much was written.
 */
export function formatDate(date: Date, locale: string): string {
  const precision = datePrecision(date);
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      ...(precision !== "year" && { month: "long" }),
      ...(precision === "day" && { day: "numeric" }),
      timeZone: "UTC",
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/** A date as `YYYY-MM-DD` (`YYYY` or `YYYY-MM` when only that much was written), for `<time datetime>`. */
export function isoDate(date: Date): string {
  const precision = datePrecision(date);
  return date.toISOString().slice(0, precision === "year" ? 4 : precision === "month" ? 7 : 10);
}

/** A date of a CV, or "present" (written so, it stays present: it is not the day of the build). */
export type DateOrPresent = Date | "present";

/**
 * When something lasted, as a CV writes it: "2019–2023", "2019–present", "May 2019 – June 2023",
 * one date alone when only one is known, and none when neither is. A range with spaces in its
 * dates gets spaces around its dash.
 */
export function dateRange(
  start: DateOrPresent | undefined,
  end: DateOrPresent | undefined,
  locale: string,
): string | undefined {
  const shown = (date: DateOrPresent) =>
    date === "present" ? "present" : formatDate(date, locale);
  if (start === undefined || end === undefined) {
    const only = start ?? end;
    return only === undefined ? undefined : shown(only);
  }
  const [from, to] = [shown(start), shown(end)];
  if (from === to) return from;
  return /\s/.test(from) || /\s/.test(to) ? `${from} – ${to}` : `${from}–${to}`;
}

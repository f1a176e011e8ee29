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

/** How dates and short facts read on the site. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date as readers of the site's language write it: "31 May 2024" (`en-GB`), "May 31, 2024" (`en-US`). */
export function formatDate(date: Date, locale: string): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    formats.set(locale, format);
  }
  return format.format(date);
}

/** A date as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Talk at MICCAI 2024", "Talk", "MICCAI 2024", or nothing: the kind of a talk and where it was. */
export function kindAtVenue(
  kind: string | undefined,
  venue: string | undefined,
): string | undefined {
  if (kind !== undefined && venue !== undefined) return `${kind} at ${venue}`;
  return kind ?? venue;
}

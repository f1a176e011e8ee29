/**
 * Talks as calendar entries (iCalendar, RFC 5545, written by the `ics` package): one event per talk
 * with its title, day (and time, when the date has one), place, address and description, in a file
 * beside the talk's page, and every talk in one calendar.
 */
import { createEvent, createEvents, type EventAttributes } from "ics";
import { datePrecision } from "#core/dates.ts";
import { plainText } from "#core/text.ts";
import { calendarPath } from "#routing/generated.ts";

/** A talk as its calendar entry needs it. */
export interface CalendarTalk {
  title: string;
  date: Date;
  /** The talk's page, as a full address. */
  url: string;
  venue?: string | undefined;
  location?: string | undefined;
  /** A sentence about the talk (its excerpt), as text or HTML. */
  description?: string | undefined;
  coordinates?: { lat: number; lng: number } | undefined;
}

/** Whether a date carries a time of day: a day written with a time, not at midnight UTC. */
function hasTime(date: Date): boolean {
  return (
    datePrecision(date) === "day" &&
    date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0
  );
}

/**
 * A talk's event: on its day (an event of the whole day), or at its time, in UTC, for an hour. A
 * year or a month alone is the first day of it, as its page lists it.
 */
export function talkEvent(talk: CalendarTalk, host: string): EventAttributes {
  const { date } = talk;
  const where = [talk.venue, talk.location].filter((part) => part !== undefined).join(", ");
  // DTSTAMP is the talk's date rather than the time of the build, so that an unchanged talk's file
  // is the same in every build (and copied by the incremental build); `ics` takes it as `timestamp`.
  const stamp = { timestamp: date.getTime() };
  const common = {
    ...stamp,
    title: plainText(talk.title),
    url: talk.url,
    uid: `${calendarPath(new URL(talk.url).pathname).slice(1)}@${host}`,
    productId: host,
    ...(where !== "" && { location: plainText(where) }),
    ...(talk.description !== undefined && { description: plainText(talk.description) }),
    ...(talk.coordinates !== undefined && {
      geo: { lat: talk.coordinates.lat, lon: talk.coordinates.lng },
    }),
  };
  if (hasTime(date))
    return {
      ...common,
      start: date.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      duration: { hours: 1 },
    };
  // A day's event ends with the next day (DTEND), as calendars write it.
  const day = (at: Date): [number, number, number] => [
    at.getUTCFullYear(),
    at.getUTCMonth() + 1,
    at.getUTCDate(),
  ];
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
  return { ...common, start: day(date), end: day(next) };
}

/** The text of a calendar with one talk. */
export function talkCalendar(talk: CalendarTalk, host: string): string {
  return calendarText(createEvent(talkEvent(talk, host)));
}

/** The text of a calendar with every talk, named after the site. */
export function talksCalendar(talks: readonly CalendarTalk[], host: string, name: string): string {
  return calendarText(
    createEvents(
      talks.map((talk) => talkEvent(talk, host)),
      { productId: host, calName: `${name}: talks` },
    ),
  );
}

function calendarText({ error, value }: { error: Error | null; value: string | null }): string {
  if (error !== null || value === null) throw error ?? new Error("No calendar was written.");
  return value;
}

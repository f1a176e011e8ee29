import assert from "node:assert/strict";
import { test } from "node:test";
import { partialDate } from "#core/dates.ts";
import { talkCalendar, talkEvent, talksCalendar } from "./calendar.ts";

const TALK = {
  title: "On <em>uncertainty</em>",
  date: new Date(Date.UTC(2024, 4, 10)),
  url: "https://ada.example.org/talks/keynote/",
  venue: "MICCAI",
  location: "Marrakesh",
  description: "A <b>keynote</b>.",
  coordinates: { lat: 31.63, lng: -8.0 },
};

test("an event of the whole day, or of an hour at the time the date gives", () => {
  const day = talkEvent(TALK, "ada.example.org");
  assert.deepEqual(day, {
    timestamp: Date.UTC(2024, 4, 10),
    title: "On uncertainty",
    url: TALK.url,
    uid: "talks/keynote.ics@ada.example.org",
    productId: "ada.example.org",
    location: "MICCAI, Marrakesh",
    description: "A keynote.",
    geo: { lat: 31.63, lon: -8 },
    start: [2024, 5, 10],
    end: [2024, 5, 11],
  });
  const timed = talkEvent({ ...TALK, date: new Date("2024-05-10T14:30:00+02:00") }, "h");
  assert.deepEqual(
    [timed.start, "duration" in timed && timed.duration],
    [Date.UTC(2024, 4, 10, 12, 30), { hours: 1 }],
  );
  const month = talkEvent({ ...TALK, date: partialDate(2024, 5) }, "h");
  assert.deepEqual(month.start, [2024, 5, 1]);
});

test("calendars in RFC 5545's form: CRLF lines, an event per talk", () => {
  const one = talkCalendar(TALK, "ada.example.org");
  assert.match(one, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(one, /\r\nDTSTART;VALUE=DATE:20240510\r\n/);
  assert.match(one, /\r\nDTEND;VALUE=DATE:20240511\r\n/);
  // The same talk makes the same file in every build.
  assert.equal(talkCalendar(TALK, "ada.example.org"), one);
  assert.match(one, /\r\nEND:VCALENDAR\r\n?$/);
  const all = talksCalendar(
    [TALK, { ...TALK, url: "https://ada.example.org/talks/b/" }],
    "h",
    "Ada",
  );
  assert.equal(all.match(/BEGIN:VEVENT/g)?.length, 2);
  assert.match(all, /X-WR-CALNAME:Ada: talks/);
});

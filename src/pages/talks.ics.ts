import type { APIRoute } from "astro";
import settings from "virtual:academic/settings";
import { talksCalendar } from "#view/calendar.ts";
import { calendarTalks } from "#astro/talks.ts";

/** Every talk with a date, in one calendar to subscribe to. */
export const GET: APIRoute = async () =>
  new Response(
    talksCalendar(
      (await calendarTalks()).map(({ event }) => event),
      new URL(settings.url).host,
      settings.title,
    ),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import settings from "virtual:academic/settings";
import { calendarPath, talkCalendar } from "#view/calendar.ts";
import { calendarTalks } from "#astro/talks.ts";

/** A calendar file beside each talk's page that has a date: `/talks/keynote.ics`. */
export const getStaticPaths = (async () =>
  (await calendarTalks()).map(({ talk, event }) => ({
    params: { talk: calendarPath(talk.url).slice(1, -".ics".length) },
    props: { event },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(talkCalendar(props.event, new URL(settings.url).host), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });

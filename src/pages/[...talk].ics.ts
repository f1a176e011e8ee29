import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import settings from "virtual:academic/settings";
import { textCacheKey } from "#routing/page-cache.ts";
import { calendarPath, talkCalendar } from "#view/calendar.ts";
import { calendarTalks } from "#astro/talks.ts";

/** A calendar file beside each talk's page that has a date: `/talks/keynote.ics`. */
export const getStaticPaths = (async () => {
  const host = new URL(settings.url).host;
  return (await calendarTalks()).map(({ talk, event }) => {
    const text = talkCalendar(event, host);
    return {
      params: { talk: calendarPath(talk.url).slice(1, -".ics".length) },
      props: { text },
      // The file is its own key: an unchanged one is copied from the last build.
      cacheKey: textCacheKey(text),
    };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.text, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });

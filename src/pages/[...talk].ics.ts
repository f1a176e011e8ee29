import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import settings from "virtual:academic/settings";
import { TALKS_CALENDAR_PATH } from "#routing/collections.ts";
import { textCacheKey } from "#routing/page-cache.ts";
import { calendarPath } from "#routing/generated.ts";
import { talkCalendar, talksCalendar } from "#view/calendar.ts";
import { calendarTalks } from "#astro/talks.ts";

/**
 * A calendar file beside each talk's page that has a date (`/talks/keynote.ics`), and `/talks.ics`
 * with every talk; none when the site has no dated talks.
 */
export const getStaticPaths = (async () => {
  const host = new URL(settings.url).host;
  const talks = await calendarTalks();
  const file = (address: string, text: string) => ({
    params: { talk: address.slice(1, -".ics".length) },
    props: { text },
    // The file is its own key: an unchanged one is copied from the last build.
    cacheKey: textCacheKey(text),
  });
  return [
    ...talks.map(({ talk, event }) => file(calendarPath(talk.url), talkCalendar(event, host))),
    ...(talks.length === 0
      ? []
      : [
          file(
            TALKS_CALENDAR_PATH,
            talksCalendar(
              talks.map(({ event }) => event),
              host,
              settings.title,
            ),
          ),
        ]),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.text, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });

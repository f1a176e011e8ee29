/** The talk map and the talks' calendars, from the talks, the places (`places.yaml`) and the settings. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import places from "virtual:academic/places";
import settings, { root, talkMapPath } from "virtual:academic/settings";
import { newestFirst } from "#routing/listings.ts";
import { pageCacheKey } from "#routing/page-cache.ts";
import { mapPlaces, talkPlace, type MapPlace } from "#routing/talk-places.ts";
import type { CalendarTalk } from "#view/calendar.ts";
import { absoluteUrl } from "#view/page-meta.ts";
import { talkMapView, type LandTopology, type TalkMapView } from "#view/talk-map.ts";
import { siteEntries, type SiteEntryOf } from "./site-entries.ts";
import { sharedFacts } from "./site-pages.ts";

type Talk = SiteEntryOf<"talks">;

export interface TalkMapPage {
  path: string;
  view: TalkMapView;
  /** Each place, with its talks, newest first. */
  places: MapPlace<Talk>[];
  cacheKey: string | undefined;
}

/** Natural Earth's land, as world-atlas ships it (`land-110m` or `land-50m`). */
async function land(name: "land-110m" | "land-50m"): Promise<LandTopology> {
  const file = createRequire(path.join(root, "package.json")).resolve(`world-atlas/${name}.json`);
  return JSON.parse(await readFile(file, "utf8")) as LandTopology;
}

/** The talks that are on the map, by place; none when the site has no talk map. */
async function placedTalks(): Promise<{ talks: Talk[]; placed: MapPlace<Talk>[] }> {
  const talks = newestFirst(await siteEntries("talks"));
  return {
    talks,
    placed: talkMapPath === null ? [] : mapPlaces(talks, (talk) => talk.data, places),
  };
}

/** The talk map's address, or none when no talk has a place. */
export async function talkMapAddress(): Promise<string | undefined> {
  const { placed } = await placedTalks();
  return placed.length === 0 || talkMapPath === null ? undefined : talkMapPath;
}

/** The talk map, or none when no talk has a place. */
export async function talkMapPage(): Promise<TalkMapPage | undefined> {
  const { talks, placed } = await placedTalks();
  if (talkMapPath === null || placed.length === 0) return undefined;
  const view = talkMapView(
    placed.map((place) => ({ ...place, count: place.talks.length })),
    await land("land-110m"),
    await land("land-50m"),
  );
  return {
    path: talkMapPath,
    view,
    places: placed,
    cacheKey: pageCacheKey(talkMapPath, await sharedFacts(), talks),
  };
}

/** The talks that have a date, as calendar entries. */
export async function calendarTalks(): Promise<{ talk: Talk; event: CalendarTalk }[]> {
  return newestFirst(await siteEntries("talks")).flatMap((talk) => {
    if (talk.date === undefined) return [];
    const found = talkPlace(talk.data, places);
    const event: CalendarTalk = {
      title: talk.data.title,
      date: talk.date,
      url: absoluteUrl(talk.url, settings),
      venue: talk.data.venue,
      location: talk.data.location,
      description: talk.data.excerpt ?? talk.data.description,
      ...(found.kind === "place" && { coordinates: { lat: found.lat, lng: found.lng } }),
    };
    return [{ talk, event }];
  });
}

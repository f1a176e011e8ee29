/**
 * academicpages' talk map data as this site's `src/data/places.yaml`: the coordinates its notebook
 * or script found for each talk's `location` (`talkmap/org-locations.js`, in any of the shapes
 * academicpages has written it, and the cache `talkmap/location-coordinates.json`). Nothing is
 * looked up over the network: a location without coordinates is reported.
 */
import yaml from "js-yaml";
import { isRecord } from "./jekyll-site.ts";

export interface Coordinates {
  lat: number;
  lng: number;
}

/** The files academicpages keeps the talk map's data in, from the site's folder. */
export const TALKMAP_FILES = ["talkmap/location-coordinates.json", "talkmap/org-locations.js"];

/** A talk's location as its popup on the old map wrote it: "Title<br />Venue; City" is "City". */
export function popupLocation(popup: string): string {
  const afterTitle = popup.split(/<br\s*\/?>/i).at(-1) ?? popup;
  const location = afterTitle.includes("; ") ? (afterTitle.split("; ").at(-1) ?? "") : afterTitle;
  return location.replace(/<[^>]*>/g, "").trim();
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= limit;

/** The coordinates in `talkmap/location-coordinates.json`: `{ "City": { latitude, longitude } }`. */
export function placesFromCoordinatesJson(text: string): Map<string, Coordinates> {
  const places = new Map<string, Coordinates>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return places;
  }
  if (!isRecord(data)) return places;
  for (const [name, value] of Object.entries(data)) {
    if (!isRecord(value)) continue;
    const { latitude, longitude } = value;
    if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180))
      places.set(name, { lat: latitude, lng: longitude });
  }
  return places;
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
/** `["Popup", 47.3, 8.5]`, as the notebook's `addressPoints` lists them. */
const POINT = new RegExp(
  String.raw`\[\s*(${STRING})\s*,\s*(${NUMBER})\s*,\s*(${NUMBER})\s*\]`,
  "g",
);
/** `"label": "City", "latitude": 47.3, "longitude": 8.5`, as newer scripts write `talkMapData`. */
const LABELLED = new RegExp(
  String.raw`"label"\s*:\s*(${STRING})\s*,\s*"latitude"\s*:\s*(${NUMBER})\s*,\s*"longitude"\s*:\s*(${NUMBER})`,
  "g",
);

/**
 * The value of a JavaScript string literal in double quotes, read as data (the file is never run):
 * JSON's escapes and JavaScript's `\xHH`, `\'`, `\v` and `\0`; `undefined` for anything else.
 */
export function jsString(quoted: string): string | undefined {
  const json = quoted.replace(/\\(x[0-9a-fA-F]{2}|'|v|0(?!\d))|\\\\/g, (escape, code?: string) =>
    code === undefined
      ? escape
      : code === "'"
        ? "'"
        : `\\u${code === "v" ? "000b" : code === "0" ? "0000" : `00${code.slice(1)}`}`,
  );
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The coordinates in `talkmap/org-locations.js`, by the location each popup names. */
export function placesFromOrgLocations(text: string): Map<string, Coordinates> {
  const places = new Map<string, Coordinates>();
  for (const [pattern, name] of [
    [POINT, popupLocation],
    [LABELLED, (label: string) => label.trim()],
  ] as const) {
    for (const [, quoted = '""', lat, lng] of text.matchAll(pattern)) {
      const [latitude, longitude] = [Number(lat), Number(lng)];
      const text = jsString(quoted);
      const location = text === undefined ? "" : name(text);
      if (location !== "" && isCoordinate(latitude, 90) && isCoordinate(longitude, 180))
        places.set(location, { lat: latitude, lng: longitude });
    }
  }
  return places;
}

/** Whether a page's text shows academicpages' talk map (its `<iframe>` of `talkmap/map.html`). */
export function showsTalkMap(body: string): boolean {
  return body.includes("talkmap/map.html");
}

/** places.yaml's text: a line on where it came from, then each place, by name. */
export function placesYaml(
  places: ReadonlyMap<string, Coordinates>,
  from: readonly string[],
): string {
  const data = Object.fromEntries(
    [...places]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, at]) => [name, { lat: at.lat, lng: at.lng }]),
  );
  return `# The places of talks, from ${from.join(" and ")} at import: each a talk's location, with its\n# latitude and longitude. See the README ("Talks on a map and in calendars").\n${yaml.dump(data, { lineWidth: 100, flowLevel: 1 })}`;
}

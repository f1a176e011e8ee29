/**
 * Where each talk was given, as the talk map needs it: its own `lat` and `lng`, else the place of
 * `src/data/places.yaml` that its `place:` names, else the one named as its `location`. Talks given
 * online have no place; talks whose place is not known are listed, never guessed.
 */
import { slugify } from "#core/text.ts";

/** The places of `places.yaml`, by name. */
export type PlaceTable = Readonly<
  Record<string, { lat: number; lng: number; label?: string | undefined }>
>;

/** What a talk says of where it was given. */
export interface TalkWhere {
  location?: string | undefined;
  place?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
}

/** A place on the map, with the talks given there. */
export interface MapPlace<T> {
  /** The anchor of its list of talks (`place-zurich`). */
  id: string;
  /** Its name, as the map shows it. */
  label: string;
  lat: number;
  lng: number;
  talks: T[];
}

/** Where a talk was given, as far as the site knows. */
export type TalkPlace =
  | { kind: "place"; key: string; label: string; lat: number; lng: number }
  | { kind: "online" }
  /** `place:` names a place that `places.yaml` does not have. */
  | { kind: "no-such-place"; place: string }
  /** Its `location` is no place of `places.yaml`. */
  | { kind: "unknown"; location: string }
  | { kind: "nowhere" };

/** Words that say a talk was given online: it has no place on the map. */
const ONLINE = /\b(online|virtual|zoom|remote|webinar|web-?based)\b/i;

/** A name as places are matched by: small letters, single spaces. */
const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

/** The place of `places` called `name`, written exactly so or in other capitals and spacing. */
function findPlace(places: PlaceTable, name: string): string | undefined {
  if (Object.hasOwn(places, name)) return name;
  const key = nameKey(name);
  return Object.keys(places).find((candidate) => nameKey(candidate) === key);
}

/** Where one talk was given. */
export function talkPlace(talk: TalkWhere, places: PlaceTable): TalkPlace {
  if (talk.lat !== undefined && talk.lng !== undefined) {
    const label = talk.location ?? `${String(talk.lat)}, ${String(talk.lng)}`;
    return { kind: "place", key: label, label, lat: talk.lat, lng: talk.lng };
  }
  const named = talk.place ?? talk.location;
  if (named === undefined) return { kind: "nowhere" };
  const key = findPlace(places, named);
  const place = key === undefined ? undefined : places[key];
  if (key !== undefined && place !== undefined)
    return { kind: "place", key, label: place.label ?? key, lat: place.lat, lng: place.lng };
  if (talk.place !== undefined) return { kind: "no-such-place", place: talk.place };
  return ONLINE.test(named) ? { kind: "online" } : { kind: "unknown", location: named };
}

/**
 * The places of the map, each with its talks (in the order given), the most talks first and then by
 * name; `where` says what a talk says of its place.
 */
export function mapPlaces<T>(
  talks: readonly T[],
  where: (talk: T) => TalkWhere,
  places: PlaceTable,
): MapPlace<T>[] {
  const byKey = new Map<string, MapPlace<T>>();
  const ids = new Set<string>();
  for (const talk of talks) {
    const found = talkPlace(where(talk), places);
    if (found.kind !== "place") continue;
    const key = `${found.key}\n${String(found.lat)},${String(found.lng)}`;
    let place = byKey.get(key);
    if (place === undefined) {
      const base = `place-${slugify(found.label) || "here"}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${String(n)}`;
      ids.add(id);
      place = { id, label: found.label, lat: found.lat, lng: found.lng, talks: [] };
      byKey.set(key, place);
    }
    place.talks.push(talk);
  }
  return [...byKey.values()].sort(
    (a, b) => b.talks.length - a.talks.length || a.label.localeCompare(b.label),
  );
}

/** Front matter of talks (`src/content/talks/`), as academicpages writes it. */
import {
  ACADEMICPAGES_COMMON_KEYS,
  academicDate,
  entryFields,
  fieldGroup,
  latitude,
  longitude,
  text,
  webAddressOrPath,
} from "./base.ts";

export const talkSchema = fieldGroup(
  {
    ...entryFields("talk"),
    /** `talks`, as academicpages writes it. */
    collection: text().optional(),
    /** The kind of talk, such as `Talk`, `Tutorial` or `Keynote`. */
    type: text().optional(),
    /** The kind of talk (newer academicpages name for `type`). */
    talk_type: text().optional(),
    /** The event or institution. */
    venue: text().optional(),
    /** The date of the talk: a date, or a year alone. */
    date: academicDate(),
    /** Where the talk was given, such as a city; a place of src/data/places.yaml by this name is its place on the map. */
    location: text().optional(),
    /** Its place on the map: a name in src/data/places.yaml, when that is not its `location`. */
    place: text().optional(),
    /** Its place on the map, as a latitude (north positive), with `lng`. */
    lat: latitude().optional(),
    /** Its place on the map, as a longitude (east positive), with `lat`. */
    lng: longitude().optional(),
    /** Address of the slides. */
    slidesurl: webAddressOrPath().optional(),
    /** Address of a video. */
    videourl: webAddressOrPath().optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "category", "categories"],
);

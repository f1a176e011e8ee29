/**
 * The places talks were given, in `src/data/places.yaml`: each name (as talks write their `location`,
 * or as their `place:` names it) with its coordinates, written once for every talk given there.
 */
import { z } from "astro/zod";
import { expected, fieldGroup, latitude, longitude, text } from "./base.ts";

export const placeSchema = fieldGroup({
  /** The latitude, north positive: `47.05`. */
  lat: latitude(),
  /** The longitude, east positive: `8.31`. */
  lng: longitude(),
  /** The name the map shows (default: the place's name in this file). */
  label: text().optional(),
});

export const placesSchema = z.record(
  z.string(),
  placeSchema,
  expected("places, each a name followed by lines `lat:` and `lng:`"),
);

export type Places = z.output<typeof placesSchema>;

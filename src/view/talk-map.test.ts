import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  markerRadius,
  markerText,
  placeLabels,
  regionOf,
  talkMapView,
  type LandTopology,
} from "./talk-map.ts";

const land = (name: string) =>
  JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}.json`), "utf8"),
  ) as LandTopology;
const WORLD = land("land-110m");
const DETAILED = land("land-50m");

test("a region when the places are near each other, with land around a single city", () => {
  assert.equal(regionOf([]), undefined);
  assert.equal(
    regionOf([
      { lat: 47, lng: 8 },
      { lat: -33, lng: 151 },
    ]),
    undefined,
  );
  const city = regionOf([{ lat: 47, lng: 8 }]);
  assert.ok(city !== undefined && city.east - city.west >= 24 && city.north - city.south >= 14);
  const europe = regionOf([
    { lat: 51.5, lng: -0.1 },
    { lat: 52.5, lng: 13.4 },
  ]);
  assert.ok(europe !== undefined && europe.west < -0.1 && europe.east > 13.4);
});

test("markers grow with their talks by area; labels say how many when several", () => {
  assert.deepEqual([1, 2, 5].map(markerRadius), [7, 11, 15]);
  assert.equal(markerText({ label: "Zürich", count: 3 }), "Zürich (3)");
  assert.equal(markerText({ label: "Zürich", count: 1 }), "Zürich");
});

test("labels go right, else left, above or below; one with no room is crowded", () => {
  const labels = placeLabels(
    [
      { x: 100, y: 100, r: 10, text: "Berlin" },
      { x: 940, y: 300, r: 10, text: "Far east" },
      { x: 500, y: 100, r: 10, text: "Zürich" },
      { x: 540, y: 100, r: 5, text: "Baden" },
    ],
    960,
    500,
  );
  assert.deepEqual(
    labels.map((label) => [label.anchor, label.crowded]),
    [
      ["start", false],
      // No room on the right: the map ends.
      ["end", false],
      // On the right it would cover Baden's marker.
      ["end", false],
      ["start", false],
    ],
  );
  const crowded = placeLabels(
    Array.from({ length: 6 }, (_, i) => ({ x: 100 + i, y: 100, r: 8, text: "Crowded place" })),
    960,
    500,
  );
  assert.ok(crowded.some((label) => label.crowded));
});

test("the world map, or a region's, with the land as a path and markers inside it", () => {
  const world = talkMapView(
    [
      { id: "place-a", label: "Zürich", lat: 47.37, lng: 8.54, count: 2 },
      { id: "place-b", label: "Sydney", lat: -33.87, lng: 151.21, count: 1 },
    ],
    WORLD,
    DETAILED,
  );
  assert.equal(world.extent, "world");
  assert.deepEqual([world.width, world.height], [960, 468]);
  assert.match(world.land, /^M\d/);
  assert.deepEqual(
    world.markers.map((m) => m.id),
    ["place-a", "place-b"],
  );
  const region = talkMapView(
    [{ id: "place-a", label: "Zürich", lat: 47.37, lng: 8.54, count: 1 }],
    WORLD,
    DETAILED,
  );
  assert.equal(region.extent, "region");
  const [marker] = region.markers;
  // The city is about the middle of a map of the land around it.
  assert.ok(marker && Math.abs(marker.x - 480) < 30 && Math.abs(marker.y - region.height / 2) < 30);
});

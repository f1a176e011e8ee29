import assert from "node:assert/strict";
import { test } from "node:test";
import { mapPlaces, talkPlace } from "./talk-places.ts";

const PLACES = {
  "Zurich, Switzerland": { lat: 47.37, lng: 8.54, label: "Zürich" },
  Lucerne: { lat: 47.05, lng: 8.31 },
};

test("a talk's place: its coordinates, else its place:, else its location, in any capitals", () => {
  assert.deepEqual(talkPlace({ location: "Bern", lat: 46.95, lng: 7.45 }, PLACES), {
    kind: "place",
    key: "Bern",
    label: "Bern",
    lat: 46.95,
    lng: 7.45,
  });
  assert.deepEqual(talkPlace({ location: "Main hall", place: "Lucerne" }, PLACES), {
    kind: "place",
    key: "Lucerne",
    label: "Lucerne",
    lat: 47.05,
    lng: 8.31,
  });
  assert.equal(talkPlace({ location: "zurich,   SWITZERLAND" }, PLACES).kind, "place");
  assert.deepEqual(talkPlace({ place: "Basel" }, PLACES), {
    kind: "no-such-place",
    place: "Basel",
  });
  assert.deepEqual(talkPlace({ location: "Basel" }, PLACES), {
    kind: "unknown",
    location: "Basel",
  });
  assert.deepEqual(talkPlace({ location: "Online (Zoom)" }, PLACES), { kind: "online" });
  assert.deepEqual(talkPlace({}, PLACES), { kind: "nowhere" });
});

test("places with their talks, the most talks first, then by name; anchors are unique", () => {
  const talks = [
    { title: "a", location: "Lucerne" },
    { title: "b", location: "Zurich, Switzerland" },
    { title: "c", place: "Lucerne" },
    { title: "d", location: "Somewhere" },
    { title: "e", location: "Zürich", lat: 1, lng: 2 },
  ];
  const places = mapPlaces(talks, (talk) => talk, PLACES);
  assert.deepEqual(
    places.map((p) => [p.id, p.label, p.talks.map((t) => t.title)]),
    [
      ["place-lucerne", "Lucerne", ["a", "c"]],
      ["place-zurich", "Zürich", ["b"]],
      ["place-zurich-2", "Zürich", ["e"]],
    ],
  );
});

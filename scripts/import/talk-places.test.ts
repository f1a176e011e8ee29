import assert from "node:assert/strict";
import { test } from "node:test";
import {
  jsString,
  placesFromCoordinatesJson,
  placesFromOrgLocations,
  placesYaml,
  popupLocation,
  showsTalkMap,
} from "./talk-places.ts";

test("a popup of the old map names its location last", () => {
  assert.equal(popupLocation("Talk 2<br />London School of Testing; London, UK"), "London, UK");
  assert.equal(popupLocation("<b>Keynote</b><br>Conference; Los Angeles, CA"), "Los Angeles, CA");
  assert.equal(popupLocation("Berkeley CA, USA"), "Berkeley CA, USA");
});

test("org-locations.js in the notebook's shape and in talkmap.py's", () => {
  const notebook =
    'var addressPoints = [\n  [\n    "Talk<br />Venue; London, UK",\n    51.48,\n    -0.14\n  ],\n["Berkeley CA, USA", 37.87, -122.27], ["Nowhere", 95, 0]];';
  assert.deepEqual(
    [...placesFromOrgLocations(notebook)],
    [
      ["London, UK", { lat: 51.48, lng: -0.14 }],
      ["Berkeley CA, USA", { lat: 37.87, lng: -122.27 }],
    ],
  );
  const script =
    'window.talkMapData = {"locations": [{"label": "Athens, Greece", "latitude": 37.97, "longitude": 23.73, "talks": []}]};';
  assert.deepEqual(
    [...placesFromOrgLocations(script)],
    [["Athens, Greece", { lat: 37.97, lng: 23.73 }]],
  );
});

test("the coordinates cache, location-coordinates.json", () => {
  const text = JSON.stringify({
    "Atlanta, Georgia": { display_name: "Atlanta", latitude: 33.75, longitude: -84.39 },
    Broken: { latitude: "x" },
  });
  assert.deepEqual(
    [...placesFromCoordinatesJson(text)],
    [["Atlanta, Georgia", { lat: 33.75, lng: -84.39 }]],
  );
  assert.equal(placesFromCoordinatesJson("not json").size, 0);
});

test("the page of the old map, and places.yaml's text", () => {
  assert.equal(showsTalkMap('<iframe src="/talkmap/map.html"></iframe>'), true);
  assert.equal(showsTalkMap("A list of talks."), false);
  assert.equal(
    placesYaml(new Map([["Zürich", { lat: 47.37, lng: 8.54 }]]), ["talkmap/org-locations.js"]),
    `# The places of talks, from talkmap/org-locations.js at import: each a talk's location, with its\n# latitude and longitude. See the README ("Talks on a map and in calendars").\nZürich: {lat: 47.37, lng: 8.54}\n`,
  );
});

test("jsString reads JavaScript's escapes as data, and nothing else", () => {
  assert.equal(jsString(String.raw`"Z\xfcrich\x2c CH"`), "Zürich, CH");
  assert.equal(jsString(String.raw`"it\'s \u00e9 \"q\" \\x2c"`), String.raw`it's é "q" \x2c`);
  assert.equal(jsString(String.raw`"bad \q"`), undefined);
  assert.equal(jsString(String.raw`"\x2"`), undefined);
});

/** Talks on a map drawn at build time, and in calendars. */
import assert from "node:assert/strict";
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { assertSiteAccessible } from "./helpers/browser.ts";
import {
  SEED,
  buildSite,
  distFile,
  fixtureSite,
  type BuildResult,
} from "./helpers/fixture-site.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";
import { overBudget, type Budgets } from "../scripts/size/budgets.ts";
import { pageWeight } from "../scripts/size/page-weight.ts";

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

/** The places of tests/fixtures/talks, in the order of places.yaml, and São Paulo, by coordinates. */
const PLACES = [
  "Zurich, Switzerland",
  "Lucerne, Switzerland",
  "Berlin, Germany",
  "London, UK",
  "Paris, France",
  "Boston, MA, USA",
  "New York, NY, USA",
  "San Francisco, CA, USA",
  "Toronto, Canada",
  "Tokyo, Japan",
  "Beijing, China",
  "Singapore",
  "Sydney, Australia",
  "Cape Town, South Africa",
];

/** A talk's file: its front matter from `fields`. */
const talk = (fields: Record<string, string | number>) =>
  `---\n${Object.entries(fields)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === "string" ? JSON.stringify(value) : String(value)}`,
    )
    .join("\n")}\n---\n`;

/** 30 talks in 15 places: two in each, by `location`, by `place:`, and one place by coordinates. */
function thirtyTalks(): Record<string, string> {
  const files: Record<string, string> = {};
  PLACES.forEach((place, index) => {
    const year = 2010 + index;
    files[`src/content/talks/${String(year)}-a.md`] = talk({
      title: `Talk ${String(index + 1)}a`,
      date: `${String(year)}-03-01`,
      venue: "A venue",
      location: place,
    });
    files[`src/content/talks/${String(year)}-b.md`] = talk({
      title: `Talk ${String(index + 1)}b`,
      date: `${String(year)}-09-15`,
      venue: "Another venue",
      location: "Main hall",
      place,
    });
  });
  for (const letter of ["a", "b"])
    files[`src/content/talks/2024-sao-paulo-${letter}.md`] = talk({
      title: `São Paulo talk ${letter}`,
      date: `2024-0${letter === "a" ? "5" : "6"}-10T14:30:00+02:00`,
      location: "São Paulo, Brazil",
      lat: -23.5505,
      lng: -46.6333,
    });
  files["src/content/talks/2023-online.md"] = talk({
    title: "Online seminar",
    date: "2023-01-01",
    location: "Online",
  });
  files["src/content/talks/2022-atlantis.md"] = talk({
    title: "Lost talk",
    date: "2022",
    location: "Atlantis",
  });
  return files;
}

/** The markers of the map: each link's target and label. */
const markers = (html: string) =>
  [
    ...html.matchAll(
      /<a href="#(place-[^"]+)"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"[^>]*><\/circle><text[^>]*>([^<]+)<\/text><\/a>/g,
    ),
  ].map((m) => ({
    id: m[1] ?? "",
    x: Number(m[2]),
    y: Number(m[3]),
    r: Number(m[4]),
    label: m[5] ?? "",
  }));
const viewBox = (html: string) =>
  (/<svg viewBox="0 0 (\d+) (\d+)"/.exec(html) ?? []).slice(1).map(Number);

/** The events of an iCalendar text, parsed back by ical.js (Mozilla's parser). */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      location: event.location,
      url: String(vevent.getFirstPropertyValue("url")),
      geo: vevent.getFirstPropertyValue("geo"),
    };
  });
}

describe("the talk map and calendars", () => {
  let root: string;
  let result: BuildResult;
  let html: string;
  before(async () => {
    root = await fixtureSite("talks", {
      from: "academic",
      files: {
        ...thirtyTalks(),
        // A third talk in Zürich, its location written in other capitals and spacing.
        "src/content/talks/2025-zurich.md": talk({
          title: "Talk in Zürich again",
          date: "2025-02-02",
          talk_type: "Keynote",
          location: "zurich,  switzerland",
        }),
        "src/content/pages/travel.md":
          "---\ntitle: Travel\npermalink: /travel/\ntalkmap_link: true\n---\nWhere I have been.\n",
        "src/data/site.yaml": `${await readFile(path.join(PROJECT, "tests/fixtures/academic/src/data/site.yaml"), "utf8")}\ntalkmap_link: true\ntalks:\n  group_by: type\n`,
      },
    });
    await cp(path.join(PROJECT, "tests/fixtures/talks"), root, { recursive: true });
    roots.push(root);
    result = await buildSite(root);
    html = result.error === undefined ? await distFile(root, "talkmap/index.html") : "";
  });

  test("a marker per place, sized by its talks, labelled, linking to the list of its talks", () => {
    assert.equal(result.error, undefined, result.log);
    const found = markers(html);
    assert.equal(found.length, 15);
    assert.equal(new Set(found.map((m) => m.id)).size, 15);
    assert.deepEqual(found[0], { ...found[0], id: "place-zurich", label: "Zürich (3)", r: 12.7 });
    assert.ok(
      found.slice(1).every((m) => m.r === 11),
      "two talks make a smaller marker",
    );
    assert.ok(
      found.some((m) => m.label === "São Paulo, Brazil (2)"),
      "a place from coordinates",
    );
    for (const { id } of found) {
      const section =
        new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
      assert.ok((section.match(/<a href="\/talks\//g) ?? []).length >= 2, id);
    }
    assert.match(html, /<figcaption[^>]*>\s*15 places where talks were given/);
    assert.doesNotMatch(
      html,
      /<script(?![^>]*application\/ld\+json)|<img|<iframe/,
      "no script, no tiles",
    );
  });

  test("talks on four continents show the whole world; every marker is on the map", () => {
    const [width = 0, height = 0] = viewBox(html);
    assert.equal(width, 960);
    assert.ok(height > 400 && height < 500, String(height));
    for (const m of markers(html))
      assert.ok(m.x > 0 && m.x < width && m.y > 0 && m.y < height, m.id);
    const at = (id: string) => markers(html).find((m) => m.id === id);
    const [sydney, sf] = [at("place-sydney"), at("place-san-francisco")];
    assert.ok(
      sydney && sf && sydney.x > sf.x && sydney.y > sf.y,
      "east is right and south is down",
    );
  });

  test("a talk given online has no place; one whose place is unknown is named in a warning", () => {
    assert.doesNotMatch(html, /Online seminar|Lost talk/);
    assert.ok(
      result.log.includes(
        '\n  ! src/content/talks/2022-atlantis.md: is not on the talk map: src/data/places.yaml has no place named "Atlantis" (its location). Add it there with its lat and lng, or give the talk lat and lng.\n',
      ),
      result.log,
    );
    assert.doesNotMatch(result.log, /2023-online\.md/);
  });

  test("the map is within its budget in bench/budgets.json", async () => {
    const budgets = JSON.parse(
      await readFile(path.join(PROJECT, "bench/budgets.json"), "utf8"),
    ) as Budgets;
    const weight = await pageWeight(path.join(root, "dist"), "talkmap/index.html", "/talkmap/");
    assert.ok(budgets.pages["/talkmap/"] !== undefined, "the map has a budget");
    assert.deepEqual(overBudget([weight], budgets), []);
  });

  test("every talk is in /talks.ics, and each has its own calendar file, parsed back as RFC 5545", async () => {
    const all = events(await distFile(root, "talks.ics"));
    // 31 talks with a date here, and the academic fixture's two.
    assert.equal(all.length, 35);
    const [first] = events(await distFile(root, "talks/2010-a.ics"));
    assert.deepEqual(first, {
      summary: "Talk 1a",
      start: "2010-03-01",
      allDay: true,
      location: "A venue, Zurich, Switzerland",
      url: "https://academicpages.github.io/talks/2010-a/",
      geo: [47.3769, 8.5417],
    });
    const [timed] = events(await distFile(root, "talks/2024-sao-paulo-a.ics"));
    assert.deepEqual(
      [timed?.start, timed?.allDay, timed?.geo],
      ["2024-05-10T12:30:00Z", false, [-23.5505, -46.6333]],
    );
    assert.match(
      await distFile(root, "talks/2010-a/index.html"),
      /<a href="\/talks\/2010-a\.ics"[^>]*>Add to calendar<\/a>/,
    );
  });

  test("the list of talks, by kind, links to the map, as does a page that asks for it", async () => {
    assert.match(
      await distFile(root, "travel/index.html"),
      /<a href="\/talkmap\/"[^>]*>See a map of all the places of these talks<\/a>/,
    );
    const list = await distFile(root, "talks/index.html");
    assert.match(
      list,
      /<a href="\/talkmap\/"[^>]*>See a map of all the places of these talks<\/a>/,
    );
    assert.deepEqual(
      [...list.matchAll(/<h2 id="group-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]),
      ["Keynote", "Other", "Tutorial", "Talk"],
    );
  });

  test("axe finds nothing on the map, in light and dark", async () => {
    await assertSiteAccessible(root, ["/talkmap/"]);
  });
});

describe("talks all in Europe", () => {
  test("the map shows Europe, not a world of ocean", async () => {
    const files: Record<string, string> = {};
    ["Zurich, Switzerland", "Berlin, Germany", "London, UK", "Paris, France"].forEach(
      (place, index) => {
        files[`src/content/talks/201${String(index)}-e.md`] = talk({
          title: `European talk ${String(index)}`,
          date: `201${String(index)}-03-01`,
          location: place,
        });
      },
    );
    // At academicpages' address of the map, a file's: /talkmap.html.
    files["src/data/site.yaml"] =
      `${await readFile(SEED.settings, "utf8")}\ntalkmap_permalink: /talkmap.html\n`;
    const root = await fixtureSite("talks-europe", { files });
    await cp(path.join(PROJECT, "tests/fixtures/talks"), root, { recursive: true });
    roots.push(root);
    const built = await buildSite(root);
    assert.equal(built.error, undefined, built.log);
    const map = await distFile(root, "talkmap.html");
    const found = markers(map);
    assert.deepEqual(found.map((m) => m.id).sort(), [
      "place-berlin-germany",
      "place-london",
      "place-paris",
      "place-zurich",
    ]);
    const [width = 0, height = 0] = viewBox(map);
    const xs = found.map((m) => m.x);
    const ys = found.map((m) => m.y);
    // The four cities fill much of the map (on the world map, they would lie within 50 units).
    assert.ok(Math.max(...xs) - Math.min(...xs) > width / 4, xs.join(" "));
    assert.ok(Math.max(...ys) - Math.min(...ys) > height / 5, ys.join(" "));
    for (const m of found) assert.ok(m.x > 0 && m.x < width && m.y > 0 && m.y < height, m.id);
  });
});

describe("places that cannot be read", () => {
  test("each mistake is named with its file and field", async () => {
    const root = await fixtureSite("talks-bad", {
      files: {
        "src/data/places.yaml": "Zurich, Switzerland: { lat: 47.37, lng: 8.54 }\n",
        "src/content/talks/2020-a.md": talk({ title: "A", date: "2020-01-01", lat: 95, lng: 8 }),
        "src/content/talks/2020-b.md": talk({ title: "B", date: "2020-01-01", lat: 47 }),
        "src/content/talks/2020-c.md": talk({
          title: "C",
          date: "2020-01-01",
          place: "Zurich, Switzerlnd",
        }),
      },
    });
    roots.push(root);
    const built = await buildSite(root);
    assert.ok(built.error, "the build stops");
    const lines = built.log
      .split("\n")
      .filter((line) => /^ {2}[✗!] src\/(content\/talks|data\/places)/.test(line));
    assert.deepEqual(lines, [
      '  ✗ src/content/talks/2020-a.md, field "lat": expected a latitude: a number from -90 to 90, but found the number 95.',
      '  ✗ src/content/talks/2020-b.md, field "lng": expected a longitude too, as "lat" is given, but found nothing.',
      '  ✗ src/content/talks/2020-c.md, field "place": expected the name of a place in src/data/places.yaml, but found "Zurich, Switzerlnd". Did you mean "Zurich, Switzerland"?',
    ]);
  });
});

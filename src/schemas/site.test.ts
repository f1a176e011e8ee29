import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import yaml from "js-yaml";
import { formatProblem } from "#core/problems.ts";
import { validate } from "./validate.ts";
import { DEFAULT_EMBEDS, siteSchema } from "./site.ts";

const FILE = "src/data/site.yaml";
const MINIMAL = { title: "Site", url: "https://name.github.io", author: { name: "A. Person" } };

function messages(data: unknown): string[] {
  return validate(siteSchema, data, FILE).problems.map(formatProblem);
}

describe("site settings", () => {
  test("the seed's site facts are valid as they are", async () => {
    const facts = yaml.load(
      // A frozen copy of the owner's site facts, as they were handed over.
      await readFile(new URL("../../tests/fixtures/seed/site-facts.yml", import.meta.url), "utf8"),
    );
    const result = validate(siteSchema, facts, "site-facts.yml");
    assert.deepEqual(result.problems, []);
    assert.ok(result.ok);
    assert.equal(result.data.title, "Christian F. Baumgartner");
    assert.equal(result.data.author.avatar, undefined);
    assert.deepEqual(result.data.navigation, [{ title: "About Me", url: "/" }]);
  });

  test("defaults", () => {
    const result = validate(siteSchema, MINIMAL, FILE);
    assert.ok(result.ok);
    assert.equal(result.data.locale, "en-US");
    assert.equal(result.data.title_separator, "-");
    assert.equal(result.data.baseurl, "");
    assert.equal(result.data.broken_links, "warning");
    assert.deepEqual(result.data.navigation, []);
  });

  test("a base path is normalised", () => {
    const result = validate(siteSchema, { ...MINIMAL, baseurl: "lab/" }, FILE);
    assert.ok(result.ok);
    assert.equal(result.data.baseurl, "/lab");
  });

  const errors: [string, Record<string, unknown>, string[]][] = [
    [
      "a url without a scheme",
      { ...MINIMAL, url: "name.github.io" },
      [
        `${FILE}, field "url": expected the address the site is published at, such as "https://name.github.io", but found the text "name.github.io".`,
      ],
    ],
    [
      "no author name",
      { ...MINIMAL, author: { bio: "x" } },
      [
        `${FILE}, field "author.name": expected text (your name), but found nothing (the field is missing).`,
      ],
    ],
    [
      "a bad email",
      { ...MINIMAL, author: { name: "A", email: "at example.org" } },
      [
        `${FILE}, field "author.email": expected an email address, such as "name@example.org", but found "at example.org".`,
      ],
    ],
    [
      "a typo in the author block",
      { ...MINIMAL, author: { name: "A", googlescholr: "https://scholar.google.com/" } },
      [`${FILE}, field "author.googlescholr": not a known field. Did you mean "googlescholar"?`],
    ],
    [
      "an unknown author key is kept with a warning",
      { ...MINIMAL, author: { name: "A", myspace: "x" } },
      [
        `${FILE}, field "author.myspace": not a field this site uses. It is kept, but has no effect.`,
      ],
    ],
    [
      "unknown keys in groups that are optional are kept with a warning too",
      { ...MINIMAL, twitter: { username: "x", handle: "y" }, analytics: { google: { id: 1 } } },
      [
        `${FILE}, field "twitter.handle": not a field this site uses. It is kept, but has no effect.`,
        `${FILE}, field "analytics.google.id": not a field this site uses. It is kept, but has no effect.`,
      ],
    ],
    [
      "a menu link without a url",
      { ...MINIMAL, navigation: [{ title: "CV" }] },
      [
        `${FILE}, field "navigation (item 1).url": expected a path on this site, such as "/publications/", or a web address, but found nothing (the field is missing).`,
      ],
    ],
    [
      "a locale that is no language tag (it is written into every page and the feed)",
      { ...MINIMAL, locale: '"><script>alert(1)</script>' },
      [
        `${FILE}, field "locale": expected a language tag such as "en-US" or "de-CH", but found the text ""><script>alert(1)</script>".`,
      ],
    ],
    [
      "an empty site title",
      { ...MINIMAL, title: "" },
      [`${FILE}, field "title": expected text (the site title), but found an empty text.`],
    ],
    [
      "broken_links with another value",
      { ...MINIMAL, broken_links: "fail" },
      [`${FILE}, field "broken_links": expected "warning" or "error", but found the text "fail".`],
    ],
  ];
  for (const [name, data, expected] of errors) {
    test(name, () => assert.deepEqual(messages(data), expected));
  }
});

test("embeds: the sites academics embed from, unless the settings name others", () => {
  assert.deepEqual(siteSchema.parse(MINIMAL).embeds, [...DEFAULT_EMBEDS]);
  assert.deepEqual(siteSchema.parse({ ...MINIMAL, embeds: ["https://example.org"] }).embeds, [
    "https://example.org",
  ]);
  assert.deepEqual(
    siteSchema.parse({ ...MINIMAL, embeds: ["https://*.Example.org/", "https://a.example:8443"] })
      .embeds,
    ["https://*.example.org", "https://a.example:8443"],
  );
  const sentence = (found: string) =>
    `expected the address of a site: "https://" and its name, such as "https://player.vimeo.com" (with ":" and a port if it has one, and "*." before the name for all its subdomains), but found ${found}.`;
  assert.deepEqual(
    messages({
      ...MINIMAL,
      embeds: [
        "https://example.org/page",
        "https://player.vimeo.com;script-src-elem https://*",
        "http://example.org",
        42,
      ],
    }),
    [
      `${FILE}, field "embeds (item 1)": ${sentence('the text "https://example.org/page"')}`,
      `${FILE}, field "embeds (item 2)": ${sentence('the text "https://player.vimeo.com;script-src-elem https://*"')}`,
      `${FILE}, field "embeds (item 3)": ${sentence('the text "http://example.org"')}`,
      `${FILE}, field "embeds (item 4)": ${sentence("the number 42")}`,
    ],
  );
});

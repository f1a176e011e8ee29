import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { validate } from "./validate.ts";
import { pageSchema } from "./pages.ts";

const FILE = "src/content/pages/x.md";

/** The lines an editor reads for this front matter. */
function messages(data: unknown): string[] {
  return validate(pageSchema, data, FILE).problems.map(formatProblem);
}

function parsed(data: unknown) {
  const result = validate(pageSchema, data, FILE);
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.data;
}

describe("page front matter: accepted as academicpages writes it", () => {
  test("the seed About page's fields", () => {
    assert.deepEqual(
      parsed({
        permalink: "/",
        title: "About me",
        excerpt: "About me",
        author_profile: true,
        redirect_from: ["/about/", "/about.html"],
      }),
      {
        permalink: "/",
        title: "About me",
        excerpt: "About me",
        author_profile: true,
        redirect_from: ["/about/", "/about.html"],
        published: true,
        sitemap: true,
        toc: false,
        show_title: true,
      },
    );
  });

  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ["a missing leading slash is added", { permalink: "research/" }, { permalink: "/research/" }],
    ["one redirect as a string", { redirect_from: "/old" }, { redirect_from: ["/old"] }],
    ["redirects without a slash", { redirect_from: ["old/"] }, { redirect_from: ["/old/"] }],
    ["author_profile defaults to true", {}, { author_profile: true }],
    ["author_profile: false", { author_profile: false }, { author_profile: false }],
    ["an empty excerpt is not set", { excerpt: null }, { excerpt: undefined }],
    ["an empty redirect_from is not set", { redirect_from: null }, { redirect_from: [] }],
    ["a number as the title", { title: 2023 }, { title: "2023" }],
    ["published: false", { published: false }, { published: false }],
    [
      "academicpages keys are kept",
      { layout: "archive", sitemap: false },
      { layout: "archive", sitemap: false },
    ],
  ];
  for (const [name, fields, expected] of cases) {
    test(name, () => {
      const data = parsed({ title: "T", permalink: "/t/", ...fields });
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(data[key], value, key);
      }
    });
  }
});

describe("page front matter: errors in plain words", () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      "missing title",
      { permalink: "/" },
      [
        `${FILE}, field "title": expected text (the page title), but found nothing (the field is missing).`,
      ],
    ],
    [
      "missing permalink",
      { title: "T" },
      [
        `${FILE}, field "permalink": expected a path on this site, such as "/about/", but found nothing (the field is missing).`,
      ],
    ],
    [
      "author_profile as text",
      { title: "T", permalink: "/", author_profile: "yes" },
      [`${FILE}, field "author_profile": expected true or false, but found the text "yes".`],
    ],
    [
      "title as a list",
      { title: ["a", "b"], permalink: "/" },
      [`${FILE}, field "title": expected text (the page title), but found a list of 2 items.`],
    ],
    [
      "an external permalink",
      { title: "T", permalink: "https://example.com/" },
      [
        `${FILE}, field "permalink": expected a path on this site, such as "/about/", but found the external URL "https://example.com/".`,
      ],
    ],
    [
      "a javascript: redirect",
      { title: "T", permalink: "/", redirect_from: ["/old/", "javascript:alert(1)"] },
      [
        `${FILE}, field "redirect_from (item 2)": expected a path on this site, such as "/about/", but found a "javascript:" URL.`,
      ],
    ],
    [
      "a redirect with ..",
      { title: "T", permalink: "/", redirect_from: "/a/../b/" },
      [
        `${FILE}, field "redirect_from (item 1)": expected a path on this site, such as "/about/", but found "/a/../b/", which contains a ".." segment.`,
      ],
    ],
    [
      "a permalink with a query",
      { title: "T", permalink: "/p?x=1" },
      [
        `${FILE}, field "permalink": expected a path on this site, such as "/about/", but found "/p?x=1", which contains a query ("?").`,
      ],
    ],
    [
      "a permalink with a fragment",
      { title: "T", permalink: "/p#x" },
      [
        `${FILE}, field "permalink": expected a path on this site, such as "/about/", but found "/p#x", which contains a fragment ("#").`,
      ],
    ],
    [
      "redirect_from as a number",
      { title: "T", permalink: "/", redirect_from: 5 },
      [
        `${FILE}, field "redirect_from": expected a path on this site, such as "/about/", or a list of such paths, but found the number 5.`,
      ],
    ],
    [
      "typos, with every other problem in the same run",
      { tittle: "T", "redirect-from": "/old/", authorprofile: true, permalink: "/" },
      [
        `${FILE}, field "title": expected text (the page title), but found nothing (the field is missing).`,
        `${FILE}, field "tittle": not a known field. Did you mean "title"?`,
        `${FILE}, field "redirect-from": not a known field. Did you mean "redirect_from"?`,
        `${FILE}, field "authorprofile": not a known field. Did you mean "author_profile"?`,
      ],
    ],
    [
      "an unknown key is kept, with a warning",
      { title: "T", permalink: "/", venue_extra: "x" },
      [`${FILE}, field "venue_extra": not a field this site uses. It is kept, but has no effect.`],
    ],
    [
      "front matter that is not a group of fields",
      ["title", "T"] as unknown as Record<string, unknown>,
      [
        `${FILE}: expected a group of fields written as \`key: value\` lines, but found a list of 2 items.`,
      ],
    ],
  ];
  for (const [name, data, expected] of cases) {
    test(name, () => assert.deepEqual(messages(data), expected));
  }

  test("unknown keys are kept in the data", () => {
    const data = parsed({ title: "T", permalink: "/", venue_extra: "x" });
    assert.equal(data["venue_extra"], "x");
  });
});

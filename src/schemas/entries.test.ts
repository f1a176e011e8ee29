/** The front matter of publications, talks, teaching, portfolio items, posts and own collections. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { z } from "astro/zod";
import { formatProblem } from "#core/problems.ts";
import { collectionEntrySchema } from "./collections.ts";
import { portfolioSchema } from "./portfolio.ts";
import { postSchema } from "./posts.ts";
import { publicationSchema } from "./publications.ts";
import { talkSchema } from "./talks.ts";
import { teachingSchema } from "./teaching.ts";
import { fieldName, validate } from "./validate.ts";

const FILE = "src/content/x/a.md";
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

function parsed<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = validate(schema, data, FILE);
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.data;
}
const messages = (schema: z.ZodType, data: unknown) =>
  validate(schema, data, FILE).problems.map(formatProblem);

describe("dates, as academicpages writes them", () => {
  const cases: [unknown, string][] = [
    [utc(2024, 5, 31), "2024-05-31T00:00:00.000Z"],
    ["2024-05-31", "2024-05-31T00:00:00.000Z"],
    ["2024-5-3", "2024-05-03T00:00:00.000Z"],
    ["2024-05-31 10:00:00 +0200", "2024-05-31T08:00:00.000Z"],
  ];
  for (const [date, iso] of cases)
    test(`${JSON.stringify(date)} is ${iso}`, () =>
      assert.equal(parsed(talkSchema, { title: "T", date }).date.toISOString(), iso));

  test("a year alone, or a year and month, is never 1 January 1970", () => {
    assert.equal(parsed(publicationSchema, { title: "P", date: 2023 }).date.getUTCFullYear(), 2023);
    assert.equal(parsed(publicationSchema, { title: "P", date: "2023-07" }).date.getUTCMonth(), 6);
  });

  test("a year before 1000 or after 9999 is an error", () => {
    for (const date of ["0000-01-01", "0999-12-31", "99999-01-01", "+099999-01-01T00:00:00Z"])
      assert.match(
        messages(talkSchema, { title: "T", date })[0] ?? "",
        /field "date": expected a date/,
      );
  });

  test("a day or a month that does not exist is an error, not one of the next month or year", () => {
    assert.deepEqual(messages(talkSchema, { title: "T", date: "2024-02-30" }), [
      'src/content/x/a.md, field "date": expected a date such as 2024-05-31, or a year such as 2024, but found the text "2024-02-30".',
    ]);
    assert.deepEqual(messages(talkSchema, { title: "T", date: "2024-13" }), [
      'src/content/x/a.md, field "date": expected a date such as 2024-05-31, or a year such as 2024, but found the text "2024-13".',
    ]);
  });

  test("words, a lone number and a year out of range are errors, never guessed into a date", () => {
    const sentence = (found: string) =>
      `src/content/x/a.md, field "date": expected a date such as 2024-05-31, or a year such as 2024, but found ${found}.`;
    const cases: [unknown, string][] = [
      ["5", 'the text "5"'],
      ["Talk of spring 2019", 'the text "Talk of spring 2019"'],
      [0, "the number 0"],
      [-5, "the number -5"],
      [new Date(Date.UTC(500, 0, 1)), 'the text "0500-01-01"'],
    ];
    for (const [date, found] of cases)
      assert.deepEqual(messages(talkSchema, { title: "T", date }), [sentence(found)]);
  });

  test("publications, talks and courses need one; posts, portfolio items and own entries do not", () => {
    for (const schema of [publicationSchema, talkSchema, teachingSchema])
      assert.deepEqual(messages(schema, { title: "P" }), [
        'src/content/x/a.md, field "date": expected a date such as 2024-05-31, or a year such as 2024, but found nothing (the field is missing).',
      ]);
    for (const schema of [postSchema, portfolioSchema, collectionEntrySchema])
      assert.deepEqual(messages(schema, { title: "T" }), []);
  });
});

describe("publications", () => {
  test("authors: one text or a list; links relative to the page, on this site or elsewhere", () => {
    const data = parsed(publicationSchema, {
      title: "P",
      date: 2024,
      authors: "A. One and B. Two",
      paperurl: "files/p.pdf",
      codeurl: "https://github.com/x/y",
    });
    assert.deepEqual(data.authors, ["A. One and B. Two"]);
    assert.equal(data.paperurl, "files/p.pdf");
    assert.equal(data.codeurl, "https://github.com/x/y");
  });

  test("a link that starts with an invisible character is no path", () => {
    assert.deepEqual(
      messages(publicationSchema, {
        title: "P",
        date: 2024,
        paperurl: "\u0001javascript:alert(1)",
      }),
      [
        'src/content/x/a.md, field "paperurl": expected a web address starting with "https://", or a path on this site such as "/files/paper.pdf", but found a text with an invisible control character (U+0001). Remove it.',
      ],
    );
    assert.match(
      messages(talkSchema, { title: "T", date: 2024, permalink: "/\u0001x/" })[0] ?? "",
      /field "permalink": expected a path on this site, such as "\/about\/", but found a text with an invisible control character\.$/,
    );
  });

  test("a link that is neither an address nor a path is an error", () => {
    assert.match(
      messages(publicationSchema, { title: "P", date: 2024, paperurl: "javascript:alert(1)" })[0] ??
        "",
      /^src\/content\/x\/a\.md, field "paperurl": /,
    );
  });
});

test("posts: tags as one text or a list, none when not set", () => {
  assert.deepEqual(parsed(postSchema, { title: "T", tags: "ml" }).tags, ["ml"]);
  assert.deepEqual(parsed(postSchema, { title: "T" }).tags, []);
});

test("academicpages keys with no effect here are accepted without a warning", () => {
  assert.deepEqual(messages(talkSchema, { title: "T", date: 2024, tags: ["x"], header: {} }), []);
  assert.deepEqual(messages(postSchema, { title: "T", category: "x", type: "y" }), []);
});

test("an unknown key is kept, with a warning; a typo of a known key is an error", () => {
  assert.deepEqual(messages(teachingSchema, { title: "T", date: 2024, lecturer: "X" }), [
    'src/content/x/a.md, field "lecturer": not a field this site uses. It is kept, but has no effect.',
  ]);
  assert.deepEqual(messages(teachingSchema, { title: "T", date: 2024, venu: "X" }), [
    'src/content/x/a.md, field "venu": not a known field. Did you mean "venue"?',
  ]);
});

test("field names as an editor reads them", () => {
  assert.equal(fieldName(["redirect_from", 1]), "redirect_from (item 2)");
  assert.equal(fieldName(["author", "email"]), "author.email");
  assert.equal(fieldName([]), undefined);
});

describe("texts an editor did not mean", () => {
  test("an empty title is an error, like a missing one", () => {
    assert.deepEqual(messages(talkSchema, { title: " ", date: 2024 }), [
      'src/content/x/a.md, field "title": expected text (the talk title), but found an empty text.',
    ]);
  });

  test("a control character from a double-quoted escape gets a hint", () => {
    // title: "$\alpha$" in YAML: "\a" is the bell character.
    assert.deepEqual(messages(postSchema, { title: "$\u0007lpha$" }), [
      'src/content/x/a.md, field "title": expected text (the post title), but found a text with an invisible control character (U+0007), which "\\a" makes in double quotes. Write the value in single quotes, where a backslash stays a backslash.',
    ]);
    assert.deepEqual(messages(postSchema, { title: "T", excerpt: "a\u0001b" }), [
      'src/content/x/a.md, field "excerpt": expected text, but found a text with an invisible control character (U+0001). Remove it.',
    ]);
  });
});

test("an excerpt may hold inline HTML and a teaser image, but nothing that acts", () => {
  assert.deepEqual(
    messages(postSchema, {
      title: "P",
      date: "2024-01-01",
      excerpt: "A sample.<br/><img src='/images/500x300.png'>",
    }),
    [],
  );
  assert.deepEqual(
    messages(postSchema, {
      title: "P",
      date: "2024-01-01",
      excerpt: '<meta http-equiv="refresh" content="0;url=https://elsewhere">',
    }),
    [
      'src/content/x/a.md, field "excerpt": expected text, but found a <meta> element, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.',
    ],
  );
});

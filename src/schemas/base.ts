/**
 * Building blocks shared by every schema: field types that explain themselves in plain words
 * when an editor writes something else, and the rules every group of fields follows.
 */
import { z } from "astro/zod";
import { actingHtml } from "#core/acting-html.ts";
import { closestKey } from "#core/closest-key.ts";
import { readDate } from "#core/dates.ts";
import { describeValue } from "#core/describe-value.ts";
import { sitePathProblem, withLeadingSlash } from "#core/site-paths.ts";

/** Error text that says what a field expects and what the editor wrote instead. */
export function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      `expected ${what}, but found ${describeValue(issue.input)}.`,
  };
}

/** Characters no text an editor means to write contains: they come from escapes in double quotes. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The double-quoted YAML escapes that make control characters, by the character they make. */
const ESCAPES: Readonly<Record<string, string>> = {
  "\u0000": "\\0",
  "\u0007": "\\a",
  "\u0008": "\\b",
  "\u000B": "\\v",
  "\u000C": "\\f",
  "\u001B": "\\e",
};

/** Why a text has an invisible control character, and what to write instead. */
function controlCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0") ?? ""}`;
  const escape = ESCAPES[found];
  return escape === undefined
    ? `a text with an invisible control character (${code}). Remove it`
    : `a text with an invisible control character (${code}), which "${escape}" makes in double quotes. Write the value in single quotes, where a backslash stays a backslash`;
}

/** Plain text. A number is taken as text too (`title: 2023`), as Jekyll does. */
export const text = (what = "text") =>
  z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    z.string(expected(what)).superRefine((value, ctx) => {
      const problem = controlCharacter(value);
      if (problem !== undefined)
        ctx.addIssue({ code: "custom", message: `expected ${what}, but found ${problem}.` });
    }),
  );

/**
 * Text that a page shows as HTML (a CV's lines and summaries, an excerpt): inline elements, images
 * and paragraphs are shown as elements (`safeRichHtml`), and HTML that acts (a `<meta>` refresh, a
 * `<script>`, an `onclick`, a `javascript:` link) is an error naming the field.
 */
export const shownText = (what = "text") =>
  text(what).superRefine((value, ctx) => {
    const found = actingHtml(value);
    if (found !== undefined)
      ctx.addIssue({
        code: "custom",
        message: `expected ${what}, but found ${found}, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.`,
      });
  });

/** Text that is not empty, such as a title. */
export const nonEmptyText = (what: string) =>
  text(what).refine((value) => value.trim() !== "", {
    error: `expected ${what}, but found an empty text.`,
  });

/** A language tag, such as `en-US` or `de-CH`. */
export const languageTag = () =>
  z
    .string(expected('a language tag such as "en-US" or "de-CH"'))
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
      error: (issue) =>
        `expected a language tag such as "en-US" or "de-CH", but found ${describeValue(issue.input)}.`,
    });

/** `true` or `false`. */
export const yesNo = () => z.boolean(expected("true or false"));

const SITE_PATH = 'a path on this site, such as "/about/"';

/** A path on this site, such as `/about/`; a missing leading slash is added, as Jekyll does. */
export const sitePath = () =>
  z
    .string(expected(SITE_PATH))
    .superRefine((value, ctx) => {
      const problem = sitePathProblem(value);
      if (problem !== undefined) {
        ctx.addIssue({ code: "custom", message: `expected ${SITE_PATH}, but found ${problem}.` });
      }
    })
    .transform(withLeadingSlash);

/**
 * Old addresses of a page: one site path or a list of them (academicpages accepts both), always
 * read as a list. A query is allowed (`/wordpress/?p=15`), since WordPress addresses had one.
 */
export const oldAddressList = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(
      z
        .string(expected(SITE_PATH))
        .superRefine((value, ctx) => {
          const problem = sitePathProblem(value, { query: true });
          if (problem !== undefined) {
            ctx.addIssue({
              code: "custom",
              message: `expected ${SITE_PATH}, but found ${problem}.`,
            });
          }
        })
        .transform(withLeadingSlash),
      expected(`${SITE_PATH}, or a list of such paths`),
    ),
  );

/** An absolute web address, such as `https://example.org/`. */
export const webAddress = (what = 'a web address starting with "https://"') =>
  z.string(expected(what)).superRefine((value, ctx) => {
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      ctx.addIssue({
        code: "custom",
        message: `expected ${what}, but found ${describeValue(value)}.`,
      });
    }
  });

const DATE = "a date such as 2024-05-31, or a year such as 2024";

/**
 * A date: a YAML date (`2024-05-31`), a year alone (`2024`, which is 1 January of that year, never
 * 1970), or a year and month (`2024-05`). Read as midnight UTC, as Jekyll does for dates without a time.
 */
export const academicDate = () =>
  z.preprocess(
    // Anything `readDate` does not read is left for z.date() to name as it was written.
    (value) => readDate(value) ?? (value instanceof Date ? describeDate(value) : value),
    z.date(expected(DATE)),
  );

/** A YAML date outside the years read (`0500-01-01`), as the text an editor wrote. */
const describeDate = (value: Date) =>
  Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);

/** A number between `min` and `max`, such as a latitude; `what` names it in errors. */
export const numberBetween = (min: number, max: number, what: string) =>
  z
    .number(expected(`${what}: a number from ${String(min)} to ${String(max)}`))
    .min(min, expected(`${what}: a number from ${String(min)} to ${String(max)}`))
    .max(max, expected(`${what}: a number from ${String(min)} to ${String(max)}`));

/** A latitude in degrees, north positive: `47.05`. */
export const latitude = () => numberBetween(-90, 90, "a latitude");

/** A longitude in degrees, east positive: `8.31`. */
export const longitude = () => numberBetween(-180, 180, "a longitude");

/** One item or a list of them, always read as a list. */
const listOf = <Item extends z.ZodType>(item: Item, what: string) =>
  z.preprocess(
    (value) => (typeof value === "string" || typeof value === "number" ? [String(value)] : value),
    z.array(item, expected(what)),
  );

/** One text or a list of texts, always read as a list. */
export const textList = (what = "text, or a list of texts") => listOf(text(), what);

/** One text or a list of texts that a page shows as HTML (see `shownText`). */
export const shownTextList = (what = "text, or a list of texts") => listOf(shownText(), what);

/** YAML reads `key:` with nothing after it as null; here that means "not set". */
export function withoutEmptyValues(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

interface GroupInfo {
  known: readonly string[];
  /** The group's fields, by key: nested groups are looked into. */
  shape: Readonly<Record<string, unknown>>;
}

/** What each field group knows, for the warnings about unknown keys (Zod's metadata registry). */
const groups = z.registry<GroupInfo>();

/**
 * A group of fields, as front matter or the site settings are: empty values mean "not set",
 * a key that looks like a typo of a known key is an error, and any other key is kept.
 * `alsoKnown` lists keys that are accepted as they are (academicpages keys with no effect here).
 */
export function fieldGroup<Shape extends z.ZodRawShape>(
  shape: Shape,
  alsoKnown: readonly string[] = [],
) {
  const known = [...Object.keys(shape), ...alsoKnown];
  const schema = z.preprocess(
    withoutEmptyValues,
    z.looseObject(shape, expected("a group of fields written as `key: value` lines")).superRefine(
      (data, ctx) => {
        // With `when` this also runs on front matter that is no group of fields at all.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (typeof data !== "object" || data === null) return;
        for (const key of Object.keys(data)) {
          const guess = known.includes(key) ? undefined : closestKey(key, known);
          if (guess !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [key],
              message: `not a known field. Did you mean "${guess}"?`,
            });
          }
        }
      },
      // Typos are reported even when other fields have problems, so one run shows them all.
      { when: () => true },
    ),
  );
  groups.add(schema, { known, shape });
  return schema;
}

/** The field group a schema is, looking through `.optional()` and `.default()`. */
function groupOf(schema: unknown): GroupInfo | undefined {
  let current = schema;
  while (current instanceof z.ZodType) {
    const info = groups.get(current);
    if (info !== undefined) return info;
    current =
      current instanceof z.ZodOptional || current instanceof z.ZodDefault
        ? current.unwrap()
        : undefined;
  }
  return undefined;
}

/** The keys a field group knows: its fields and the keys it accepts as they are. */
export function knownKeys(schema: unknown): readonly string[] {
  return groupOf(schema)?.known ?? [];
}

/**
 * The keys in `data` that `schema` (a field group) neither knows nor takes for a typo, with
 * their path, looking into nested groups too: these are kept, with a warning.
 */
export function unknownKeys(schema: unknown, data: unknown, prefix = ""): string[] {
  const info = groupOf(schema);
  if (info === undefined || data === null || typeof data !== "object" || Array.isArray(data)) {
    return [];
  }
  return Object.entries(data).flatMap(([key, value]) => {
    const nested = info.shape[key];
    if (nested !== undefined) return unknownKeys(nested, value, `${prefix}${key}.`);
    if (info.known.includes(key) || closestKey(key, info.known) !== undefined) return [];
    return [`${prefix}${key}`];
  });
}

/**
 * Keys that academicpages content carries and that are accepted as they are. The site chooses the
 * layout, so these have no effect.
 */
export const ACADEMICPAGES_COMMON_KEYS = [
  "layout",
  "modified",
  "last_modified_at",
  "classes",
  "toc_icon",
  "toc_sticky",
  "share",
  "comments",
  "comment",
  "related",
  "read_time",
  "author",
  "seo_title",
  "og_image",
  "image",
  "search",
] as const;

/** The fields every kind of content has, as academicpages writes them; `kind` names it in errors. */
export const entryFields = (kind: string) => ({
  /** The title: the heading, and the first part of the browser tab's title. */
  title: nonEmptyText(`text (the ${kind} title)`),
  /** Where the entry lives, such as `/publication/2024-paper/`; a default is used when not set. */
  permalink: sitePath().optional(),
  /** A sentence or two about the entry; the description for search engines. */
  excerpt: shownText().optional(),
  /**
   * Where the text's excerpt ends, when there is no `excerpt` (such as `<!--more-->`); by default,
   * the settings' `excerpt_separator`, else the end of the first paragraph.
   */
  excerpt_separator: text().optional(),
  /** Used as the description when there is no `excerpt`. */
  description: text().optional(),
  /** Whether the author profile is shown beside the entry (default `true`). */
  author_profile: yesNo().default(true),
  /** Old addresses of the entry; each one gets a page that sends visitors here. */
  redirect_from: oldAddressList().default([]),
  /** `false` keeps the entry out of the site, as in Jekyll (default `true`). */
  published: yesNo().default(true),
  /** `false` keeps the entry out of the sitemap (default `true`). */
  sitemap: yesNo().default(true),
  /** Makes the entry a redirect: visitors to its address are sent to this path or web address. */
  redirect_to: webAddressOrPath().optional(),
  /** Images of the entry, as academicpages names them: `og_image` and `teaser`. */
  header: headerFields().optional(),
  /** `true` shows a table of contents of the text's headings above it (default `false`). */
  toc: yesNo().default(false),
  /** The heading of the table of contents (default "On this page"). */
  toc_label: text().optional(),
  /** The language of the entry, when it is not the site's `locale`: `fr`, `zh-CN`. */
  lang: languageTag().optional(),
});

/** What an image field takes, in an editor's words. */
const IMAGE_EXPECTED =
  'a file name in public/images/ such as "paper.png", a path such as "/images/paper.png", or a web address';

/** `header:`, as academicpages writes it; the banner fields of its theme have no effect here. */
export const headerFields = () =>
  fieldGroup(
    {
      /** The image shown when the entry's link is shared, instead of the one the site draws. */
      og_image: text(IMAGE_EXPECTED).optional(),
      /** A small image beside the entry in lists (posts and portfolio items). */
      teaser: text(IMAGE_EXPECTED).optional(),
    },
    [
      "image",
      "overlay_image",
      "overlay_filter",
      "overlay_color",
      "caption",
      "cta_label",
      "cta_url",
      "actions",
      "image_description",
    ],
  );

/** A link: a full web address, or a path on this site such as `/files/paper.pdf`. */
export const webAddressOrPath = () =>
  text(
    'a web address starting with "https://", or a path on this site such as "/files/paper.pdf"',
  ).superRefine((value, ctx) => {
    const isWeb = URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
    // A control character is reported once, by text().
    if (!isWeb && !CONTROL.test(value) && sitePathProblem(value) !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `expected a web address starting with "https://", or a path on this site such as "/files/paper.pdf", but found ${describeValue(value)}.`,
      });
    }
  });

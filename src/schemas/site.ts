/** The site settings in `src/data/site.yaml`, in the shape of an academicpages `_config.yml`. */
import { z } from "astro/zod";
import { isEmbedOrigin } from "#core/origins.ts";
import { describeValue } from "#core/describe-value.ts";
import { PROFILE_SERVICES, RETIRED_PROFILE_KEYS } from "./profile-services.ts";
import { pageSections } from "./pages.ts";
import { sitePathProblem, withLeadingSlash } from "#core/site-paths.ts";
import {
  expected,
  fieldGroup,
  languageTag,
  nonEmptyText,
  sitePath,
  text,
  textList,
  webAddress,
} from "./base.ts";

/** A profile link: a full web address for some services, a username (or a full address) for others. */
const profileLinkFields = Object.fromEntries(
  PROFILE_SERVICES.map((service) => [
    service.key,
    service.address === "url"
      ? webAddress(
          `the full address of your ${service.label} profile, starting with "https://"`,
        ).optional()
      : text(`your ${service.label} username`).optional(),
  ]),
);

export const authorSchema = fieldGroup(
  {
    /** Your name, as it appears in the profile and in search results. */
    name: text("text (your name)"),
    /** A portrait: the name of an image file in src/images/ (such as `profile.jpg`); empty for none. */
    avatar: text().optional(),
    /** A one-line bio shown under your name. */
    bio: text().optional(),
    /** Where you are, such as a city. */
    location: text().optional(),
    /** Your employer, shown in the profile. */
    employer: text().optional(),
    /** Your pronouns, shown in the profile. */
    pronouns: text().optional(),
    /** A personal web address. */
    uri: webAddress().optional(),
    /** Your email address. */
    email: z
      .string(expected('an email address, such as "name@example.org"'))
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
        error: (issue) =>
          `expected an email address, such as "name@example.org", but found "${String(issue.input)}".`,
      })
      .optional(),
    /** Profile links (googlescholar, orcid, github, twitter, ...): see src/schemas/profile-services.ts. */
    ...profileLinkFields,
  },
  RETIRED_PROFILE_KEYS,
);

export const navigationLinkSchema = fieldGroup({
  /** The text of the menu link. */
  title: text("text (the link text)"),
  /** A path on this site, such as `/publications/`, or a full web address. */
  url: text('a path on this site, such as "/publications/", or a web address'),
});

/** `_config.yml` keys that are accepted as they are and have no effect here. */
export const ACADEMICPAGES_SITE_KEYS = [
  "name",
  "site_theme",
  "repository",
  "teaser",
  "breadcrumbs",
  "words_per_minute",
  "facebook",
  "social",
  "footer",
  "defaults",
  "collections",
  "include",
  "exclude",
  "plugins",
  "whitelist",
  "markdown",
  "kramdown",
  "sass",
  "compress_html",
  "timezone",
  "paginate",
  "paginate_path",
  "read_more",
  "comments",
  "staticman",
  "atom_feed",
  "bing_site_verification",
  "alexa_site_verification",
  "yandex_site_verification",
  "og_description",
  "keep_files",
  "encoding",
  "markdown_ext",
  "highlighter",
  "lsi",
  "incremental",
  "permalink",
  "category_archive",
  "tag_archive",
  "jekyll-archives",
] as const;

export const analyticsSchema = fieldGroup({
  /** `google-analytics-4` turns on Google Analytics; `false` (the default) leaves it off. */
  provider: z
    .union(
      [z.literal(false), z.enum(["false", "google-analytics-4"])],
      expected('false or "google-analytics-4"'),
    )
    .default(false)
    .transform((provider) => (provider === "false" ? false : provider)),
  google: fieldGroup({
    /** The measurement ID, such as `G-ABC123XYZ`. */
    tracking_id: z
      .string(expected('a Google Analytics 4 measurement ID, such as "G-ABC123XYZ"'))
      .regex(/^G-[A-Z0-9]+$/, {
        error: (issue) =>
          `expected a Google Analytics 4 measurement ID, such as "G-ABC123XYZ", but found "${String(issue.input)}".`,
      })
      .optional(),
  }).optional(),
});

const EMBED_ORIGIN =
  'the address of a site: "https://" and its name, such as "https://player.vimeo.com" (with ":" and a port if it has one, and "*." before the name for all its subdomains)';

/** The sites academics embed talks, slides and documents from, allowed unless `embeds` says otherwise. */
export const DEFAULT_EMBEDS = [
  "https://www.youtube-nocookie.com",
  "https://www.youtube.com",
  "https://player.vimeo.com",
  "https://docs.google.com",
  "https://drive.google.com",
  "https://www.slideshare.net",
  "https://speakerdeck.com",
] as const;

export const publicationSettingsSchema = fieldGroup({
  /** `type` groups the publications list by kind (journal articles, conference papers, …); `year`, by year. */
  group_by: z.enum(["type", "year"], expected('"type" or "year"')).default("type"),
  /** Other ways your name is written in author lists, such as "C. F. Baumgartner"; your `author.name` is always one. Shown in bold. */
  my_names: textList("a name, or a list of names").default([]),
  /** How lists show each paper: `house` (title, authors, venue and date; the default), or the reference in the style `apa`, `ieee`, `chicago-author-date`, `vancouver` or `harvard`. */
  style: z
    .enum(
      ["house", "apa", "ieee", "chicago-author-date", "vancouver", "harvard"],
      expected('"house", "apa", "ieee", "chicago-author-date", "vancouver" or "harvard"'),
    )
    .default("house"),
  /**
   * `.bib` files kept elsewhere than `src/content/publications/`, by path from the project folder,
   * such as `public/files/papers.bib` (which is then also a download of the site).
   */
  bib_files: z
    .array(
      z.string().regex(/^(?!\/)(?!.*\.\.)[^\n]*\.bib$/i, {
        error: (issue) =>
          `expected the path of a .bib file from the project folder, such as "public/files/papers.bib", but found ${describeValue(issue.input)}.`,
      }),
      expected('a list of .bib files, such as ["public/files/papers.bib"]'),
    )
    .default([]),
  /** Your co-authors' pages: each name in an author list links to its page. */
  coauthors: z
    .array(
      fieldGroup({
        /** The name as author lists write it, such as "Jane Doe". */
        name: nonEmptyText("the co-author's name"),
        /** The co-author's page. */
        url: webAddress(),
      }),
      expected("a list of co-authors, each with a name and a url"),
    )
    .default([]),
});

/** A whole number of at least 1, such as how many items a section shows. */
const count = () =>
  z
    .number(expected("a whole number, such as 5"))
    .int(expected("a whole number, such as 5"))
    .min(1, expected("a number of at least 1"));

export const siteSchema = fieldGroup(
  {
    /** The language of the site, such as `en-US`. */
    locale: languageTag().default("en-US"),
    /** The site's title: your name, usually. */
    title: nonEmptyText("text (the site title)"),
    /** Stands between the page title and the site title in the browser tab. */
    title_separator: text().default("-"),
    /** The address the site is published at, such as https://name.github.io. */
    url: webAddress('the address the site is published at, such as "https://name.github.io"'),
    /** A folder the site lives in on that address, such as `/lab`; empty for none. */
    baseurl: z
      .string(expected('an empty value, or a path such as "/lab"'))
      .superRefine((value, ctx) => {
        const problem = value === "" ? undefined : sitePathProblem(value);
        if (problem !== undefined) {
          ctx.addIssue({
            code: "custom",
            message: `expected an empty value, or a path such as "/lab", but found ${problem}.`,
          });
        }
      })
      .transform((value) => (value === "" ? "" : withLeadingSlash(value).replace(/\/+$/, "")))
      .default(""),
    /** The profile shown beside pages. */
    author: authorSchema,
    /** The menu in the site's header. */
    navigation: z.array(navigationLinkSchema, expected("a list of menu links")).default([]),
    /** The description of pages that have no `excerpt` or `description` of their own. */
    description: text().optional(),
    /** The code Google Search Console gives to verify the site. */
    google_site_verification: text().optional(),
    /** The site's X (Twitter) account, for link previews. */
    twitter: fieldGroup({
      /** The username, without the @. */
      username: text().optional(),
    }).optional(),
    /** Headings of publication categories, in the order the publications list shows them. */
    publication_category: z
      .record(
        z.string(),
        fieldGroup({
          /** The heading, such as "Journal articles". */
          title: text().optional(),
        }),
        expected("a group of categories, each with a title"),
      )
      .default({}),
    /** What the home page (the page at `/`) shows below its text, unless it names its own `sections`. */
    home: fieldGroup({
      /** Sections, in this order, such as `[selected_publications, recent_posts]`. */
      sections: pageSections().default([]),
      /** How many posts and past talks `recent_posts` and `recent_talks` show. */
      recent: count().default(5),
      /** How many of the latest news items the `news` section shows, before its link to all news. */
      news: count().default(5),
    }).default({ sections: [], recent: 5, news: 5 }),
    /** How publications are listed and shown (`src/content/publications/`, Markdown or BibTeX). */
    publications: publicationSettingsSchema.default({
      group_by: "type",
      my_names: [],
      style: "house",
      bib_files: [],
      coauthors: [],
    }),
    /** Visitor statistics; off unless a provider and an ID are set. */
    analytics: analyticsSchema.optional(),
    /** Whether entries dated after the day the site is built are published (default `true`, as academicpages sets it; Jekyll's own default is `false`). */
    future: z.boolean(expected("true or false")).default(true),
    /** Where an entry's excerpt ends when it has no `excerpt` field (default: its first paragraph). */
    excerpt_separator: text().optional(),
    /** How talks are listed. */
    talks: fieldGroup({
      /** `none` (default: newest first), `year`, or `type` (by `talk_type`, such as Keynote or Poster). */
      group_by: z
        .enum(["none", "year", "type"], {
          error: (issue) =>
            `expected "none", "year" or "type", but found ${describeValue(issue.input)}.`,
        })
        .default("none"),
    }).default({ group_by: "none" }),
    /** Whether each page gets a link-preview image drawn with its title (`/og/…png`; default `true`). */
    preview_images: z.boolean(expected("true or false")).default(true),
    /** The link-preview image of pages that have neither their own (`header.og_image`) nor a drawn one: a file in public/images/, a path or a web address. */
    og_image: text(
      'a file name in public/images/ such as "site.png", a path such as "/images/site.png", or a web address',
    ).optional(),
    /** Whether the site has a search page (`/search/`) and a search box in its header (default `true`). */
    search: z.boolean(expected("true or false")).default(true),
    /** Whether the list of talks links to the talk map (academicpages' setting; default `false`). */
    talkmap_link: z.boolean(expected("true or false")).default(false),
    /** Where the talk map is, when talks have places (default `/talkmap/`). */
    talkmap_permalink: sitePath().default("/talkmap/"),
    /** The sites whose pages may be embedded in a page (`<iframe>`): their origins, such as `https://player.vimeo.com`. */
    embeds: z
      .array(
        z.string(expected(EMBED_ORIGIN)).superRefine((value, ctx) => {
          if (!isEmbedOrigin(value)) {
            ctx.addIssue({
              code: "custom",
              message: `expected ${EMBED_ORIGIN}, but found ${describeValue(value)}.`,
            });
          }
        }),
        expected(`a list of site addresses, such as "https://player.vimeo.com"`),
      )
      .transform((origins) => origins.map((origin) => origin.replace(/\/$/, "").toLowerCase()))
      .default([...DEFAULT_EMBEDS]),
    /** `warning` (default) reports links to missing pages and files; `error` stops the build. */
    broken_links: z.enum(["warning", "error"], expected('"warning" or "error"')).default("warning"),
  },
  ACADEMICPAGES_SITE_KEYS,
);

export type SiteSettings = z.output<typeof siteSchema>;

/** The Google Analytics 4 measurement ID when the settings turn it on, else `undefined`. */
export function analyticsId(settings: SiteSettings): string | undefined {
  const { analytics } = settings;
  return analytics?.provider === "google-analytics-4" ? analytics.google?.tracking_id : undefined;
}

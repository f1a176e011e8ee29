/** The site settings in `src/data/site.yaml`, in the shape of an academicpages `_config.yml`. */
import { z } from "astro/zod";
import { sitePathProblem, withLeadingSlash } from "../lib/site-paths.ts";
import { expected, fieldGroup, text, webAddress } from "./base.ts";

/** Profile keys that academicpages supports and that are accepted as they are. */
export const ACADEMICPAGES_AUTHOR_KEYS = ["avatar", "pronouns", "employer", "uri"] as const;

/** Profile links: a username or a full web address, depending on the key. */
const profileLink = () => text().optional();

export const authorSchema = fieldGroup(
  {
    /** Your name, as it appears in the profile and in search results. */
    name: text("text (your name)"),
    /** Path of a portrait image; leave empty when there is none. */
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
    /** Full address of your Google Scholar profile. */
    googlescholar: webAddress().optional(),
    /** Full address of your ORCID record, such as https://orcid.org/0000-0000-0000-0000. */
    orcid: webAddress().optional(),
    /** Full address of your ResearchGate profile. */
    researchgate: webAddress().optional(),
    /** GitHub username. */
    github: profileLink(),
    /** Twitter / X username, without the @. */
    twitter: profileLink(),
    /** LinkedIn username (the part after linkedin.com/in/). */
    linkedin: profileLink(),
    /** Bluesky handle, such as name.bsky.social. */
    bluesky: profileLink(),
    /** Full address of your Mastodon profile. */
    mastodon: webAddress().optional(),
  },
  ACADEMICPAGES_AUTHOR_KEYS,
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
  "description",
  "repository",
  "teaser",
  "breadcrumbs",
  "words_per_minute",
  "twitter",
  "facebook",
  "og_image",
  "social",
  "analytics",
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
] as const;

export const siteSchema = fieldGroup(
  {
    /** The language of the site, such as `en-US`. */
    locale: text().default("en-US"),
    /** The site's title: your name, usually. */
    title: text("text (the site title)"),
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
    /** `warning` (default) reports links to missing pages and files; `error` stops the build. */
    broken_links: z.enum(["warning", "error"], expected('"warning" or "error"')).default("warning"),
  },
  ACADEMICPAGES_SITE_KEYS,
);

export type SiteSettings = z.output<typeof siteSchema>;
export type Author = SiteSettings["author"];

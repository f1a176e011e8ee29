/**
 * What the head of a page says about it, besides its style: the document title, the tags for
 * search engines and link previews (description, canonical link, feed, sitemap, Open Graph and
 * Twitter card), and the site's structured data on the home page. `BaseLayout.astro` prints it.
 */
import type { SiteSettings } from "#schemas/site.ts";
import { FEED_PATH, SITEMAP_PATH } from "#routing/collections.ts";
import { absoluteUrl, documentTitle } from "./page-meta.ts";
import { withBase } from "#core/site-paths.ts";
import { jsonLd, siteGraph } from "./structured-data.ts";
import { plainText } from "#core/text.ts";
import type { PreviewImage } from "./preview-card.ts";

/** A `<meta>` or `<link>` tag, with its attributes in the order they are written. */
export interface HeadTag {
  tag: "meta" | "link";
  attrs: Record<string, string>;
}

export interface PageHeadInput {
  /** The page's own title; the site title alone when not given. */
  title?: string | undefined;
  /** The description search engines show, in Markdown or plain text. */
  description?: string | undefined;
  /** The page's address on this site, such as `/`; the canonical link is made from it. */
  path?: string | undefined;
  /** Whether the site has posts, so a feed to link to. */
  hasFeed: boolean;
  /** The image link previews show (`og:image`), if the page has one. */
  image?: PreviewImage | undefined;
}

export interface PageHead {
  /** The document title: "About me - Christian F. Baumgartner". */
  title: string;
  tags: HeadTag[];
  /** The site's JSON-LD (`WebSite` and `Person`), on the home page only. */
  structuredData?: string;
}

export function pageHead(input: PageHeadInput, settings: SiteSettings): PageHead {
  const description = plainText(input.description ?? settings.description ?? "");
  const canonical = input.path === undefined ? undefined : absoluteUrl(input.path, settings);
  const isHome = input.path === "/";
  const twitter = settings.twitter?.username;
  const meta = (attrs: Record<string, string>): HeadTag => ({ tag: "meta", attrs });
  const link = (attrs: Record<string, string>): HeadTag => ({ tag: "link", attrs });
  const tags: (HeadTag | false)[] = [
    description !== "" && meta({ name: "description", content: description }),
    canonical !== undefined && link({ rel: "canonical", href: canonical }),
    meta({ name: "color-scheme", content: "light dark" }),
    link({
      rel: "icon",
      href: withBase(settings.baseurl, "/favicon.svg"),
      type: "image/svg+xml",
    }),
    link({ rel: "sitemap", href: absoluteUrl(SITEMAP_PATH, settings) }),
    input.hasFeed &&
      link({
        rel: "alternate",
        type: "application/rss+xml",
        title: settings.title,
        href: absoluteUrl(FEED_PATH, settings),
      }),
    settings.google_site_verification !== undefined &&
      meta({ name: "google-site-verification", content: settings.google_site_verification }),
    meta({ property: "og:type", content: isHome ? "profile" : "website" }),
    meta({ property: "og:site_name", content: settings.title }),
    meta({ property: "og:title", content: input.title ?? settings.title }),
    description !== "" && meta({ property: "og:description", content: description }),
    canonical !== undefined && meta({ property: "og:url", content: canonical }),
    meta({ property: "og:locale", content: settings.locale.replace("-", "_") }),
    ...imageTags(input.image),
    meta({
      name: "twitter:card",
      content: input.image === undefined ? "summary" : "summary_large_image",
    }),
    input.image !== undefined && meta({ name: "twitter:image", content: input.image.url }),
    input.image !== undefined && meta({ name: "twitter:image:alt", content: input.image.alt }),
    twitter !== undefined &&
      meta({ name: "twitter:site", content: `@${twitter.replace(/^@/, "")}` }),
  ];
  return {
    title: documentTitle(input.title, settings),
    tags: tags.filter((tag): tag is HeadTag => tag !== false),
    ...(isHome && { structuredData: jsonLd(siteGraph(settings)) }),
  };
}

/** Open Graph's tags for a page's image: its address, size when known, and description. */
function imageTags(image: PreviewImage | undefined): HeadTag[] {
  if (image === undefined) return [];
  const meta = (property: string, content: string): HeadTag => ({
    tag: "meta",
    attrs: { property, content },
  });
  return [
    meta("og:image", image.url),
    ...(image.width === undefined ? [] : [meta("og:image:width", String(image.width))]),
    ...(image.height === undefined ? [] : [meta("og:image:height", String(image.height))]),
    meta("og:image:alt", image.alt),
  ];
}

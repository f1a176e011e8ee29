import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import settings from "virtual:academic/settings";
import { newestFirst } from "#routing/listings.ts";
import { absoluteUrl } from "#view/page-meta.ts";
import { siteEntries } from "#astro/site-entries.ts";
import { plainText } from "#core/text.ts";

// The feed exists even without posts, so that readers who subscribed to the old site's feed.xml
// (jekyll-feed) get a feed, not an error.
export const GET: APIRoute = async () => {
  const posts = newestFirst(await siteEntries("posts"));
  return rss({
    title: settings.title,
    description: settings.description ?? settings.author.bio ?? settings.title,
    site: absoluteUrl("/", settings),
    items: posts.map((post) => ({
      title: plainText(post.data.title),
      link: absoluteUrl(post.url, settings),
      ...(post.date !== undefined && { pubDate: post.date }),
      ...(post.data.excerpt !== undefined && { description: plainText(post.data.excerpt) }),
      categories: post.data.tags,
    })),
    customData: `<language>${settings.locale}</language>`,
  });
};

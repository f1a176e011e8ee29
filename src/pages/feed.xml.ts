import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import settings from "virtual:academic/settings";
import { absoluteUrl } from "#view/page-meta.ts";
import { newestFeedFirst, newsFeedItem, type FeedItem } from "#view/feed.ts";
import { listedOnlyEntries, siteEntries } from "#astro/site-entries.ts";
import { entryHtmlText } from "#astro/entry-content.ts";
import { newsPath } from "#astro/site-pages.ts";
import { plainText } from "#core/text.ts";

// The feed exists even without posts, so that readers who subscribed to the old site's feed.xml
// (jekyll-feed) get a feed, not an error.
export const GET: APIRoute = async () => {
  const posts = (await siteEntries("posts")).map((post): FeedItem => ({
    title: plainText(post.data.title),
    link: post.url,
    ...(post.date !== undefined && { pubDate: post.date }),
    ...(post.data.excerpt !== undefined && { description: plainText(post.data.excerpt) }),
    categories: post.data.tags,
  }));
  const listPath = await newsPath();
  const news = await Promise.all(
    [...(await siteEntries("news")), ...(await listedOnlyEntries())].flatMap((item) =>
      item.collection === "news"
        ? [
            entryHtmlText(item).then((html) =>
              newsFeedItem({ ...item, id: item.entry.id }, item.data, html, listPath),
            ),
          ]
        : [],
    ),
  );
  return rss({
    title: settings.title,
    description: settings.description ?? settings.author.bio ?? settings.title,
    site: absoluteUrl("/", settings),
    items: newestFeedFirst([...posts, ...news]).map(({ link, categories, ...item }) => ({
      ...item,
      link: /^https?:/.test(link) ? link : absoluteUrl(link, settings),
      ...(categories !== undefined && { categories: [...categories] }),
    })),
    customData: `<language>${settings.locale}</language>`,
  });
};

/** The entries of the feed (`/feed.xml`): posts and news, newest first, as feed readers show them. */
import { plainText, slugify } from "#core/text.ts";

/** An entry of the feed, before it is written as RSS. */
export interface FeedItem {
  title: string;
  /** The address of the item, relative to the site (`/news/#news-award`) or a web address. */
  link: string;
  pubDate?: Date;
  /** What readers show of the item: an excerpt as text, or a news item's text as HTML. */
  description?: string;
  categories?: readonly string[];
}

/** How long a title made from a news item's text may be, in characters, before it is cut. */
const HEADLINE_LENGTH = 120;

/**
 * A title for a news item that has none: its text, as plain text, cut after a whole word when it
 * is longer than a headline (`…` marks the cut).
 */
export function headline(html: string): string {
  const words = plainText(html).replace(/\s+/g, " ").trim();
  if (words.length <= HEADLINE_LENGTH) return words;
  const cut = words.slice(0, HEADLINE_LENGTH + 1);
  const end = cut.lastIndexOf(" ");
  return `${(end > 0 ? cut.slice(0, end) : cut.slice(0, HEADLINE_LENGTH)).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The anchor of a news item in the lists (`news-2023-04-award`), from its id in the collection. */
export function newsAnchor(id: string): string {
  return `news-${slugify(id.replace(/\.[^./]+$/, "")) || "item"}`;
}

/** A news item as a feed entry: its page when it has one, else its place in the list of news. */
export function newsFeedItem(
  item: { url: string; itemOnly: boolean; date: Date | undefined; id: string },
  data: { title: string },
  html: string | undefined,
  newsPath: string | undefined,
): FeedItem {
  const text = html ?? "";
  const link = item.itemOnly ? `${newsPath ?? "/"}#${newsAnchor(item.id)}` : item.url;
  return {
    // An item without a title or text of its own (MDX, say) is titled "News".
    title: data.title === "" ? headline(text) || "News" : plainText(data.title),
    link,
    ...(item.date !== undefined && { pubDate: item.date }),
    ...(text !== "" && { description: text }),
  };
}

/** Posts and news, newest first; undated entries last. */
export function newestFeedFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0));
}

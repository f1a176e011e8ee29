import assert from "node:assert/strict";
import { test } from "node:test";
import { headline, newestFeedFirst, newsAnchor, newsFeedItem } from "./feed.ts";

test("a news item's headline is its text, cut after a whole word when it is long", () => {
  assert.equal(
    headline('<p>We won the <a href="/x">K2S challenge</a>!</p>\n'),
    "We won the K2S challenge!",
  );
  const long = `<p>${"word ".repeat(40)}end.</p>`;
  const cut = headline(long);
  assert.ok(cut.endsWith("word…"), cut);
  assert.ok(cut.length <= 121, String(cut.length));
});

test("news anchors come from the file's name", () => {
  assert.equal(newsAnchor("2023-04-poster-award"), "news-2023-04-poster-award");
  assert.equal(newsAnchor("2023/Award.md"), "news-2023-award");
});

test("a line of news links to its place in the list; an item with a page to its page", () => {
  const date = new Date(Date.UTC(2023, 3, 1));
  const line = { url: "/news/a/", itemOnly: true, date, id: "a" };
  assert.deepEqual(newsFeedItem(line, { title: "" }, "<p>Hello.</p>", "/news/"), {
    title: "Hello.",
    link: "/news/#news-a",
    pubDate: date,
    description: "<p>Hello.</p>",
  });
  assert.equal(newsFeedItem(line, { title: "" }, undefined, "/news/").title, "News");
  const page = { ...line, itemOnly: false };
  assert.deepEqual(newsFeedItem(page, { title: "An *award*" }, undefined, "/news/"), {
    title: "An award",
    link: "/news/a/",
    pubDate: date,
  });
});

test("posts and news are in one list, newest first, undated last", () => {
  const at = (y: number) => new Date(Date.UTC(y, 0, 1));
  const items = [
    { title: "undated", link: "/u/" },
    { title: "old", link: "/o/", pubDate: at(2020) },
    { title: "new", link: "/n/", pubDate: at(2024) },
  ];
  assert.deepEqual(
    newestFeedFirst(items).map((item) => item.title),
    ["new", "old", "undated"],
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { siteSchema } from "#schemas/site.ts";
import { pageHead } from "./head.ts";

const settings = siteSchema.parse({
  title: "Ada Example",
  url: "https://ada.example.org",
  baseurl: "/lab",
  locale: "en-GB",
  description: "Ada's homepage",
  author: { name: "Ada Example" },
  twitter: { username: "@ada" },
  google_site_verification: "abc",
});

const print = (head: ReturnType<typeof pageHead>) =>
  head.tags.map(({ tag, attrs }) =>
    [tag, ...Object.entries(attrs).map(([key, value]) => `${key}=${value}`)].join(" "),
  );

test("the home page: the site's description, a profile, and the site's structured data", () => {
  const head = pageHead({ title: "About me", path: "/", hasFeed: true }, settings);
  assert.equal(head.title, "About me - Ada Example");
  assert.deepEqual(print(head), [
    "meta name=description content=Ada's homepage",
    "link rel=canonical href=https://ada.example.org/lab/",
    "meta name=color-scheme content=light dark",
    "link rel=icon href=/lab/favicon.svg type=image/svg+xml",
    "link rel=sitemap href=https://ada.example.org/lab/sitemap-index.xml",
    "link rel=alternate type=application/rss+xml title=Ada Example href=https://ada.example.org/lab/feed.xml",
    "meta name=google-site-verification content=abc",
    "meta property=og:type content=profile",
    "meta property=og:site_name content=Ada Example",
    "meta property=og:title content=About me",
    "meta property=og:description content=Ada's homepage",
    "meta property=og:url content=https://ada.example.org/lab/",
    "meta property=og:locale content=en_GB",
    "meta name=twitter:card content=summary",
    "meta name=twitter:site content=@ada",
  ]);
  assert.match(head.structuredData ?? "", /"@type":"WebSite"/);
});

test("another page: its own description as plain text, no feed, no structured data", () => {
  const head = pageHead(
    { title: "Notes", description: "**Bold** [notes](/x/)", path: "/notes/", hasFeed: false },
    siteSchema.parse({ title: "S", url: "https://s.org", author: { name: "S" } }),
  );
  assert.equal(head.title, "Notes - S");
  assert.equal(head.structuredData, undefined);
  assert.ok(print(head).includes("meta name=description content=Bold notes"));
  assert.ok(print(head).includes("meta property=og:type content=website"));
  assert.ok(!print(head).some((line) => line.includes("rss+xml") || line.includes("twitter:site")));
});

test("a page without an address has no canonical link", () => {
  const head = pageHead({ title: "Page not found", hasFeed: false }, settings);
  assert.ok(!print(head).some((line) => line.startsWith("link rel=canonical")));
});

test("a page with an image: its address, size and description, and a large Twitter card", () => {
  const image = {
    url: "https://ada.example.org/lab/og/notes.png",
    width: 1200,
    height: 630,
    alt: "Notes · Ada",
  };
  const tags = print(
    pageHead({ title: "Notes", path: "/notes/", hasFeed: false, image }, settings),
  );
  assert.deepEqual(
    tags.filter((line) => /og:image|twitter:(card|image)/.test(line)),
    [
      "meta property=og:image content=https://ada.example.org/lab/og/notes.png",
      "meta property=og:image:width content=1200",
      "meta property=og:image:height content=630",
      "meta property=og:image:alt content=Notes · Ada",
      "meta name=twitter:card content=summary_large_image",
      "meta name=twitter:image content=https://ada.example.org/lab/og/notes.png",
      "meta name=twitter:image:alt content=Notes · Ada",
    ],
  );
  const own = print(
    pageHead(
      { path: "/x/", hasFeed: false, image: { url: "https://x.org/a.png", alt: "A" } },
      settings,
    ),
  );
  assert.ok(own.includes("meta property=og:image content=https://x.org/a.png"));
  assert.ok(!own.some((line) => line.includes("og:image:width")));
});

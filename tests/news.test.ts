/** News: one short file each, on the About page (the latest few), at /news/ and in the feed. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { assertSiteAccessible } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const SETTINGS = path.join(PROJECT, "tests/fixtures/academic/src/data/site.yaml");
const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

const NEWS = {
  "src/content/news/2023-04-poster-award.md":
    "---\ndate: 2023-04\n---\nPhD student Susu Sun wins the [best poster jury award](https://example.org/bias) at the Bern Interpretable AI Symposium!\n",
  "src/content/news/2022-09-challenge.md":
    "---\ndate: 2022-09-14\nlink: https://example.org/challenge\n---\nOur team wins the K2S reconstruction and segmentation challenge.\n",
  "src/content/news/2022-07-midl.md":
    "---\ntitle: Programme committee for MIDL 2023\ndate: 2022-07-01\nexcerpt: Serving again after MIDL 2022 in Zürich.\n---\nAfter MIDL 2022 in Zürich, I will again serve on the programme committee.\n\nSubmissions open in the autumn.\n",
  "src/content/news/2021-hidden.md": "---\ndate: 2021\npublished: false\n---\nNot yet.\n",
};

/** The text of an element's matches, tags removed and spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The section with heading `heading` on a page, as HTML. */
function section(html: string, heading: string): string {
  const found = [
    ...html.matchAll(
      /<section aria-labelledby="[^"]*"><h2 id="[^"]+">([^<]+)<\/h2>([\s\S]*?)<\/section>/g,
    ),
  ].find((m) => m[1] === heading);
  assert.ok(found, `no section "${heading}"`);
  return found[2] ?? "";
}

describe("news", () => {
  let root: string;
  let result: BuildResult;
  before(async () => {
    root = await fixtureSite("news", {
      withoutPages: true,
      from: "academic",
      files: {
        "src/data/site.yaml": `${await readFile(SETTINGS, "utf8")}\nhome:\n  sections: [news, selected_publications, recent_posts, upcoming_talks, recent_talks]\n  news: 2\n  recent: 1\n`,
        "src/content/publications/2020-selected.md":
          "---\ntitle: A selected paper\ndate: 2020-06-01\nvenue: Journal of Examples\nselected: true\n---\n",
        "src/content/talks/2099-keynote.md":
          "---\ntitle: Keynote of the future\ndate: 2099-05-01\nvenue: A conference\n---\n",
        "src/content/pages/about.md": "---\ntitle: About me\npermalink: /\n---\nI study things.\n",
        ...NEWS,
      },
    });
    roots.push(root);
    result = await buildSite(root);
  });

  test("the About page shows the latest items whole, then a link to all news", async () => {
    assert.equal(result.error, undefined, result.log);
    const html = await distFile(root, "index.html");
    const news = section(html, "News");
    assert.deepEqual(
      [...news.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]),
      ["news-2023-04-poster-award", "news-2022-09-challenge"],
    );
    assert.match(news, /<time datetime="2023-04"[^>]*>April 2023<\/time>/);
    assert.match(news, /<a href="https:\/\/example\.org\/bias">best poster jury award<\/a>/);
    assert.match(news, /<a href="https:\/\/example\.org\/challenge"[^>]*>Read more<\/a>/);
    assert.match(news, /<p class="more"[^>]*><a href="\/news\/">All news<\/a><\/p>/);
    const headings = [...html.matchAll(/<h2 id="[^"]+"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings, [
      "News",
      "Selected publications",
      "Recent posts",
      "Upcoming talks",
      "Recent talks",
    ]);
    assert.match(section(html, "Selected publications"), /A selected paper/);
    assert.match(section(html, "Upcoming talks"), /Keynote of the future/);
    assert.doesNotMatch(
      html,
      /<script(?![^>]*type="application\/ld\+json")/,
      "the About page sends no JavaScript (its one script element is structured data)",
    );
  });

  test("/news/ lists every published item by year; an item with a title has a page, the others none", async () => {
    const list = await distFile(root, "news/index.html");
    assert.deepEqual(
      [...list.matchAll(/<h2 id="group-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]),
      ["2023", "2022"],
    );
    assert.match(
      list,
      /<a href="\/news\/2022-07-midl\/"[^>]*>\s*Programme committee for MIDL 2023/,
    );
    assert.match(textOf(list), /Serving again after MIDL 2022 in Zürich\./);
    assert.doesNotMatch(list, /Not yet/);
    const page = await distFile(root, "news/2022-07-midl/index.html");
    assert.match(textOf(page), /Submissions open in the autumn\./);
    assert.equal(existsSync(path.join(root, "dist/news/2023-04-poster-award/index.html")), false);
    const sitemap = await distFile(root, "sitemap-0.xml");
    assert.match(sitemap, /<loc>https:\/\/academicpages\.github\.io\/news\/2022-07-midl\/<\/loc>/);
    assert.doesNotMatch(sitemap, /poster-award/);
  });

  test("the feed has the news beside the posts, newest first, each linking to its page or its place in the list", async () => {
    const feed = await distFile(root, "feed.xml");
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
      const field = (name: string) =>
        new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(m[1] ?? "")?.[1] ?? "";
      return [field("title"), field("link")];
    });
    assert.deepEqual(items.slice(0, 3), [
      [
        "PhD student Susu Sun wins the best poster jury award at the Bern Interpretable AI Symposium!",
        "https://academicpages.github.io/news/#news-2023-04-poster-award",
      ],
      [
        "Our team wins the K2S reconstruction and segmentation challenge.",
        "https://academicpages.github.io/news/#news-2022-09-challenge",
      ],
      ["Programme committee for MIDL 2023", "https://academicpages.github.io/news/2022-07-midl/"],
    ]);
    assert.ok(
      items.some(([title]) => title === "Blog Post number 2"),
      "the posts are still there",
    );
    assert.match(feed, /best poster jury award/);
  });

  test("axe finds nothing on the About page with news and on /news/, in light and dark", async () => {
    await assertSiteAccessible(root, ["/", "/news/"]);
  });
});

describe("news that cannot be built", () => {
  test("each mistake is named with its file, field, what was expected and what was found", async () => {
    const root = await fixtureSite("news-bad", {
      files: {
        "src/content/news/no-date.md": "---\nlink: https://example.org/\n---\nA line.\n",
        "src/content/news/empty-title.md": '---\ntitle: ""\ndate: 2024-01-01\n---\nA line.\n',
        "src/content/news/bad-link.md": "---\ndate: 2024-01-01\nlink: [a, b]\n---\nA line.\n",
        "src/content/news/addressed.md":
          "---\ndate: 2024-01-01\npermalink: /news/addressed/\nredirect_from: /old-news/\n---\nA line.\n",
      },
    });
    roots.push(root);
    const built = await buildSite(root);
    assert.ok(built.error, "the build stops");
    const lines = built.log.split("\n").filter((line) => line.startsWith("  ✗ src/content/news/"));
    assert.deepEqual(lines, [
      '  ✗ src/content/news/addressed.md, field "permalink": has no effect: a news item without a title is shown in the news lists only and has no page of its own. Give it a title to make it a page, or remove this field.',
      '  ✗ src/content/news/addressed.md, field "redirect_from": has no effect: a news item without a title is shown in the news lists only and has no page of its own. Give it a title to make it a page, or remove this field.',
      '  ✗ src/content/news/bad-link.md, field "link": expected a web address starting with "https://", or a path on this site such as "/files/paper.pdf", but found a list of 2 items.',
      '  ✗ src/content/news/empty-title.md, field "title": expected text (the news item\'s title), but found an empty text.',
      '  ✗ src/content/news/no-date.md, field "date": expected a date such as 2024-05-31, or a year such as 2024, but found nothing (the field is missing).',
    ]);
  });
});

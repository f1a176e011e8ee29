import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  archiveListing,
  configDefault,
  convertConfig,
  convertEntry,
  convertKramdown,
  htmlAsMarkdown,
  jekyllPermalink,
  withoutLiquid,
} from "./convert.ts";

describe("archiveListing", () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ["{% for post in site.publications reversed %}", "/publications/", "publications"],
    ["{%- for post in site.talks -%}", "/talks/", "talks"],
    ["{% for post in site.posts %}", "/year-archive/", "posts"],
    ['{% include group-by-array collection=site.posts field="tags" %}', "/tags/", "tags"],
    ["{% for post in site.pages %}{% for post in site.posts %}", "/sitemap/", "sitemap"],
    ["Just text", "/about/", undefined],
  ];
  for (const [body, permalink, listing] of cases) {
    test(body, () => assert.equal(archiveListing(body, permalink), listing));
  }
});

test("withoutLiquid keeps the author's words and fills in site values", () => {
  assert.equal(
    withoutLiquid(
      '{% if site.author.googlescholar %}\nSee <a href="{{site.author.googlescholar}}">Scholar</a>.\n{% endif %}\n\n{% include base_path %}\n\n{% for post in site.publications %}\n  {% include archive-single.html %}\n{% endfor %}\n',
      { author: { googlescholar: "https://scholar.example/" } },
    ),
    'See <a href="https://scholar.example/">Scholar</a>.',
  );
});

describe("convertKramdown", () => {
  test("a notice becomes a quote; other attribute lists are dropped, with their lines", () => {
    const { body, notes } = convertKramdown(
      'Intro\n\nA notice\non two lines\n{: .notice--warning}\n[x](y){:target="_blank"}',
      "a.md",
      5,
    );
    assert.equal(body, "Intro\n\n> A notice\n> on two lines\n[x](y)");
    assert.deepEqual(
      notes.map((n) => [n.line, n.message]),
      [
        [9, '"{: .notice--warning}" made the paragraph above it a notice (a quote).'],
        [10, '"{:target="_blank"}" was dropped (links open in the same tab).'],
      ],
    );
  });
});

test("htmlAsMarkdown removes indentation that Markdown would read as code", () => {
  assert.equal(
    htmlAsMarkdown("<div>\n    <p>x</p>\n\n    <p>y</p>\n</div>"),
    "<div>\n<p>x</p>\n\n<p>y</p>\n</div>",
  );
});

describe("jekyllPermalink", () => {
  const parts = {
    collection: "talks",
    path: "2013-tutorial",
    categories: [] as string[],
    date: new Date(Date.UTC(2013, 2, 1)),
  };
  const cases: [string, Partial<typeof parts>, string][] = [
    ["/:collection/:path/", {}, "/talks/2013-tutorial/"],
    [
      "/:categories/:title/",
      { collection: "posts", path: "2013-08-14-blog-post-2", categories: ["Cool posts"] },
      "/cool-posts/blog-post-2/",
    ],
    [
      "/:categories/:title/",
      { collection: "posts", path: "2013-08-14-blog-post-2" },
      "/blog-post-2/",
    ],
    ["pretty", { collection: "posts", path: "2013-08-14-post" }, "/2013/03/01/post/"],
    ["date", { collection: "posts", path: "2013-08-14-post" }, "/2013/03/01/post.html"],
    [
      "/:year/:month/:name",
      { collection: "posts", path: "2013-08-14-post" },
      "/2013/03/2013-08-14-post",
    ],
  ];
  for (const [template, extra, url] of cases) {
    test(`${template} → ${url}`, () =>
      assert.equal(jekyllPermalink(template, { ...parts, ...extra }), url));
  }
});

test("configDefault reads the defaults of a kind of content", () => {
  const config = {
    defaults: [
      { scope: { path: "" }, values: { author_profile: true } },
      { scope: { path: "", type: "talks" }, values: { author_profile: false } },
    ],
  };
  assert.equal(configDefault(config, "talks", "author_profile"), false);
  assert.equal(configDefault(config, "pages", "author_profile"), true);
  assert.equal(configDefault(config, "pages", "layout"), undefined);
});

test("convertConfig keeps the settings that mean something here", () => {
  const { settings, notes } = convertConfig(
    {
      title: "T",
      url: "https://t.example",
      baseurl: "",
      author: { name: "A", avatar: "me.png" },
      analytics: { provider: "google-analytics-4", google: { tracking_id: "G-ABC" } },
      plugins: ["jekyll-feed"],
    },
    { main: [{ title: "Talks", url: "/talks/" }] },
    false,
  );
  assert.deepEqual(settings, {
    title: "T",
    url: "https://t.example",
    author: { name: "A" },
    analytics: { provider: "google-analytics-4", google: { tracking_id: "G-ABC" } },
    navigation: [{ title: "Talks", url: "/talks/" }],
  });
  assert.deepEqual(
    notes.map((n) => n.message),
    [
      'author.avatar names "me.png", but there is no such file in images/: the profile shows initials until a portrait is in src/images/.',
    ],
  );
});

test("convertEntry: front matter stays as it is; a file without front matter is skipped", () => {
  const source = '---\ntitle: "Paper"\ndate: 2024\nvenue: J # a comment stays\n---\nBody\n';
  const result = convertEntry("_publications", "paper.md", source, {
    permalinkTemplate: "/:collection/:path/",
  });
  assert.ok(!("skipped" in result));
  assert.equal(result.text, source);
  assert.deepEqual(result.notes, []);
  assert.deepEqual(convertEntry("_pages", "x.md", "No front matter"), {
    skipped: "it has no front matter, so Jekyll did not build it",
  });
});

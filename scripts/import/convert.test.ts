import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  aboutSections,
  addressBeside,
  entryLanguage,
  archiveListing,
  configDefault,
  convertConfig,
  convertEntry,
  firstHeading,
  plainCss,
  splashHeader,
  titleFromName,
  withoutBlocks,
  withoutLiquid,
  type EntryContext,
} from "./convert.ts";
import { frontMatterDate, isCollectionLabel, readYaml, type JekyllEntry } from "./jekyll-site.ts";
import { splitFrontMatter } from "#markdown/front-matter.ts";

test("archiveListing knows the site's own collections, and that a filtered loop is no archive", () => {
  assert.equal(
    archiveListing(
      "{% for post in site.preprints reversed %}",
      "/preprints/",
      new Set(["preprints"]),
    ),
    "preprints",
  );
  assert.equal(archiveListing("{% for post in site.preprints %}", "/preprints/"), undefined);
  assert.equal(
    archiveListing("{% assign s = site.talks | where: 'type', 'Keynote' %}{% for t in s %}", "/k/"),
    undefined,
  );
});

describe("archiveListing", () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ["{% for post in site.publications reversed %}", "/publications/", "publications"],
    ["{%- for post in site.talks -%}", "/talks/", "talks"],
    ["{% for post in site.posts %}", "/year-archive/", "posts"],
    ['{% include group-by-array collection=site.posts field="tags" %}', "/tags/", "tags"],
    ["{% for post in site.pages %}{% for post in site.posts %}", "/sitemap/", "sitemap"],
    ['{% assign talks = site.talks | sort: "date" %}', "/talks/", "talks"],
    ["{% for collection in site.collections %}", "/collection-archive/", "sitemap"],
    ["Just text", "/about/", undefined],
    [
      "{% for e in site.data.cv.education %}{% endfor %}{% for post in site.publications %}{% endfor %}",
      "/cv/",
      undefined,
    ],
    [
      "{% for p in site.publications %}{% endfor %}{% for t in site.talks %}{% endfor %}",
      "/cv/",
      undefined,
    ],
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
    "there is no such file in images/",
  );
  assert.deepEqual(settings, {
    title: "T",
    url: "https://t.example",
    author: { name: "A" },
    future: false,
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

test("withoutBlocks removes nested loops whole", () => {
  assert.equal(
    withoutBlocks("a{% for x in y %}b{% for z in x %}c{% endfor %}d{% endfor %}e", "for"),
    "ae",
  );
});

test("convertConfig: an obfuscated email becomes the address; future is carried over", () => {
  const { settings, notes } = convertConfig(
    {
      title: "T",
      url: "https://t.org",
      future: true,
      author: { name: "A", email: "a.b(at)uni.edu" },
    },
    undefined,
    "there is no such file in images/",
  );
  assert.deepEqual(settings["author"], { name: "A", email: "a.b@uni.edu" });
  assert.equal(settings["future"], true);
  assert.deepEqual(
    notes.map((n) => n.message),
    [
      'author.email "a.b(at)uni.edu" became "a.b@uni.edu": the profile\'s email link needs the address itself.',
    ],
  );
});

test("titles from file names and headings, as Jekyll and its plugins make them", () => {
  assert.equal(titleFromName("2012-03-01-talk-1"), "Talk 1");
  assert.equal(titleFromName("my_cool-page"), "My Cool Page");
  assert.equal(firstHeading("Intro\n\n## Research interests ##\n"), "Research interests");
  assert.equal(firstHeading("<h1 class='x'>About <em>me</em></h1>"), "About me");
  assert.equal(firstHeading("No heading"), undefined);
});

test("plainCss: Sass that is plain CSS is kept; anything else needs Sass", () => {
  assert.equal(plainCss(""), "");
  assert.equal(plainCss("a { color: red; }\n"), "a { color: red; }\n");
  assert.equal(plainCss("$c: red;\na { color: $c; }"), undefined);
  assert.equal(plainCss('@import "x";'), undefined);
  assert.equal(plainCss("a { b { color: red; } }"), undefined);
});

/** A Jekyll entry, as the site model reads it, for the tests below. */
function entry(file: string, source: string, extra: Partial<JekyllEntry> = {}): JekyllEntry {
  const parts = splitFrontMatter(source, { jekyll: true });
  assert.ok(parts !== undefined);
  const read = readYaml(parts.yaml, 2);
  const [top = "", ...rest] = file.split("/");
  const isPage = top === "_pages";
  return {
    kind: isPage ? "page" : "document",
    file,
    ...(isPage ? {} : { collection: top.slice(1), relative: rest.join("/") }),
    data: read.data as Record<string, unknown>,
    yaml: parts.yaml,
    ...(read.problem !== undefined && { yamlProblem: read.problem }),
    duplicates: read.duplicates,
    body: parts.body,
    bodyLine: parts.bodyLine,
    date: undefined,
    url: "/x/",
    output: "x/index.html",
    ...extra,
  };
}

const context: EntryContext = { config: {} };
const messages = (result: { notes: { message: string }[] }) => result.notes.map((n) => n.message);

describe("convertEntry", () => {
  test("front matter that means the same here stays as it is, comments too", () => {
    const source = "---\ntitle: Paper\ndate: 2024\nvenue: J # a comment stays\n---\nBody\n";
    const result = convertEntry(
      entry("_publications/paper.md", source, {
        url: "/publications/paper/",
        output: "publications/paper/index.html",
      }),
      context,
    );
    assert.equal(result.text, source);
    assert.deepEqual(result.notes, []);
    assert.equal(result.collection, "publications");
  });

  test("what Jekyll took for granted is written: title, date and address", () => {
    const result = convertEntry(
      entry("_talks/2012-03-01-talk-1.md", "---\nvenue: Here\n---\nText\n", {
        date: new Date(Date.UTC(2012, 2, 1)),
        url: "/talks/2012-03-01-talk-1",
        output: "talks/2012-03-01-talk-1.html",
      }),
      context,
    );
    assert.equal(
      result.text,
      "---\nvenue: Here\ntitle: Talk 1\ndate: 2012-03-01\npermalink: /talks/2012-03-01-talk-1\n---\nText\n",
    );
    assert.deepEqual(messages(result), [
      'it has no title: "Talk 1" added, from its file name, as Jekyll titles it.',
      "it has no date: date: 2012-03-01 added, from its file name, as Jekyll dates it.",
      "permalink: /talks/2012-03-01-talk-1 added: the address Jekyll gave it.",
    ]);
  });

  test("a publication keeps a title written in another field, and a year field as its date", () => {
    const result = convertEntry(
      entry("_publications/2010-prole.md", "---\npapertitle: On Things\nyear: 2010\n---\n", {
        url: "/publications/2010-prole/",
        output: "publications/2010-prole/index.html",
      }),
      context,
    );
    assert.match(result.text, /\ntitle: On Things\ndate: 2010\n/);
  });

  test("values Jekyll read otherwise: YAML 1.1 booleans, published: anything but false, field names", () => {
    const result = convertEntry(
      entry(
        "_publications/p.md",
        "---\ntitle: P\ndate: 2020-01-02\npublished: journal\nauthor_profile: no\narXiv: 2001.00001\nvenu: J\n---\n",
        { url: "/publications/p/", output: "publications/p/index.html" },
      ),
      context,
    );
    assert.equal(
      result.text,
      "---\ntitle: P\ndate: 2020-01-02\npublished: true\nauthor_profile: false\narxiv: 2001.00001\n# venu: J\n---\n",
    );
    assert.deepEqual(messages(result), [
      "author_profile: no became author_profile: false, as Jekyll read it.",
      'published: "journal" became published: true: Jekyll publishes anything but false.',
      'the field "arXiv" became "arxiv", the name this site reads.',
      'the field "venu" looks like a misspelt "venue" here; Jekyll did not read it either, so it is kept as a comment.',
    ]);
  });

  test("a value this site cannot take waits as a comment, so the site builds", () => {
    const result = convertEntry(
      entry("_publications/p.md", "---\ntitle: P\ndate: 2020\npaperurl: [a, b]\n---\n", {
        url: "/publications/p/",
        output: "publications/p/index.html",
      }),
      context,
    );
    assert.match(result.text, /\n# paperurl:\n# {3}- a\n# {3}- b\n---\n$/);
    assert.match(messages(result)[0] ?? "", /^the field "paperurl" is kept as a comment: expected/);
  });

  test("front matter that is not valid YAML: kept as comments, reported with its line", () => {
    const result = convertEntry(
      entry("_pages/bad.md", "---\ntitle: Bad\n\tpermalink: /bad/\n---\n# Bad page\n", {
        url: "/_pages/bad/",
        output: "_pages/bad/index.html",
      }),
      context,
    );
    assert.equal(
      result.text,
      "---\ntitle: Bad page\nshow_title: false\npermalink: /_pages/bad/\n# title: Bad\n# \tpermalink: /bad/\n---\n# Bad page\n",
    );
    assert.equal(result.notes[0]?.kind, "person");
    assert.equal(result.notes.at(0)?.line, 3);
  });

  test("an entry Jekyll wrote over gets an address of its own; an old address Jekyll gave a page is left out", () => {
    const result = convertEntry(
      entry(
        "_posts/2015-08-14-post.md",
        "---\ntitle: P\npermalink: /p/\nredirect_from: [/old/, /taken/]\n---\n",
        { url: "/p/", output: "p/index.html" },
      ),
      {
        config: {},
        overwrittenBy: "_posts/2199-01-01-future-post.md",
        lostRedirects: new Map([["/taken/", "_pages/taken.md"]]),
      },
    );
    assert.equal(result.text, "---\ntitle: P\npermalink: /p-2/\nredirect_from:\n  - /old/\n---\n");
    assert.deepEqual(messages(result), [
      "permalink: /p-2/ added: Jekyll wrote _posts/2199-01-01-future-post.md at its address (/p/) instead, so it had no page of its own, but its lists showed it. It now has this address of its own.",
      "redirect_from /taken/ was left out: Jekyll wrote the page of _pages/taken.md there, and so does this site.",
    ]);
  });

  test("Liquid that names a page or a value becomes it; the same unknown tag twice is hidden twice", () => {
    const result = convertEntry(
      entry(
        "_pages/a.md",
        "---\ntitle: A\npermalink: /x/\n---\nSee [post]({% post_url 2012-08-14-blog-post-1 %}) by {{ site.author.name }}, ![me]({{ '/images/me.jpg' | relative_url }}).\n{{ page.x }} and {{ page.x }}\n{% include toc %}\n",
      ),
      {
        config: { author: { name: "Ada" } },
        resolve: (kind, reference) =>
          kind === "post_url" && reference === "2012-08-14-blog-post-1" ? "/posts/1/" : undefined,
      },
    );
    assert.equal(
      result.text.slice(result.text.indexOf("---\nSee")),
      "---\nSee [post](/posts/1/) by Ada, ![me]({{ base_path }}/images/me.jpg).\n<!-- {{ page.x }} --> and <!-- {{ page.x }} -->\n\n",
    );
  });
});

test("an iframe of another site becomes a link to it", () => {
  const result = convertEntry(
    entry(
      "_pages/cv.md",
      '---\ntitle: CV\npermalink: /x/\n---\n<iframe src="https://example.org/cv.pdf" width="100%"></iframe>\n<iframe title="Talk video" src="//video.example/embed/1"></iframe>\n',
    ),
    context,
  );
  assert.equal(
    result.text.slice(result.text.lastIndexOf("---\n") + 4),
    '<p><a href="https://example.org/cv.pdf">https://example.org/cv.pdf</a></p>\n<p><a href="https://video.example/embed/1">Talk video</a></p>\n',
  );
});

test("a date Jekyll read with its own rules becomes the day it read", () => {
  const result = convertEntry(
    entry("_talks/t.md", "---\ntitle: T\ndate: 2025-11-14 Fri 13:14\n---\n", {
      date: new Date(Date.UTC(2025, 10, 14)),
      url: "/talks/t/",
      output: "talks/t/index.html",
    }),
    context,
  );
  assert.match(result.text, /\ndate: 2025-11-14\n/);
  assert.deepEqual(messages(result), [
    'date: "2025-11-14 Fri 13:14" became 2025-11-14, the day Jekyll read in it.',
  ]);
});

test("convertConfig: a theme that names the author in first_name and last_name", () => {
  const { settings, notes } = convertConfig(
    { title: "Site", url: "https://t.org", first_name: "Ada", last_name: "Example" },
    undefined,
    "there is no such file in images/",
  );
  assert.deepEqual(settings["author"], { name: "Ada Example" });
  assert.deepEqual(
    notes.map((n) => n.message),
    ["author.name: Ada Example added, from first_name and last_name: the profile needs a name."],
  );
});

test("{% highlight %} blocks become fenced code; {% raw %} keeps its text", () => {
  const result = convertEntry(
    entry(
      "_pages/code.md",
      "---\ntitle: Code\npermalink: /x/\n---\n{% highlight python linenos %}\nprint(1)\n{% endhighlight %}\n{% raw %}{{ not liquid }}{% endraw %}\n```\n{% raw %}{{ code }}{% endraw %}\n```\n",
    ),
    context,
  );
  assert.equal(
    result.text.slice(result.text.lastIndexOf("---\n") + 4),
    "```python\nprint(1)\n```\n&#123;&#123; not liquid &#125;&#125;\n```\n{{ code }}\n```\n",
  );
});

test("splashHeader: the splash layout's excerpt and buttons, as the start of the text", () => {
  assert.equal(
    splashHeader({
      layout: "splash",
      excerpt: "Welcome to the lab.",
      header: {
        cta_label: "Join us",
        cta_url: "/jobs/",
        actions: [{ label: "<b>Papers</b>", url: "/publications/" }],
      },
    }),
    "Welcome to the lab.\n\n[Join us](/jobs/) · [Papers](/publications/)",
  );
  assert.equal(splashHeader({ layout: "single", excerpt: "x" }), undefined);
  assert.equal(splashHeader({ layout: "splash" }), undefined);
});

test("convertConfig: settings every site needs, when _config.yml lacks them", () => {
  const { settings, notes } = convertConfig(
    {},
    undefined,
    "there is no such file in images/",
    "ada.github.io",
  );
  assert.equal(settings["title"], "ada.github.io");
  assert.equal(settings["url"], "https://ada.github.io");
  assert.deepEqual(settings["author"], { name: "ada.github.io" });
  assert.deepEqual(
    notes.filter((n) => n.kind === "person").map((n) => n.message),
    [
      'has no title: "ada.github.io" is written in its place. Write the site\'s own.',
      'has no url: "https://ada.github.io" is written in its place. Write the site\'s own.',
    ],
  );
});

test("a key written twice: the last value, which Jekyll used, is kept, and the file is reported", () => {
  const result = convertEntry(
    entry("_pages/twice.md", "---\ntitle: First\ntitle: Second\npermalink: /twice/\n---\nText\n", {
      url: "/twice/",
      output: "twice/index.html",
    }),
    context,
  );
  assert.equal(result.text, "---\ntitle: Second\npermalink: /twice/\n---\nText\n");
  assert.deepEqual(messages(result), [
    '"title" written twice: the last value, which Jekyll used, is kept.',
  ]);
});

test("isCollectionLabel: a collection's name can be a folder here only without a leading dot or a slash", () => {
  for (const label of ["preprints", "talks_2024", "año", "v1.2"])
    assert.ok(isCollectionLabel(label));
  for (const label of ["..", ".", ".hidden", "../..", "a/b", "/abs", "", "a\\b"])
    assert.equal(isCollectionLabel(label), false, label);
});

test("frontMatterDate: what this site reads, and a month's name as Ruby reads it; nothing guessed", () => {
  const iso = (value: unknown) => frontMatterDate(value)?.toISOString();
  assert.equal(iso("2019-05-31"), "2019-05-31T00:00:00.000Z");
  assert.equal(iso("31 May 2019"), "2019-05-31T00:00:00.000Z");
  assert.equal(iso("May 31st, 2019"), "2019-05-31T00:00:00.000Z");
  assert.equal(iso("May 2019"), "2019-05-01T00:00:00.002Z");
  for (const value of ["5", "Talk of spring 2019", 0, -5, "May"])
    assert.equal(frontMatterDate(value), undefined, String(value));
});

test("readYaml refuses an alias bomb at once, as the build does", () => {
  const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array<string>(10).fill(`*${previous}`).join(", ")}]`);
  }
  const read = readYaml(lines.join("\n"));
  assert.deepEqual(read, {
    data: {},
    problem: {
      line: 1,
      reason: "its YAML aliases (*name), written out, add more than 100,000 values",
    },
    duplicates: [],
  });
});

test("entryLanguage: lang, else locale, else a folder named for a language other than the site's", () => {
  assert.equal(entryLanguage({ lang: "fr" }, "/x/", "en-US"), undefined);
  assert.deepEqual(entryLanguage({ locale: "zh_CN" }, "/x/", "en-US"), {
    lang: "zh-CN",
    from: "from its locale",
  });
  assert.deepEqual(entryLanguage({}, "/zh-cn/about/", "en-US"), {
    lang: "zh-CN",
    from: "from the folder of its address (/zh-cn/)",
  });
  assert.equal(entryLanguage({}, "/en/about/", "en-US"), undefined);
  assert.equal(entryLanguage({}, "/ml/notes/", "en-US"), undefined);
});

test("addressBeside: an address of its own, beside the one Jekyll gave another entry", () => {
  assert.equal(addressBeside("/posts/2012/08/blog-post-4/"), "/posts/2012/08/blog-post-4-2/");
  assert.equal(addressBeside("/talks/a.html"), "/talks/a-2.html");
  assert.equal(addressBeside("/notes"), "/notes-2");
});

test("{% raw %} text is left alone by every step, {% highlight %} in it too", () => {
  const result = convertEntry(
    entry(
      "_posts/2020-01-01-a.md",
      "---\ntitle: A\n---\n{% raw %}\n{% highlight c++ linenos %} <br/> code {% endhighlight %}\n{% endraw %}\n",
    ),
    { config: {} },
  );
  assert.match(
    result.text,
    /\n&#123;% highlight c\+\+ linenos %&#125; <br\/> code &#123;% endhighlight %&#125;\n/,
  );
});

test("aboutSections: al-folio's about layout switches become sections, in its order", () => {
  assert.deepEqual(
    aboutSections({
      layout: "about",
      selected_papers: true,
      announcements: { enabled: true, limit: 5 },
      latest_posts: { enabled: false },
    }),
    {
      sections: ["news", "selected_publications"],
      keys: ["announcements", "latest_posts", "selected_papers"],
    },
  );
  assert.equal(aboutSections({ layout: "single", news: true }), undefined);
});

import assert from "node:assert/strict";
import { access, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import yaml from "js-yaml";
import { glob } from "tinyglobby";
import { isThemeFile, jekyllOutputs, readJekyllSite } from "../scripts/import/jekyll-site.ts";
import { preview } from "astro";
import { freePort, launchChromium } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite } from "./helpers/fixture-site.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const JEKYLL = path.join(PROJECT, "tests/fixtures/jekyll-site");
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Runs `npm run import -- …` as an editor would; resolves with the exit code and the report. */
async function importer(...args: string[]) {
  const { code, stdout } = await runNode([path.join(PROJECT, "scripts/import/main.ts"), ...args]);
  return { code, output: stdout };
}

let root = "";
before(async () => {
  root = await fixtureSite("import");
});
after(() => removeDir(root));

describe("npm run import", () => {
  test("--dry-run prints the report and writes nothing", async () => {
    const before = await readFile(path.join(root, "src/data/site.yaml"), "utf8");
    const { code, output } = await importer(JEKYLL, "--into", root, "--dry-run");
    assert.equal(code, 1, "things are left for a person");
    assert.match(output, /^Dry run \(nothing written\): import of /);
    assert.match(
      output,
      /\n49 files would be written; 38 conversions; 3 things left for a person\.\n$/,
    );
    assert.equal(await readFile(path.join(root, "src/data/site.yaml"), "utf8"), before);
    assert.equal(await exists(path.join(root, "src/content/talks/2013-tutorial.md")), false);
  });

  test("never overwrites an existing file without --force", async () => {
    const { code, output } = await importer(JEKYLL, "--into", root);
    assert.equal(code, 1);
    assert.match(
      output,
      / {2}src\/data\/site\.yaml: exists already and was not overwritten \(use --force to replace it\)\./,
    );
    assert.match(
      output,
      / {2}src\/content\/pages\/about\.md: exists already and was not overwritten/,
    );
    assert.match(
      await readFile(path.join(root, "src/data/site.yaml"), "utf8"),
      /Christian F\. Baumgartner/,
    );
  });

  test("the report: every input file's fate, every change, and what is left for a person with file and line", async () => {
    // A page of the project's own at an address the imported site has a page at: --force removes it.
    await writeFile(
      path.join(root, "src/content/pages/home.md"),
      "---\ntitle: Home\npermalink: /\n---\nThe starter home page.\n",
    );
    const { code, output } = await importer(JEKYLL, "--into", root, "--force");
    assert.equal(await exists(path.join(root, "src/content/pages/home.md")), false);
    assert.equal(code, 1);
    for (const line of [
      "  _config.yml: converted into src/data/site.yaml",
      "  src/content/pages/home.md: removed: the imported site has its own page at /.",
      "  files/.DS_Store: skipped, because Jekyll did not publish it (_config.yml excludes it, or Jekyll skips such names)",
      "  _pages/publications.html: converted as src/content/pages/publications.md",
      "  _talks/2013-tutorial.md: converted as src/content/talks/2013-tutorial.md",
      "  _teaching/2014-spring-teaching-1.md: imported as src/content/teaching/2014-spring-teaching-1.md",
      "  _drafts/an-idea.md: imported as src/content/posts/_drafts/an-idea.md",
      "  _preprints/2020-01-01-first-preprint.md: imported as src/content/collections/preprints/2020-01-01-first-preprint.md",
      "  _secret/hidden.md: skipped, because the secret collection has output: false in _config.yml",
      "  files/thesis.pdf: copied to public/files/thesis.pdf",
      "  talkmap/org-locations.js: copied to public/talkmap/org-locations.js, and read into src/data/places.yaml",
      "  talkmap/org-locations.js: the coordinates of 1 place of talks are in src/data/places.yaml, which the talk map is drawn from when the site is built.",
      '  talkmap/org-locations.js: 2 talks are not on the talk map: it has no coordinates for "San Francisco, California", "Berkeley, USA". Add them to src/data/places.yaml with their lat and lng.',
      "  assets/css/custom.css: copied to public/assets/css/custom.css",
      "  assets/js/main.min.js: skipped, because it is the theme's, and this site has its own",
      "  assets/css/main.scss: skipped, because it is the theme's, and this site has its own",
      "  README.md: skipped, because Jekyll did not publish it (_config.yml excludes it, or Jekyll skips such names)",
      "  _layouts/default.html: skipped, because this site has its own layouts, styles, scripts and build",
      '  _pages/about.md:10: "{:target="_blank"}" was dropped (links open in the same tab).',
      '  _pages/about.md:13: "{: .notice--info}" made the paragraph above it a notice (a quote).',
      "  _pages/tag-archive.html: its Liquid loop became this site's tags list (listing: tags); permalink and redirect_from are kept.",
      "  _talks/2012-03-01-talk-1.md: author_profile: false added, from the defaults in _config.yml.",
      '  _talks/2014-02-01-keynote.md: it has no title: "Keynote" added, from its file name, as Jekyll titles it.',
      "  _talks/2014-02-01-keynote.md: it has no date: date: 2014-02-01 added, from its file name, as Jekyll dates it.",
      "  _publications/2016-journal.md: published: 2016-05-01 became published: true: Jekyll publishes anything but false.",
      '  _publications/2016-journal.md: the field "arXiv" became "arxiv", the name this site reads.',
      "  _publications/2016-journal.md: it has no date: date: 2016 added, from its year field.",
      "  _posts/2015-08-14-blog-post-4.md: permalink: /posts/2012/08/blog-post-4-2/ added: Jekyll wrote _posts/2199-01-01-future-post.md at its address (/posts/2012/08/blog-post-4/) instead, so it had no page of its own, but its lists showed it. It now has this address of its own.",
      "  _pages/research-old.md: published: false added: Jekyll wrote _pages/research.md at its address (/research/) instead, so it had no page of its own. Give it a permalink of its own and remove the line to publish it.",
      "  _teaching/2016-double.md: permalink: /teaching//double-slash/ became /teaching/double-slash/, the address Jekyll gave it.",
      "  _posts/2016-02-02-wordpress-era.md: permalink: /machine%20learning/wordpress-era/ added: the address Jekyll gave it.",
      '  _pages/bio.md: "{% post_url 2012-08-14-blog-post-1 %}" became /posts/2012/08/blog-post-1/, the address of that page.',
      '  _pages/bio.md:12: the HTML block that starts here was written so that it reads as kramdown read it: to its closing tag, without the blank lines and indentation that end a block or make code in Markdown, and with Markdown inside where it had markdown="1".',
      "  _pages/preprints.html: its Liquid loop became this site's preprints list (listing: preprints); permalink and redirect_from are kept.",
      '  _config.yml: analytics.provider "google-universal" is not carried over: only "google-analytics-4" with a measurement ID (G-…) works here.',
      "  _pages/notes.md: its Liquid (1 tag) was run once, as Jekyll ran it, and what it showed is kept as text: it no longer changes with the data or entries it showed.",
      "  _talks/2015-03-01-broken.md:5: the front matter is not valid YAML (unexpected end of the stream within a double quoted scalar), so Jekyll built the page without it; it is kept as comments in the front matter. Fix it and write the fields again.",
      "  _pages/cv.md: its Liquid (9 tags) was run once, as Jekyll ran it, and what it showed is kept as text: it no longer changes with the data or entries it showed.",
    ]) {
      assert.ok(output.split("\n").includes(line), `missing: ${line}\n${output}`);
    }
    assert.match(output, /\n49 files written; 39 conversions; 3 things left for a person\.\n$/);
  });

  test("settings, portrait, content and files land where this site keeps them", async () => {
    const settings = yaml.load(
      await readFile(path.join(root, "src/data/site.yaml"), "utf8"),
    ) as Record<string, unknown>;
    assert.equal(settings["title"], "Ada Example");
    assert.equal(settings["title_separator"], "|");
    assert.equal(settings["future"], true);
    assert.equal((settings["author"] as Record<string, unknown>)["avatar"], "profile.png");
    assert.deepEqual(settings["navigation"], [
      { title: "Publications", url: "/publications/" },
      { title: "Talks", url: "/talks/" },
      { title: "CV", url: "/cv/" },
      { title: "Blog Posts", url: "/year-archive/" },
    ]);
    assert.equal(settings["analytics"], undefined);
    assert.ok(await exists(path.join(root, "src/images/profile.png")));
    assert.ok(await exists(path.join(root, "public/files/paper1.pdf")));
    assert.equal(await exists(path.join(root, "public/assets/js/main.min.js")), false);
    const about = await readFile(path.join(root, "src/content/pages/about.md"), "utf8");
    assert.match(about, /\n> My first paper is out\.\n/);
    assert.match(about, /\[thesis\]\(\{\{ base_path \}\}\/files\/thesis\.pdf\)\.\n/);
    const publications = await readFile(
      path.join(root, "src/content/pages/publications.md"),
      "utf8",
    );
    assert.match(publications, /\nlisting: publications\n---\n/);
    assert.match(
      publications,
      /<a href="https:\/\/scholar\.google\.com\/citations\?user=ADA">my Google Scholar profile<\/a>/,
    );
    assert.doesNotMatch(publications, /\{%|\{\{/);
  });

  test("Jekyll's own build of the fixture wrote exactly the files the import reads it to write", async () => {
    const site = await readJekyllSite(JEKYLL);
    const model = new Set(
      jekyllOutputs(site)
        .map((o) => o.output)
        .filter((file) => !isThemeFile(file) && !file.includes("?")),
    );
    const jekyll = (
      await readFile(path.join(PROJECT, "tests/fixtures/jekyll-site.served.txt"), "utf8")
    )
      .split("\n")
      .filter((line) => line !== "");
    assert.deepEqual([...model].sort(), [...jekyll].sort());
  });

  test("the imported site builds with no problem, and serves every address the Jekyll site served", async () => {
    const { error, log } = await buildSite(root);
    assert.equal(error, undefined, log);
    assert.doesNotMatch(log, /✗|\[ERROR\]/);
    const { code, output } = await importer(JEKYLL, "--into", root, "--check");
    assert.equal(
      output,
      "The Jekyll site served 52 addresses: pages, redirects, the feed, the sitemap and files (the theme's own files are not counted).\n52 of 52 addresses served.\n",
    );
    assert.equal(code, 0);
    const files = new Set(await glob("**/*", { cwd: path.join(root, "dist"), dot: true }));
    const jekyll = (
      await readFile(path.join(PROJECT, "tests/fixtures/jekyll-site.served.txt"), "utf8")
    )
      .split("\n")
      .filter((line) => line !== "");
    assert.deepEqual(
      jekyll.filter((file) => !files.has(file)),
      [],
      "every file Jekyll wrote is in dist/, at the same path",
    );
  });

  test("the pages look like their content", async () => {
    assert.match(await distFile(root, "wordpress/blog-posts/index.html"), /url=\/year-archive\//);
    const publications = await distFile(root, "publications/index.html");
    assert.match(publications, /my Google Scholar profile/);
    assert.match(publications, /Paper Title Number 1/);
    assert.match(
      await distFile(root, "contact/index.html"),
      /<div class="contact">\n<p>Write to <a href="mailto:ada@example\.org">/,
    );
    assert.match(
      await distFile(root, "notes/index.html"),
      /This page is called Notes and is kept in Markdown\./,
    );
    assert.match(await distFile(root, "index.html"), /<title>About me \| Ada Example<\/title>/);
    // The page Jekyll wrote at a shared permalink, and the 404 page of _pages/404.md.
    assert.match(await distFile(root, "posts/2012/08/blog-post-4/index.html"), /Future Blog Post/);
    // The post whose address the future post took is listed, as Jekyll listed it, with a page.
    assert.match(
      await distFile(root, "posts/2012/08/blog-post-4-2/index.html"),
      /Blog Post number 4/,
    );
    assert.match(await distFile(root, "research/index.html"), /that Jekyll writes at \/research\//);
    assert.match(await distFile(root, "404.html"), /Sorry, but the page you were trying to view/);
    // An old address that is the page's own without its slash, and redirect_to.
    assert.match(await distFile(root, "bio.html"), /url=\/bio\//);
    assert.match(await distFile(root, "research.php"), /url=\/research\//);
    assert.match(
      await distFile(root, "old-cv/index.html"),
      /url=https:\/\/example\.org\/ada-cv\.pdf/,
    );
    // WordPress addresses with a query: one page sends each on, and lists them all.
    const wordpress = await distFile(root, "wordpress/index.html");
    assert.match(wordpress, /"\?p=15":"\/bio\/"/);
    assert.match(
      wordpress,
      /<li><a href="\/machine%20learning\/wordpress-era\/">A post from the WordPress days<\/a><\/li>/,
    );
    // Inline HTML in a title, a venue and a citation, made safe; a year alone; TeX after HTML.
    const journal = await distFile(root, "publications/2016-journal/index.html");
    assert.match(journal, /<h1[^>]*>A <em>Journal<\/em> Paper on CO<sub>2<\/sub><\/h1>/);
    assert.match(journal, /<cite[^>]*><i>Journal of Examples<\/i><\/cite>/);
    assert.match(journal, /<b>A Journal Paper<\/b>\. &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(journal, /<time datetime="2016"[^>]*>2016<\/time>/);
    assert.match(journal, /<title>A Journal Paper on CO2 \| Ada Example<\/title>/);
    const bio = await distFile(root, "bio/index.html");
    // A paragraph that holds only $$…$$ is display math, as kramdown had it.
    assert.match(
      bio,
      /<div class="formula">The energy is<\/div>\n<span class="katex"><math[^>]*display="block"/,
    );
    assert.match(bio, /<a href="\/notes\/">notes<\/a>/);
    assert.match(bio, /<img src="\/images\/500x300\.png" alt="A picture">/);
    // A collection of the site's own: entries at Jekyll's addresses, and its list, newest first.
    assert.match(
      await distFile(root, "preprints/index.html"),
      /<a href="\/preprints\/2021-06-01-second-preprint\/"[^>]*>A Second Preprint<\/a>[\s\S]*A First Preprint/,
    );
    // Liquid over data, collections and includes, run once as Jekyll ran it.
    const cv = await distFile(root, "cv/index.html");
    assert.match(cv, /<li>\s*<p>Ph\.D\. in Examples, Example University, 2012<\/p>/);
    assert.match(cv, /<a href="\/publications\/2016-journal\/">2016 Journal<\/a>/);
    assert.match(
      await distFile(root, "welcome/index.html"),
      /<h2 class="archive__item-title">Research<\/h2>\n<div class="archive__item-excerpt">What the group works on\.<\/div>\n<p><a href="\/research\/" class="btn">Read more<\/a><\/p>/,
    );
    // A talk whose front matter Jekyll could not read, built as Jekyll built it.
    assert.match(
      await distFile(root, "talks/2015-03-01-broken/index.html"),
      /builds the talk without/,
    );
    // A relative link in an entry resolves on the entry's own address.
    assert.match(
      await distFile(root, "portfolio/portfolio-1/index.html"),
      /<a href="\/portfolio\/">all portfolio items<\/a>/,
    );
  });

  test("in Chromium, old WordPress addresses with ?p= land on their pages (the script's hash is allowed)", async () => {
    const browser = await launchChromium();
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") blocked.push(message.text());
    });
    try {
      for (const [query, landing] of [
        ["?p=15", "/bio/"],
        ["?p=16", "/machine%20learning/wordpress-era/"],
      ] as const) {
        await page.goto(`http://127.0.0.1:${port}/wordpress/${query}`);
        await page.waitForURL((url) => url.pathname === landing, { timeout: 10_000 });
      }
      assert.deepEqual(blocked, []);
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  test("--check names every address the built site lacks", async () => {
    await rm(path.join(root, "dist/talks/2013-tutorial"), { recursive: true });
    await rm(path.join(root, "dist/feed.xml"));
    const { code, output } = await importer(JEKYLL, "--into", root, "--check");
    assert.equal(code, 1);
    assert.equal(
      output,
      "The Jekyll site served 52 addresses: pages, redirects, the feed, the sitemap and files (the theme's own files are not counted).\n  missing: /feed.xml (jekyll-feed)\n  missing: /talks/2013-tutorial/ (_talks/2013-tutorial.md)\n50 of 52 addresses served.\n",
    );
  });
});

import assert from "node:assert/strict";
import { access } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { preview } from "astro";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { assertAccessible, freePort, launchChromium } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

let root = "";
let result: BuildResult;
before(async () => {
  root = await fixtureSite("academic", { withoutPages: true, from: "academic" });
  result = await buildSite(root);
});
after(() => removeDir(root));

const headings = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, "g"))].map((m) =>
    (m[1] ?? "")
      .replace(/<annotation[\s\S]*?<\/annotation>/g, "")
      .replace(/<[^>]*>/g, "")
      .trim(),
  );

describe("academicpages content as it is", () => {
  test("builds without problems", () => {
    assert.equal(result.error, undefined, result.log);
    assert.equal(result.log.trim(), "");
  });

  const urls: [string, string][] = [
    [
      "a publication with a permalink without a trailing slash",
      "publication/2009-10-01-paper-title-number-1.html",
    ],
    [
      "a publication at the default /:collection/:path/",
      "publications/2015-learning-alpha/index.html",
    ],
    ["a talk", "talks/2012-03-01-talk-1.html"],
    ["a talk whose permalink has no leading slash", "talks/tutorial-1.html"],
    ["teaching at the default address", "teaching/2014-spring-teaching-1/index.html"],
    ["a portfolio item at the default address", "portfolio/portfolio-1/index.html"],
    ["a post with a permalink", "posts/2012/08/blog-post-1/index.html"],
    ["a post at /:categories/:title/", "blog-post-2/index.html"],
    ["the redirect of a single-string redirect_from", "old-tutorial.html"],
    ["the redirect of the page that shows the publications", "pubs/index.html"],
    ["the HTML sitemap", "sitemap/index.html"],
    ["the publications list", "publications/index.html"],
    ["the talks list", "talks/index.html"],
    ["the teaching list", "teaching/index.html"],
    ["the portfolio list", "portfolio/index.html"],
    ["the posts archive", "year-archive/index.html"],
    ["the tags", "tags/index.html"],
    ["a tag's posts", "tags/cool-posts/index.html"],
    ["the feed", "feed.xml"],
  ];
  for (const [name, file] of urls) {
    test(`${name}: ${file}`, async () => assert.ok(await exists(path.join(root, "dist", file))));
  }

  test("drafts are left out of the production build", async () => {
    assert.equal(await exists(path.join(root, "dist/unfinished/index.html")), false);
    assert.equal(await exists(path.join(root, "dist/idea/index.html")), false);
    assert.doesNotMatch(await distFile(root, "year-archive/index.html"), /Unfinished|An idea/);
  });

  test("publications are grouped by category in the configured order, newest first", async () => {
    const html = await distFile(root, "publications/index.html");
    assert.deepEqual(headings(html, 2), ["Journal Articles", "Conference Papers"]);
    assert.deepEqual(headings(html, 3), [
      "Paper Title Number 2",
      "Paper Title Number 1",
      "Learning α-divergences from few samples",
    ]);
  });

  test("a page can show a list below its own text, at its own address", async () => {
    const html = await distFile(root, "publications/index.html");
    assert.match(
      html,
      /You can also find my articles on <a href="https:\/\/scholar\.google\.com\/">Google Scholar<\/a>/,
    );
    const sitemap = await distFile(root, "sitemap/index.html");
    assert.deepEqual(headings(sitemap, 2), [
      "Pages",
      "Publications",
      "Talks",
      "Teaching",
      "Portfolio",
      "Blog posts",
    ]);
    assert.match(sitemap, /<a href="\/talks\/tutorial-1"/);
  });

  test("talks, newest first, with type at venue", async () => {
    const html = await distFile(root, "talks/index.html");
    assert.deepEqual(headings(html, 2), [
      "Tutorial 1 on Relevant Topic in Your Field",
      "Talk 1 on Relevant Topic in Your Field",
    ]);
    assert.match(html, /Tutorial at UC-Berkeley Institute for Testing Science/);
  });

  test("the posts archive is grouped by year", async () => {
    const html = await distFile(root, "year-archive/index.html");
    assert.deepEqual(headings(html, 2), ["2013", "2012"]);
  });

  test("a publication: venue, date, citation with its HTML and entities, links", async () => {
    const html = await distFile(root, "publication/2009-10-01-paper-title-number-1.html");
    assert.match(html, /Published in <cite[^>]*>Journal 1<\/cite>/);
    assert.match(html, /<time datetime="2009-10-01"[^>]*>October 1, 2009<\/time>/);
    assert.match(
      html,
      /Recommended citation: Your Name, You\. \(2009\)\. &quot;Paper Title Number 1\.&quot; <i>Journal 1<\/i>\. 1\(1\)\./,
    );
    assert.match(html, /<a href="\/files\/paper1\.pdf"[^>]*>Paper<\/a>/);
    assert.match(
      html,
      /<a href="http:\/\/academicpages\.github\.io\/files\/slides1\.pdf"[^>]*>Slides<\/a>/,
    );
    assert.match(
      html,
      /<a href="http:\/\/academicpages\.github\.io\/files\/bibtex1\.bib"[^>]*>BibTeX<\/a>/,
    );
  });

  test("Google Scholar's citation tags, with the PDF on this site", async () => {
    const html = await distFile(root, "publication/2009-10-01-paper-title-number-1.html");
    const meta = [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)">/g)].map(
      (m) => [m[1], m[2]],
    );
    assert.deepEqual(meta, [
      ["citation_title", "Paper Title Number 1"],
      ["citation_author", "Your Name"],
      ["citation_author", "Second Author"],
      ["citation_publication_date", "2009/10/01"],
      ["citation_journal_title", "Journal 1"],
      ["citation_pdf_url", "https://academicpages.github.io/files/paper1.pdf"],
    ]);
    assert.match(html, /"@type":"ScholarlyArticle"/);
  });

  test("a bare year is that year, not 1970; TeX in the title renders; authors in one text are split", async () => {
    const html = await distFile(root, "publications/2015-learning-alpha/index.html");
    assert.match(html, /<meta name="citation_publication_date" content="2015">/);
    assert.match(html, /<meta name="citation_conference_title" content="Proceedings of MICCAI">/);
    assert.match(
      html,
      /<meta name="citation_author" content="A\. Person"><meta name="citation_author" content="B\. Person">/,
    );
    assert.match(
      html,
      /<title>Learning \$\\alpha\$-divergences from few samples - Your Name<\/title>/,
    );
    assert.match(html, /<h1[^>]*>Learning <span class="katex"><math/);
    assert.match(html, /<p>Abstract with math: <span class="katex"><math/);
    assert.doesNotMatch(html, /1970/);
  });

  test("a portfolio item's teaser and an arXiv link", async () => {
    assert.match(
      await distFile(root, "portfolio/index.html"),
      /<img class="teaser" src="\/images\/500x300\.png" alt="" loading="lazy"/,
    );
    assert.match(
      await distFile(root, "publications/2015-learning-alpha/index.html"),
      /<a href="https:\/\/arxiv\.org\/abs\/1501\.00001"[^>]*>arXiv<\/a>/,
    );
  });

  test("a portfolio excerpt may hold HTML", async () => {
    assert.match(
      await distFile(root, "portfolio/index.html"),
      /Short description of portfolio item number 1<br\/?>With <strong>HTML<\/strong>/,
    );
  });

  test("Liquid address idioms become links, and no Liquid reaches visitors", async () => {
    assert.match(
      await distFile(root, "posts/2012/08/blog-post-1/index.html"),
      /<a href="\/files\/cv\.pdf">The CV<\/a>/,
    );
    assert.match(await distFile(root, "index.html"), /<a href="\/files\/cv\.pdf">CV<\/a>/);
    for (const file of ["index.html", "posts/2012/08/blog-post-1/index.html"]) {
      assert.doesNotMatch(await distFile(root, file), /\{\{|\{%/);
    }
  });

  test("the feed is valid RSS with the published posts, linked from the head", async () => {
    const xml = await distFile(root, "feed.xml");
    assert.equal(SyntaxValidator.validate(xml), true);
    const feed = new XMLParser().parse(xml) as {
      rss: { channel: { item: { title: string; link: string }[] } };
    };
    assert.deepEqual(
      feed.rss.channel.item.map((item) => [item.title, item.link]),
      [
        ["Blog Post number 2", "https://academicpages.github.io/blog-post-2/"],
        ["Blog Post number 1", "https://academicpages.github.io/posts/2012/08/blog-post-1/"],
      ],
    );
    assert.match(
      await distFile(root, "index.html"),
      /<link rel="alternate" type="application\/rss\+xml" title="Your Name" href="https:\/\/academicpages\.github\.io\/feed\.xml">/,
    );
  });

  test("the sitemap lists every entry and list, and no stub", async () => {
    const urls = [
      ...(await distFile(root, "sitemap-0.xml")).matchAll(
        /<loc>https:\/\/academicpages\.github\.io([^<]*)<\/loc>/g,
      ),
    ].map((m) => m[1]);
    assert.ok(urls.includes("/publication/2009-10-01-paper-title-number-1"));
    assert.ok(urls.includes("/publications/"));
    assert.ok(urls.includes("/tags/cool-posts/"));
    assert.ok(!urls.includes("/old-tutorial"));
  });
});

describe("in Chromium", () => {
  test("axe finds no violations on the lists and an entry of each kind, in light and dark", async () => {
    const browser = await launchChromium();
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    try {
      await assertAccessible(browser, `http://127.0.0.1:${port}`, [
        "/publications/",
        "/talks/",
        "/teaching/",
        "/portfolio/",
        "/year-archive/",
        "/tags/",
        "/tags/cool-posts/",
        "/publication/2009-10-01-paper-title-number-1",
        "/publications/2015-learning-alpha/",
        "/talks/tutorial-1",
        "/teaching/2014-spring-teaching-1/",
        "/portfolio/portfolio-1/",
        "/posts/2012/08/blog-post-1/",
      ]);
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/old-tutorial`);
      await page.waitForURL((url) => url.pathname === "/talks/tutorial-1");
      await page.close();
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});

/** Search: an index written beside the site, a search page that alone sends a script, a form in every header. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { glob } from "tinyglobby";
import { assertAccessible, chromiumOnSite } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

describe("search", () => {
  let root: string;
  let result: BuildResult;
  before(async () => {
    root = await fixtureSite("search", { from: "academic" });
    roots.push(root);
    result = await buildSite(root, { level: "info" });
  });

  test("the index is written beside the site, and the log says how many pages it has", () => {
    assert.equal(result.error, undefined, result.log);
    assert.ok(existsSync(path.join(root, "dist/pagefind/pagefind.js")));
    assert.match(result.log, /\n\S* ?\[academic-site:finish\] \d+ pages in the search index\.\n/);
  });

  test("only the search page sends a script, and only its policy allows the site's own scripts", async () => {
    const pages = await glob("**/*.html", { cwd: path.join(root, "dist") });
    assert.ok(pages.length > 20);
    for (const page of pages) {
      const html = await readFile(path.join(root, "dist", page), "utf8");
      const scripts = html.match(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? [];
      const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
      if (page === "search/index.html") {
        assert.equal(scripts.length, 1, page);
        assert.match(policy, /script-src[^;]*'self'[^;]*'wasm-unsafe-eval'/);
      } else {
        assert.deepEqual(scripts, [], page);
        assert.doesNotMatch(policy, /script-src[^;]*'self'/, page);
      }
    }
  });

  test("every header has a plain search form; without scripts the search page links to the lists", async () => {
    const home = await distFile(root, "index.html");
    assert.match(
      home,
      /<form class="search"[^>]*role="search"[^>]*aria-label="Site"[^>]*action="\/search\/"/,
    );
    assert.match(home, /<input id="site-search" type="search" name="q"/);
    const search = await distFile(root, "search/index.html");
    assert.match(
      search,
      /<noscript>[\s\S]*<a href="\/publications\/"[^>]*>Publications<\/a>[\s\S]*<\/noscript>/,
    );
  });

  describe("in Chromium", () => {
    const site = chromiumOnSite(() => root);

    /** The titles and addresses of the results shown. */
    const results = (page: Page) =>
      page.$$eval("#search-results a", (links) =>
        links.map((link) => [link.textContent, new URL((link as HTMLAnchorElement).href).pathname]),
      );

    test("the header's form leads to results; typing and filters change them; all by keyboard", async () => {
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      try {
        await page.goto(`${site.origin}/`);
        await page.focus("#site-search");
        await page.keyboard.type("paper");
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/search\/\?q=paper$/);
        await page.waitForFunction(
          () => document.querySelectorAll("#search-results li").length > 0,
        );
        const found = await results(page);
        assert.ok(
          found.some(([, href]) => href === "/publications/2010-10-01-paper-title-number-2/"),
          JSON.stringify(found),
        );
        assert.match((await page.textContent("#search-status")) ?? "", /^\d+ pages? found\.$/);

        await page.fill("#search-query", "");
        await page.focus("#search-query");
        await page.keyboard.type("tutorial");
        await page.waitForFunction(() =>
          [...document.querySelectorAll("#search-results a")].some((a) =>
            a.textContent.includes("Tutorial"),
          ),
        );
        await page.focus("#search-kind");
        await page.selectOption("#search-kind", "Talk");
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLAnchorElement>("#search-results a")].every((a) =>
            new URL(a.href).pathname.startsWith("/talks/"),
          ),
        );
        assert.ok((await results(page)).length > 0);
        // The results are links, reached by Tab from the form.
        await page.focus("#search-year");
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab");
        assert.equal(
          await page.evaluate(() => document.activeElement?.closest("#search-results") !== null),
          true,
        );
        assert.deepEqual(errors, [], "no errors, and no blocked script or WebAssembly");
      } finally {
        await page.close();
      }
    });

    test("axe finds nothing on the search page with results, in light and dark", async () => {
      await assertAccessible(site.browser, site.origin, ["/search/?q=paper"], (page) =>
        page
          .waitForFunction(() => document.querySelectorAll("#search-results li").length > 0)
          .then(() => undefined),
      );
    });
  });
});

describe("search turned off", () => {
  test("search: false makes no index, no search page and no form", async () => {
    const root = await fixtureSite("search-off", {
      from: "academic",
      files: {
        "src/data/site.yaml": `${await readFile(path.join(process.cwd(), "tests/fixtures/academic/src/data/site.yaml"), "utf8")}\nsearch: false\n`,
      },
    });
    roots.push(root);
    const built = await buildSite(root);
    assert.equal(built.error, undefined, built.log);
    assert.equal(existsSync(path.join(root, "dist/pagefind")), false);
    assert.equal(existsSync(path.join(root, "dist/search/index.html")), false);
    assert.doesNotMatch(await distFile(root, "index.html"), /role="search"/);
  });
});

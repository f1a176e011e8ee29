import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { setTimeout } from "node:timers/promises";
import { dev } from "astro";
import type { Browser } from "playwright-core";
import { checkRedirects, freePort, launchChromium } from "./helpers/browser.ts";
import { CAPTURE_LOGGER, fixtureSite, plainLog } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

// In a file of its own: the dev server runs in a process where nothing was built before.
let root = "";
let browser: Browser;

before(async () => {
  root = await fixtureSite("dev");
  browser = await launchChromium();
});

/** The fixture's dev server on `port`, with or without hot reload, its errors kept when `captureLog`. */
function startDev(
  port: number,
  { hmr, captureLog = false }: { hmr: boolean; captureLog?: boolean },
) {
  return dev({
    root,
    logLevel: captureLog ? "error" : "silent",
    ...(captureLog && { logger: { entrypoint: CAPTURE_LOGGER, config: { level: "error" } } }),
    devToolbar: { enabled: false },
    vite: { server: { hmr } },
    server: { host: "127.0.0.1", port },
  });
}

after(async () => {
  await browser.close();
  await removeDir(root);
});

test("old addresses land on the About page in astro dev", { timeout: 120_000 }, async () => {
  const port = await freePort();
  // No hot reload: a reload while the test navigates would abort the navigation.
  const server = await startDev(port, { hmr: false });
  try {
    // The first request makes the dev server prepare its dependencies; the browser comes after.
    assert.equal((await fetch(`http://127.0.0.1:${port}/about.html`)).status, 200);
    await checkRedirects(browser, `http://127.0.0.1:${port}`);
  } finally {
    await server.stop();
  }
});

test(
  "astro dev: a bad edit gets the build's sentence; a malformed address gets 400",
  { timeout: 120_000 },
  async () => {
    const port = await freePort();
    globalThis.capturedAstroLog = [];
    const server = await startDev(port, { hmr: false, captureLog: true });
    const page = path.join(root, "src/content/pages/about.md");
    const original = await readFile(page, "utf8");
    try {
      assert.equal((await fetch(`http://127.0.0.1:${port}/%E0%A4%A/`)).status, 400);
      await writeFile(page, original.replace(/^title: .*$/m, 'title: ""'));
      const sentence =
        'src/content/pages/about.md, field "title": expected text (the page title), but found an empty text.';
      const logged = () => plainLog((globalThis.capturedAstroLog ?? []).join(""));
      for (let waited = 0; !logged().includes(sentence) && waited < 10_000; waited += 100)
        await setTimeout(100);
      assert.ok(logged().includes(sentence), logged());
    } finally {
      await writeFile(page, original);
      await server.stop();
    }
  },
);

test(
  "astro dev: the sentence is shown over the page in the browser",
  { timeout: 120_000 },
  async () => {
    const port = await freePort();
    const server = await startDev(port, { hmr: true });
    const page = await browser.newPage();
    const file = path.join(root, "src/content/pages/about.md");
    const original = await readFile(file, "utf8");
    try {
      // The edit is made once the page listens to the dev server.
      const connected = page.waitForEvent("console", {
        predicate: (message) => message.text().includes("[vite] connected"),
      });
      await page.goto(`http://127.0.0.1:${port}/`);
      await connected;
      await writeFile(file, original.replace(/^title: .*$/m, 'title: ""'));
      const overlay = page.locator("vite-error-overlay");
      await overlay.waitFor({ state: "attached", timeout: 30_000 });
      assert.match(
        (await overlay.evaluate((element) => element.shadowRoot?.textContent)) ?? "",
        /src\/content\/pages\/about\.md, field "title": expected text \(the page title\), but found an empty text\./,
      );
    } finally {
      await writeFile(file, original);
      await page.close();
      await server.stop();
    }
  },
);

test(
  "astro dev: an edited .bib entry is served at once, alone and joined to its Markdown file",
  { timeout: 120_000 },
  async () => {
    const dir = path.join(root, "src/content/publications");
    const bib = path.join(dir, "dev-refs.bib");
    const joined = path.join(dir, "dev-joined.md");
    await writeFile(
      bib,
      "@article{deva, title = {A}, author = {Doe, Jane}, journal = {Old A}, year = 2020}\n@article{devb, title = {B}, author = {Doe, Jane}, journal = {Old B}, year = 2021}\n",
    );
    await writeFile(joined, "---\nbibkey: devb\n---\nText.\n");
    const port = await freePort();
    const server = await startDev(port, { hmr: false });
    const venue = async (address: string) =>
      /<cite[^>]*>([^<]*)<\/cite>/.exec(
        await (await fetch(`http://127.0.0.1:${port}${address}`)).text(),
      )?.[1];
    try {
      assert.equal(await venue("/publications/deva/"), "Old A");
      assert.equal(await venue("/publications/dev-joined/"), "Old B");
      await writeFile(
        bib,
        (await readFile(bib, "utf8")).replace("Old A", "New A").replace("Old B", "New B"),
      );
      for (
        let waited = 0;
        (await venue("/publications/dev-joined/")) !== "New B" && waited < 15_000;
        waited += 250
      )
        await setTimeout(250);
      assert.equal(await venue("/publications/deva/"), "New A");
      assert.equal(await venue("/publications/dev-joined/"), "New B");
    } finally {
      await server.stop();
      await rm(bib);
      await rm(joined);
    }
  },
);

test(
  "astro dev: an edit of the CV is served at once; a news item without a page shows in the list",
  { timeout: 120_000 },
  async () => {
    const cv = path.join(root, "src/data/cv.yaml");
    const news = path.join(root, "src/content/news/2024-05-award.md");
    await writeFile(cv, "basics:\n  label: Old line\n");
    await writeFile(news, "---\ndate: 2024-05\n---\nWe won an award.\n");
    const port = await freePort();
    const server = await startDev(port, { hmr: false });
    const page = async (address: string) =>
      (await fetch(`http://127.0.0.1:${port}${address}`)).text();
    const label = async () => /<p class="label"[^>]*>([^<]*)<\/p>/.exec(await page("/cv/"))?.[1];
    try {
      assert.equal(await label(), "Old line");
      assert.match(
        await page("/news/"),
        /<li id="news-2024-05-award"[^>]*>[\s\S]*We won an award\./,
      );
      await writeFile(cv, "basics:\n  label: New line\n");
      for (let waited = 0; (await label()) !== "New line" && waited < 15_000; waited += 250)
        await setTimeout(250);
      assert.equal(await label(), "New line");
    } finally {
      await server.stop();
      await rm(cv);
      await rm(news);
    }
  },
);

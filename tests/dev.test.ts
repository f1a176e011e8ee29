import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dev } from "astro";
import type { Browser } from "playwright-core";
import { checkRedirects, freePort, launchChromium } from "./helpers/browser.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

// In a file of its own: the dev server runs in a process where nothing was built before.
let root = "";
let browser: Browser;

before(async () => {
  root = await fixtureSite("dev");
  browser = await launchChromium();
});

after(async () => {
  await browser.close();
  await removeDir(root);
});

test("old addresses land on the About page in astro dev", { timeout: 120_000 }, async () => {
  const port = await freePort();
  const server = await dev({
    root,
    logLevel: "error",
    devToolbar: { enabled: false },
    // No hot reload: a reload while the test navigates would abort the navigation.
    vite: { server: { hmr: false } },
    server: { host: "127.0.0.1", port },
  });
  try {
    // The first request makes the dev server prepare its dependencies; the browser comes after.
    assert.equal((await fetch(`http://127.0.0.1:${port}/about.html`)).status, 200);
    await checkRedirects(browser, `http://127.0.0.1:${port}`);
  } finally {
    await server.stop();
  }
});

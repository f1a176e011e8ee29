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

test("old addresses land on the About page in astro dev", async () => {
  const port = await freePort();
  const server = await dev({
    root,
    logLevel: "error",
    devToolbar: { enabled: false },
    server: { host: "127.0.0.1", port },
  });
  try {
    await checkRedirects(browser, `http://127.0.0.1:${port}`);
  } finally {
    await server.stop();
  }
});

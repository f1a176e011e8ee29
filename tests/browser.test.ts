import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { preview } from "astro";
import type { Browser } from "playwright-core";
import { axeViolations, checkRedirects, freePort, launchChromium } from "./helpers/browser.ts";
import { buildSite, fixtureSite } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

let root = "";
let browser: Browser;

before(async () => {
  root = await fixtureSite("browser");
  const { error } = await buildSite(root);
  assert.equal(error, undefined);
  browser = await launchChromium();
});

after(async () => {
  await browser.close();
  await removeDir(root);
});

describe("old addresses land on the About page", () => {
  test("through astro preview", async () => {
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    try {
      await checkRedirects(browser, `http://127.0.0.1:${port}`);
    } finally {
      await server.stop();
    }
  });

  test("through a plain static file server", async () => {
    const port = await freePort();
    const server: ChildProcess = spawn(
      "python3",
      [
        "-m",
        "http.server",
        String(port),
        "--bind",
        "127.0.0.1",
        "--directory",
        path.join(root, "dist"),
      ],
      { stdio: "ignore" },
    );
    try {
      await waitForServer(`http://127.0.0.1:${port}/`);
      await checkRedirects(browser, `http://127.0.0.1:${port}`);
    } finally {
      server.kill();
    }
  });
});

describe("accessibility", () => {
  const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      test(`axe finds no violations on / and the 404 page (${colorScheme}, ${device})`, async () => {
        const port = await freePort();
        const server = await preview({
          root,
          logLevel: "error",
          server: { host: "127.0.0.1", port },
        });
        const context = await browser.newContext({ colorScheme, viewport });
        try {
          const page = await context.newPage();
          for (const address of ["/", "/404.html"]) {
            await page.goto(`http://127.0.0.1:${port}${address}`);
            assert.deepEqual(await axeViolations(page), [], address);
          }
        } finally {
          await context.close();
          await server.stop();
        }
      });
    }
  }
});

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

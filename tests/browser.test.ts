import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { preview } from "astro";
import type { Browser } from "playwright-core";
import { axeViolations, checkRedirects, freePort, launchChromium } from "./helpers/browser.ts";
import { buildSite, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { serveStatic } from "./helpers/static-server.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

/** Screenshots for a reviewer to look at (git ignores the folder). */
const SCREENSHOTS = path.join(PROJECT, "test-output/screenshots");

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

  test("through a static file server that answers as GitHub Pages does", async () => {
    const port = await freePort();
    const server = await serveStatic(path.join(root, "dist"), port);
    try {
      await checkRedirects(browser, `http://127.0.0.1:${port}`);
    } finally {
      await server.close();
    }
  });
});

describe("accessibility and looks", () => {
  const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      test(`axe finds no violations on every page in the sitemap and the 404 page (${colorScheme}, ${device})`, async () => {
        const sitemap = await readFile(path.join(root, "dist/sitemap-0.xml"), "utf8");
        const addresses = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(
          (m) => new URL(m[1] ?? "").pathname,
        );
        assert.ok(addresses.includes("/"));
        const port = await freePort();
        const server = await preview({
          root,
          logLevel: "error",
          server: { host: "127.0.0.1", port },
        });
        // The page's CSP would block the injected axe script; the test bypasses it, visitors do not.
        const context = await browser.newContext({ colorScheme, viewport, bypassCSP: true });
        try {
          const page = await context.newPage();
          for (const address of [...addresses, "/404.html"]) {
            await page.goto(`http://127.0.0.1:${port}${address}`);
            assert.deepEqual(await axeViolations(page), [], address);
          }
          await page.goto(`http://127.0.0.1:${port}/`);
          await mkdir(SCREENSHOTS, { recursive: true });
          await page.screenshot({
            path: path.join(SCREENSHOTS, `about-${device}-${colorScheme}.png`),
            fullPage: true,
          });
        } finally {
          await context.close();
          await server.stop();
        }
      });
    }
  }

  test("on a phone every profile link is visible without JavaScript", async () => {
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      for (const name of ["Email", "Google Scholar", "ORCID", "GitHub", "X (Twitter)"]) {
        assert.ok(await page.getByRole("link", { name, exact: true }).isVisible(), name);
      }
      const profile = await page.getByRole("complementary", { name: "Author" }).boundingBox();
      const heading = await page.getByRole("heading", { name: "About me", level: 1 }).boundingBox();
      assert.ok(profile && heading && profile.y < heading.y, "the profile is above the content");
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test("the skip link is the first stop and is visible when focused", async () => {
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to content" });
      assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
      assert.ok(await skip.isVisible());
      const box = await skip.boundingBox();
      assert.ok(box && box.y >= 0, "on screen");
    } finally {
      await page.close();
      await server.stop();
    }
  });
});

describe("the security policy, in Chromium", () => {
  let site = "";
  let result: BuildResult;
  const EMBEDS = [
    "<script>window.inlineRan = true;</script>",
    '<script src="/evil.js"></script>',
    '<iframe src="https://www.youtube-nocookie.com/embed/x" title="A talk"></iframe>',
    '<iframe src="https://example.org/page" title="Elsewhere"></iframe>',
  ].join("\n\n");

  before(async () => {
    site = await fixtureSite("csp", {
      files: {
        "src/content/pages/embeds.md": `---\ntitle: Embeds\npermalink: /embeds/\n---\n${EMBEDS}\n`,
        "public/evil.js": "window.fileRan = true;\n",
      },
    });
    result = await buildSite(site);
  });
  after(() => removeDir(site));

  test("the build says what will not run or show, with the line", () => {
    assert.equal(result.error, undefined, result.log);
    for (const line of [
      "! src/content/pages/embeds.md: lines 5 and 7: a <script> does not run here",
      "! src/content/pages/embeds.md: line 11: the embedded page from https://example.org is not shown",
    ])
      assert.ok(result.log.includes(line), `${line}\n${result.log}`);
  });

  test("an inline script and a script file of the site are blocked; an allowed embed is not", async () => {
    const port = await freePort();
    const server = await serveStatic(path.join(site, "dist"), port);
    const page = await browser.newPage();
    try {
      // Run before the page's own scripts, outside the page's policy (as an extension would).
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { violations: seen });
        document.addEventListener("securitypolicyviolation", (event) => {
          seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`http://127.0.0.1:${port}/embeds/`);
      await page.waitForLoadState("load");
      // Violations are reported as events, after the page has loaded.
      await page.waitForFunction(
        () => (window as unknown as { violations: unknown[] }).violations.length >= 3,
      );
      const seen = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { inline: w["inlineRan"], file: w["fileRan"], violations: w["violations"] };
      });
      assert.equal(seen.inline, undefined, "the inline script did not run");
      assert.equal(seen.file, undefined, "the script file did not run");
      // The embed from example.org is blocked, the one from youtube-nocookie.com is not.
      assert.deepEqual((seen.violations as string[]).sort(), [
        "frame-src https://example.org",
        `script-src-elem http://127.0.0.1:${port}/evil.js`,
        "script-src-elem inline",
      ]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

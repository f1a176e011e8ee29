/** Chromium (see `chromiumPath`), driven by playwright-core, and the axe accessibility checker. */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { after, before } from "node:test";
import { preview } from "astro";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath, freePort } from "../../scripts/lib/chromium.ts";

export { freePort };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
}

const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * Asserts that axe finds nothing on each of `addresses` of the site served at `origin`, in light and
 * in dark; `prepare` runs on each page before axe (to open what a visitor would open, say).
 */
export async function assertAccessible(
  browser: Browser,
  origin: string,
  addresses: readonly string[],
  prepare?: (page: Page) => Promise<void>,
): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    // The page's CSP would block the injected axe script; the test bypasses it, visitors do not.
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    try {
      const page = await context.newPage();
      for (const address of addresses) {
        const response = await page.goto(`${origin}${address}`);
        assert.equal(response?.status(), 200, address);
        await prepare?.(page);
        assert.deepEqual(await axeViolations(page), [], `${address} (${colorScheme})`);
      }
    } finally {
      await context.close();
    }
  }
}

/** Runs axe on the page with the WCAG 2.2 A and AA rules and best practices. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: {
        type: "tag",
        values: [
          "wcag2a",
          "wcag2aa",
          "wcag21a",
          "wcag21aa",
          "wcag22a",
          "wcag22aa",
          "best-practice",
        ],
      },
    });
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
}

const OLD_ADDRESSES = ["/", "/about/", "/about.html"];

/**
 * Retries `check` until it passes or 15 seconds have gone by, then throws its last error. A page
 * that redirects, or that the dev server reloads, is checked once it has settled.
 */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Opens each old address and checks that it ends on the About page at `/`. */
export async function checkRedirects(browser: Browser, origin: string): Promise<void> {
  const page = await browser.newPage();
  try {
    for (const address of OLD_ADDRESSES) {
      await eventually(() =>
        page.goto(`${origin}${address}`, { waitUntil: "commit" }).then(() => undefined),
      );
      await eventually(async () => {
        assert.equal(new URL(page.url()).pathname, "/", address);
        await page.waitForLoadState("load");
        assert.equal(await page.title(), "About me - Christian F. Baumgartner", address);
        assert.equal(await page.getByRole("heading", { name: "Short Bio" }).count(), 1, address);
      });
    }
  } finally {
    await page.close();
  }
}

/** A built fixture site (`dist/` below `root`) served by `astro preview` on 127.0.0.1; `stop` ends it. */
export async function previewSite(
  root: string,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
  return { origin: `http://127.0.0.1:${String(port)}`, stop: () => server.stop() };
}

/**
 * Chromium, and the built site below `root()` served by `astro preview`, for the tests of the
 * `describe` this is called in: started before them, stopped after. Read `browser` and `origin` in
 * the tests, once the hooks have run.
 */
export function chromiumOnSite(root: () => string): { browser: Browser; origin: string } {
  const site = { browser: undefined as unknown as Browser, origin: "" };
  let stop = () => Promise.resolve();
  before(async () => {
    site.browser = await launchChromium();
    ({ origin: site.origin, stop } = await previewSite(root()));
  });
  after(async () => {
    await stop();
    await site.browser.close();
  });
  return site;
}

/** Asserts that axe finds nothing on `addresses` of the built site below `root`, in light and dark. */
export async function assertSiteAccessible(
  root: string,
  addresses: readonly string[],
  prepare?: (page: Page) => Promise<void>,
): Promise<void> {
  const browser = await launchChromium();
  const site = await previewSite(root);
  try {
    await assertAccessible(browser, site.origin, addresses, prepare);
  } finally {
    await site.stop();
    await browser.close();
  }
}

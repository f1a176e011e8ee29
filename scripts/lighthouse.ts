/**
 * Lighthouse against `astro preview` in Chromium (see `chromiumPath`), with the mobile and desktop presets:
 * `npm run lighthouse` (after `npm run build`). Prints the four category scores and LCP, CLS, TBT.
 */
import { preview } from "astro";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, chromiumPath, freePort } from "./lib/chromium.ts";

const path = process.argv[2] ?? "/";
const port = await freePort();
const server = await preview({ logLevel: "error", server: { host: "127.0.0.1", port } });
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumPath(),
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});
try {
  const url = `http://127.0.0.1:${port}${path}`;
  console.log(`Lighthouse ${url}\n`);
  console.log("preset   performance  accessibility  best-practices  seo   LCP      CLS    TBT");
  for (const [preset, config] of [
    ["mobile", undefined],
    ["desktop", desktopConfig],
  ] as const) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error" },
      config,
    );
    if (result === undefined) throw new Error("Lighthouse returned no result");
    const { categories, audits } = result.lhr;
    const score = (id: string) =>
      String(Math.round((categories[id]?.score ?? 0) * 100)).padEnd(id.length + 2);
    const metric = (id: string) => (audits[id]?.displayValue ?? "?").replace(/\s+/g, " ");
    console.log(
      `${preset.padEnd(9)}${score("performance")} ${score("accessibility")} ${score("best-practices")} ${score("seo")}` +
        `${metric("largest-contentful-paint").padEnd(9)}${metric("cumulative-layout-shift").padEnd(7)}${metric("total-blocking-time")}`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}

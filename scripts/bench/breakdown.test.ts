import assert from "node:assert/strict";
import { test } from "node:test";
import { buildPhases } from "./breakdown.ts";

// The shape of `astro build`'s log, as it prints it (times and routes shortened).
const LOG = [
  "04:17:02 [types] Generated 1.87s",
  "04:17:02 [build] Collecting build info...",
  "04:17:02 [build] ✓ Completed in 2.19s.",
  "04:17:02 [build] Building static entrypoints...",
  "04:17:03 [vite] ✓ built in 745ms",
  "04:17:03 [vite] ✓ built in 88ms",
  " generating static routes ",
  "04:17:03   ├─ /index.html (+3ms)",
  "04:17:04 ✓ Completed in 1.53s.",
  " generating optimized images ",
  "04:17:05 ✓ Completed in 454ms.",
  "04:17:05 [build] ✓ Completed in 2.90s.",
  "04:17:05 [build] 329 page(s) built in 5.23s",
].join("\n");

test("a build's phases, from its log and its wall time, add up to the wall time", () => {
  const phases = buildPhases(LOG, 6.75);
  assert.deepEqual(
    phases.map((p) => [p.name, Number(p.seconds.toFixed(3))]),
    [
      ["start: Node, Astro, the settings and the content check", 1.52],
      ["reading the content (Astro's content sync)", 2.19],
      ["bundling the pages' code (Vite)", 0.833],
      ["rendering the pages", 1.53],
      ["optimising images", 0.454],
      ["the rest: redirect pages, sitemap, link check, the site put in dist/", 0.223],
    ],
  );
  assert.equal(Number(phases.reduce((sum, p) => sum + p.seconds, 0).toFixed(3)), 6.75);
});

test("a build without images has no time for them", () => {
  const log = LOG.replace(/ generating optimized images \n.*\n/, "");
  assert.equal(buildPhases(log, 6.75)[4]?.seconds, 0);
});

/**
 * Where a build's time goes, read from the log `astro build` prints: Astro names how long each of
 * its steps took; what is left of the wall time is Node's and Astro's start, with the settings and
 * the content check, before Astro's first step.
 */

export interface Phase {
  name: string;
  seconds: number;
}

/** A duration as Astro writes it ("1.53s", "454ms"), in seconds. */
function seconds(value: string, unit: string): number {
  return unit === "ms" ? Number(value) / 1000 : Number(value);
}

/** The first duration after `after` in `log` that `pattern` finds (0 when there is none). */
function durationAfter(log: string, after: RegExp, pattern: RegExp): number {
  const start = after.exec(log);
  if (start === null) return 0;
  const match = pattern.exec(log.slice(start.index));
  return match === null ? 0 : seconds(match[1] ?? "0", match[2] ?? "s");
}

/**
 * The phases of a build whose log is `log` (without colours) and which took `wall` seconds in all,
 * in the order they run; they add up to `wall`.
 */
export function buildPhases(log: string, wall: number): Phase[] {
  const duration = /(\d+(?:\.\d+)?)(ms|s)\b/;
  const total = durationAfter(log, /page\(s\) built in/, duration);
  const reading = durationAfter(log, /Collecting build info/, /Completed in (\d+(?:\.\d+)?)(ms|s)/);
  const bundling = [...log.matchAll(/\[vite\] ✓ built in (\d+(?:\.\d+)?)(ms|s)/g)].reduce(
    (sum, match) => sum + seconds(match[1] ?? "0", match[2] ?? "s"),
    0,
  );
  const completed = /Completed in (\d+(?:\.\d+)?)(ms|s)/;
  const rendering = durationAfter(log, /generating static routes/, completed);
  const images = durationAfter(log, /generating optimized images/, completed);
  return [
    { name: "start: Node, Astro, the settings and the content check", seconds: wall - total },
    { name: "reading the content (Astro's content sync)", seconds: reading },
    { name: "bundling the pages' code (Vite)", seconds: bundling },
    { name: "rendering the pages", seconds: rendering },
    { name: "optimising images", seconds: images },
    {
      name: "the rest: redirect pages, sitemap, link check, the site put in dist/",
      seconds: total - reading - bundling - rendering - images,
    },
  ];
}

/**
 * Fixture sites: a copy of this project's site (code, settings and content) in a temporary
 * folder, with files replaced or added by the test, built with Astro's public `build()` API.
 */
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "astro";
import { withoutColours } from "#core/text.ts";
import { copySite } from "../../scripts/lib/copy-site.ts";
import { runNode } from "./node-process.ts";
import { PROJECT, tempDir, writeFiles } from "./temp-dir.ts";

export interface FixtureOptions {
  /** Files to write over the copy, by path from the project folder. */
  files?: Record<string, string>;
  /** Start with no pages, so that only the pages in `files` exist. */
  withoutPages?: boolean;
  /** A folder in `tests/fixtures/` whose files are written over the copy (before `files`). */
  from?: string;
  /** Keep the live About page and settings instead of the frozen seed. */
  live?: boolean;
}

/** Frozen copies of the owner's About page and site settings, as they were handed over. */
export const SEED = {
  about: path.join(PROJECT, "tests/fixtures/seed/about.md"),
  settings: path.join(PROJECT, "tests/fixtures/seed/site.yaml"),
};

/**
 * Copies the site into a new folder below `tests/.tmp/` and writes the fixture's files. The About
 * page and the settings are the frozen seed, so that editing the live ones changes no test.
 */
export async function fixtureSite(name: string, options: FixtureOptions = {}): Promise<string> {
  const root = await tempDir(name);
  await copySite(root, { withoutPages: options.withoutPages ?? false });
  if (options.live !== true) {
    await cp(SEED.settings, path.join(root, "src/data/site.yaml"));
    if (options.withoutPages !== true)
      await cp(SEED.about, path.join(root, "src/content/pages/about.md"));
  }
  if (options.from !== undefined) {
    await cp(path.join(PROJECT, "tests/fixtures", options.from), root, { recursive: true });
  }
  await writeFiles(root, options.files ?? {});
  return root;
}

/** Removes colours and the time at the start of Astro's log lines. */
export function plainLog(text: string): string {
  return withoutColours(text).replace(/^\d\d:\d\d:\d\d /gm, "");
}

export interface BuildResult {
  /** What the build printed, without colours and times. */
  log: string;
  /** The error that stopped the build, if it stopped. */
  error?: Error & { problems?: unknown };
}

/** The logger that keeps what Astro logs in `globalThis.capturedAstroLog`. */
export const CAPTURE_LOGGER = new URL("./capture-logger.ts", import.meta.url).href;

/**
 * Builds a fixture site with `astro build`'s public API and records what it logged: warnings and
 * errors, or with `level: "info"` also the list of pages built.
 */
export async function buildSite(
  root: string,
  { level = "warn" }: { level?: "info" | "warn" } = {},
): Promise<BuildResult> {
  globalThis.capturedAstroLog = [];
  const log = () => plainLog((globalThis.capturedAstroLog ?? []).join(""));
  try {
    await build({
      root,
      logLevel: level,
      logger: { entrypoint: CAPTURE_LOGGER, config: { level } },
      // Fixture sites share the project's node_modules (a link), but each keeps its own build
      // cache, so that no build sees another site's content store or rendered pages.
      cacheDir: path.join(root, ".astro-cache"),
    });
    return { log: log() };
  } catch (error) {
    return { log: log(), error: error as Error };
  }
}

/**
 * Builds a fixture site in a new Node process, as `npm run build` does, so that code changed since
 * an earlier build in this process (Node keeps each module it has loaded) is read again.
 */
export async function buildSiteAnew(root: string): Promise<BuildResult> {
  const script = [
    'import { build } from "astro";',
    "const root = process.cwd();",
    'await build({ root, logLevel: "info", cacheDir: root + "/.astro-cache" });',
  ].join("\n");
  const { code, stdout, stderr } = await runNode(["--input-type=module", "-e", script], root);
  const log = plainLog(stdout + stderr);
  return code === 0 ? { log } : { log, error: new Error(`The build ended with code ${code}.`) };
}

/** A file of the built site, as text. */
export function distFile(root: string, file: string): Promise<string> {
  return readFile(path.join(root, "dist", file), "utf8");
}

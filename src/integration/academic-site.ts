/**
 * Wires the site's own checks and outputs into Astro: the content check before anything is built,
 * the settings as a virtual module, the sitemap, redirect stubs, and the broken-link report.
 */
import { copyFile, mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { inBatches } from "#core/batches.ts";
import { jsSource } from "#core/js-source.ts";
import { CV_FILE, PLACES_FILE, SEARCH_PATH, SITEMAP_PATH } from "#routing/collections.ts";
import { checkContent, type CheckedEntry, type ContentReport } from "#check/content-check.ts";
import { SITE_SETTINGS_FILE } from "#routing/collections.ts";
import { findBrokenLinks } from "./link-check.ts";
import { writeSearchIndex } from "./search-index.ts";
import { recordPageSources } from "./page-sources.ts";
import { absoluteUrl } from "#view/page-meta.ts";
import { formatReport, hasErrors, type Problem } from "#core/problems.ts";
import { queryRedirectStub, redirectStub } from "./redirect-stub.ts";
import { replaceFolder } from "./replace-folder.ts";
import {
  hasMalformedEscape,
  resolvedPath,
  hrefOnSite,
  isFilePath,
  isRelativeReference,
  NOT_FOUND_PATH,
  outputFileFor,
  redirectFileFor,
  sitemapUrl,
  splitQuery,
} from "#core/site-paths.ts";
import type { Redirect } from "#routing/route-plan.ts";
import type { SiteSettings } from "#schemas/site.ts";

const SETTINGS_MODULE = "virtual:academic/settings";
/** The CV (`src/data/cv.yaml`), checked, for the CV page alone: an edit to it renders no other page. */
const CV_MODULE = "virtual:academic/cv";
/** The places of talks (`src/data/places.yaml`), for the talk map alone. */
const PLACES_MODULE = "virtual:academic/places";

/**
 * Stops the build. The report is logged first, so that it is the first thing the editor reads;
 * the error then says that the build stopped, with no stack trace, since the fault is in content.
 */
function stop(logger: AstroIntegrationLogger, problems: readonly Problem[]): never {
  logger.error(formatReport(problems));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const error = new AstroError(
    `The site was not built: ${errors === 1 ? "1 problem is" : `${errors} problems are`} listed above.`,
    "Each line names the file and the field to fix. `npm run check:content` checks again without building.",
  );
  error.stack = "";
  throw Object.assign(error, { problems });
}

function stubFor(redirect: Redirect, settings: SiteSettings, title: string): string {
  const external = !isRelativeReference(redirect.to);
  return redirectStub({
    to: hrefOnSite(redirect.to, settings.baseurl),
    canonical: external ? redirect.to : absoluteUrl(redirect.to, settings),
    lang: settings.locale,
    title,
  });
}

/** The redirects by the file that serves them: old addresses with a query share their path's file. */
function redirectFiles(redirects: readonly Redirect[]): Map<string, Redirect[]> {
  const files = new Map<string, Redirect[]>();
  for (const redirect of redirects)
    files.set(redirect.output, [...(files.get(redirect.output) ?? []), redirect]);
  return files;
}

/** The page at an old address: a plain redirect, or one that sends each old query on. */
function redirectPage(
  redirects: readonly Redirect[],
  settings: SiteSettings,
  titleOf: (to: string) => string,
): string {
  const plain = redirects.find((r) => splitQuery(r.from).query === "");
  const queries = redirects.filter((r) => r !== plain);
  if (queries.length === 0 && plain !== undefined)
    return stubFor(plain, settings, titleOf(plain.to));
  const target = (r: Redirect) => ({
    to: hrefOnSite(r.to, settings.baseurl),
    title: titleOf(r.to),
  });
  return queryRedirectStub({
    targets: queries.map((r) => ({ query: splitQuery(r.from).query, ...target(r) })),
    fallback: plain === undefined ? undefined : target(plain),
    lang: settings.locale,
  });
}

/** Answers 400 to an address with a malformed escape; passes every other request on. */
function badAddresses(request: IncomingMessage, response: ServerResponse, next: () => void) {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (!hasMalformedEscape(pathname)) {
    next();
    return;
  }
  response.statusCode = 400;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.end("Bad request: the address has a malformed %-escape.\n");
}

export default function academicSite(): AstroIntegration {
  let report: ContentReport;
  let settings: SiteSettings;
  /** The entry at each address: its title for the redirect pages, its file for link reports. */
  let entryAt = new Map<string, CheckedEntry>();
  /** Where the built site goes when the build succeeds (`outDir`); the build writes elsewhere first. */
  let outDir: string | undefined;
  let rootUrl: URL;
  /** The check of the content after an edit in `astro dev`, waiting for more edits. */
  let pending: ReturnType<typeof setTimeout> | undefined;
  const titleOf = (to: string) => entryAt.get(to)?.data.title ?? to;

  /** Runs after every other integration has written its files. */
  const finishing: AstroIntegration = {
    name: "academic-site:finish",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Astro writes a page at /cv.html or /cv to cv.html/index.html or cv/index.html; Jekyll
        // wrote cv.html, which static hosts serve at /cv.html and /cv.
        const moved = [...report.entries, ...report.dataPages].filter(
          (e) => isFilePath(e.permalink) && e.permalink !== NOT_FOUND_PATH,
        );
        for (const entry of moved) {
          const written = path.join(out, resolvedPath(entry.permalink), "index.html");
          const html = await readFile(written);
          await rm(written);
          await rmdir(path.dirname(written)).catch(() => undefined);
          await writeFile(path.join(out, outputFileFor(entry.permalink)), html);
        }
        await inBatches([...redirectFiles(report.redirects)], 64, async ([name, redirects]) => {
          const file = path.join(out, name);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, redirectPage(redirects, settings, titleOf));
        });
        logger.info(`${report.redirects.length} redirect pages written.`);
        if (settings.search)
          logger.info(`${await writeSearchIndex(out, settings.locale)} pages in the search index.`);
        // jekyll-sitemap served /sitemap.xml; a sitemap index is a valid sitemap at that address too.
        await copyFile(path.join(out, SITEMAP_PATH), path.join(out, "sitemap.xml"));

        const broken = (await findBrokenLinks(out, settings.baseurl)).map(
          ({ page, link }): Problem => ({
            severity: settings.broken_links === "error" ? "error" : "warning",
            file: entryAt.get(page)?.file ?? `the page at ${page}`,
            message: `links to "${link}", but the site has no page or file there. Add it (files go in public/), or fix the link.`,
          }),
        );
        if (hasErrors(broken)) stop(logger, broken);
        if (broken.length > 0) logger.warn(formatReport(broken));
        if (outDir !== undefined) {
          await replaceFolder(outDir, out);
          // Astro named the folder it built in; this is where the site is now.
          logger.info(`The site is in ${outDir}.`);
        }
      },
    },
  };

  return {
    name: "academic-site",
    hooks: {
      "astro:config:setup": async ({ command, config, logger, updateConfig }) => {
        rootUrl = config.root;
        report = await checkContent(fileURLToPath(config.root), {
          drafts: command === "dev",
          remember: command === "dev",
        });
        if (hasErrors(report.problems) || report.settings === undefined)
          stop(logger, report.problems);
        if (report.problems.length > 0) logger.warn(formatReport(report.problems));
        settings = report.settings;
        entryAt = new Map(report.entries.map((e) => [e.permalink, e]));
        recordPageSources(
          [...report.entries, ...report.dataPages].map((e) => [e.permalink, e.file]),
        );
        // The search page has nothing of its own to find: it is left out of the sitemap.
        const hidden = new Set([
          ...report.entries
            .filter((entry) => !entry.data.sitemap)
            .map((entry) => absoluteUrl(entry.permalink, settings)),
          absoluteUrl(SEARCH_PATH, settings),
        ]);
        const fileUrls = new Set(
          [...report.entries, ...report.dataPages]
            .filter((entry) => isFilePath(entry.permalink))
            .map((entry) => absoluteUrl(entry.permalink, settings)),
        );
        if (command !== "preview") {
          // The site is built in a folder of its own and takes the place of the last one only
          // when the build succeeded: a build that fails leaves the published folder as it was.
          // `astro dev` is given the same folder (it writes nothing there), so that Astro sees
          // one configuration in both and keeps the content it has read and rendered.
          outDir = fileURLToPath(config.outDir);
          const next = new URL("academic-site/next-build/", config.cacheDir);
          if (command === "build") await rm(next, { recursive: true, force: true });
          updateConfig({ outDir: next });
        }
        updateConfig({
          // The sitemap is written first, so that the finishing step sees it among the files.
          integrations: [
            sitemap({
              // The sitemap names /talks.html as /talks.html/; the page is served without the slash.
              serialize: (item) => ({ ...item, url: sitemapUrl(item.url, fileUrls) }),
              filter: (url) => !hidden.has(sitemapUrl(url, fileUrls)),
            }),
            finishing,
          ],
          vite: {
            build: {
              rolldownOptions: {
                // Astro's MDX output trips a harmless bundler warning (withastro/astro#18087);
                // editors cannot act on it, so it is not shown.
                onLog(
                  level: string,
                  log: { code?: string; message: string },
                  handler: (level: string, log: { code?: string; message: string }) => void,
                ) {
                  if (
                    log.code === "MODULE_LEVEL_DIRECTIVE" &&
                    log.message.includes("astro:head-inject")
                  )
                    return;
                  handler(level, log);
                },
              },
            },
            plugins: [
              {
                // Pages send the browser no script of Astro's (the dev toolbar is off), so no
                // package needs bundling for it: Vite's prebundling of the toolbar's packages
                // took 2–3 s of every cold build (Astro starts a dev server to read the
                // content) and of `npm run dev`'s start.
                name: "academic-site:no-browser-prebundling",
                enforce: "post",
                configEnvironment(name, options) {
                  if (name !== "client") return;
                  options.optimizeDeps = {
                    ...options.optimizeDeps,
                    include: [],
                    noDiscovery: true,
                  };
                },
              },
              {
                // A malformed escape (`/%E0%A4%A/`) is a bad request, as a static host answers it:
                // put first, after every other handler is in place, since those fail on it.
                name: "academic-site:bad-addresses",
                configureServer: (server) => () => {
                  server.middlewares.stack.unshift({ route: "", handle: badAddresses });
                },
              },
              {
                name: "academic-site:settings",
                resolveId: (id) => (id === SETTINGS_MODULE ? `\0${SETTINGS_MODULE}` : undefined),
                load: (id) =>
                  id === `\0${SETTINGS_MODULE}`
                    ? [
                        `export default ${JSON.stringify(settings)};`,
                        `export const root = ${JSON.stringify(fileURLToPath(config.root))};`,
                        `export const cacheDir = ${JSON.stringify(fileURLToPath(config.cacheDir))};`,
                        `export const talkMapPath = ${JSON.stringify(report.talkMap ?? null)};`,
                      ].join("\n")
                    : undefined,
              },
              {
                name: "academic-site:places",
                resolveId: (id) => (id === PLACES_MODULE ? `\0${PLACES_MODULE}` : undefined),
                load: (id) =>
                  id === `\0${PLACES_MODULE}`
                    ? `export default ${JSON.stringify(report.places)};`
                    : undefined,
              },
              {
                name: "academic-site:cv",
                resolveId: (id) => (id === CV_MODULE ? `\0${CV_MODULE}` : undefined),
                load: (id) =>
                  id === `\0${CV_MODULE}`
                    ? `export default ${jsSource(report.cv ?? null)};`
                    : undefined,
              },
            ],
          },
        });
      },

      "astro:server:done": () => {
        clearTimeout(pending);
      },

      "astro:server:setup": ({ server, logger }) => {
        // An edit is checked as the build checks it: its problems are the same sentences, in the
        // terminal and over the page in the browser; once they are fixed, the page reloads.
        const root = fileURLToPath(rootUrl);
        /** The report of the last check, while it has errors. */
        let failed: string | undefined;
        const showFailure = () => {
          if (failed !== undefined)
            server.ws.send({ type: "error", err: { message: failed, stack: "" } });
        };
        // A page that reloads (Astro reloads it when content changes) is shown the problems again.
        server.ws.on("connection", showFailure);
        const recheck = () => {
          clearTimeout(pending);
          pending = setTimeout(() => {
            checkContent(root, { drafts: true, remember: true }).then(
              (checked) => {
                if (hasErrors(checked.problems)) {
                  failed = formatReport(checked.problems);
                  logger.error(failed);
                  showFailure();
                } else {
                  const changed = [
                    [CV_MODULE, JSON.stringify(checked.cv) !== JSON.stringify(report.cv)],
                    [
                      PLACES_MODULE,
                      JSON.stringify(checked.places) !== JSON.stringify(report.places),
                    ],
                  ] as const;
                  report = checked;
                  for (const [id, edited] of changed) {
                    const module = edited ? server.moduleGraph.getModuleById(`\0${id}`) : undefined;
                    if (module !== undefined) server.moduleGraph.invalidateModule(module);
                  }
                  if (changed.some(([, edited]) => edited)) server.ws.send({ type: "full-reload" });
                  if (failed !== undefined) server.ws.send({ type: "full-reload" });
                  failed = undefined;
                }
              },
              (error: unknown) => {
                // The folder is gone (the server is stopping) or cannot be read: said, not thrown.
                logger.warn(`The content could not be checked again: ${String(error)}`);
              },
            );
          }, 100);
        };
        server.watcher.on("all", (_event, file) => {
          const relative = path.relative(root, file).split(path.sep).join("/");
          if (
            relative.startsWith("src/content/") ||
            relative === SITE_SETTINGS_FILE ||
            relative === CV_FILE ||
            relative === PLACES_FILE
          )
            recheck();
        });
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? "/", "http://localhost");
          const pathname = url.pathname;
          const local =
            settings.baseurl === "" ? pathname : pathname.slice(settings.baseurl.length);
          const files = redirectFiles(report.redirects);
          const redirects = files.get(redirectFileFor(local)) ?? files.get(outputFileFor(local));
          if (redirects === undefined) {
            next();
            return;
          }
          response.setHeader("Content-Type", "text/html; charset=utf-8");
          response.end(redirectPage(redirects, settings, titleOf));
        });
      },
    },
  };
}

/**
 * Wires the site's own checks and outputs into Astro: the content check before anything is built,
 * the settings as a virtual module, the sitemap, redirect stubs, and the broken-link report.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { inBatches } from "../lib/batches.ts";
import { checkContent, type CheckedEntry, type ContentReport } from "../lib/content-check.ts";
import { findBrokenLinks } from "../lib/link-check.ts";
import { absoluteUrl } from "../lib/page-meta.ts";
import { formatReport, hasErrors, type Problem } from "../lib/problems.ts";
import { redirectStub } from "../lib/redirect-stub.ts";
import {
  hasExtension,
  outputFileFor,
  pageUrlPath,
  withBase,
  withoutSlashAfterExtension,
} from "../lib/site-paths.ts";
import type { Redirect } from "../lib/site-routes.ts";
import type { SiteSettings } from "../schemas/site.ts";

const SETTINGS_MODULE = "virtual:academic/settings";

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
  const to = withBase(settings.baseurl, redirect.to);
  return redirectStub({
    to,
    canonical: absoluteUrl(redirect.to, settings),
    lang: settings.locale,
    title,
  });
}

export default function academicSite(): AstroIntegration {
  let report: ContentReport;
  let settings: SiteSettings;
  /** The entry at each address: its title for the redirect pages, its file for link reports. */
  let entryAt = new Map<string, CheckedEntry>();
  const titleOf = (to: string) => entryAt.get(to)?.data.title ?? to;

  /** Runs after every other integration has written its files. */
  const finishing: AstroIntegration = {
    name: "academic-site:finish",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Astro writes a page at /cv.html to cv.html/index.html; a static host serves cv.html.
        for (const entry of report.entries.filter((e) => hasExtension(e.permalink))) {
          const file = path.join(out, outputFileFor(entry.permalink));
          const html = await readFile(path.join(file, "index.html"));
          await rm(file, { recursive: true });
          await writeFile(file, html);
        }
        await inBatches(report.redirects, 64, async (redirect) => {
          const file = path.join(out, outputFileFor(redirect.from));
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, stubFor(redirect, settings, titleOf(redirect.to)));
        });
        logger.info(`${report.redirects.length} redirect pages written.`);
        // jekyll-sitemap served /sitemap.xml; a sitemap index is a valid sitemap at that address too.
        await copyFile(path.join(out, "sitemap-index.xml"), path.join(out, "sitemap.xml"));

        const broken = (await findBrokenLinks(out, settings.baseurl)).map(
          ({ page, link }): Problem => ({
            severity: settings.broken_links === "error" ? "error" : "warning",
            file: entryAt.get(page)?.file ?? `the page at ${page}`,
            message: `links to "${link}", but the site has no page or file there. Add it (files go in public/), or fix the link.`,
          }),
        );
        if (hasErrors(broken)) stop(logger, broken);
        if (broken.length > 0) logger.warn(formatReport(broken));
      },
    },
  };

  return {
    name: "academic-site",
    hooks: {
      "astro:config:setup": async ({ command, config, logger, updateConfig }) => {
        report = await checkContent(fileURLToPath(config.root), { drafts: command === "dev" });
        if (hasErrors(report.problems) || report.settings === undefined)
          stop(logger, report.problems);
        if (report.problems.length > 0) logger.warn(formatReport(report.problems));
        settings = report.settings;
        entryAt = new Map(report.entries.map((e) => [pageUrlPath(e.permalink), e]));
        const hidden = new Set(
          report.entries
            .filter((entry) => !entry.data.sitemap)
            .map((entry) => absoluteUrl(pageUrlPath(entry.permalink), settings)),
        );
        updateConfig({
          // The sitemap is written first, so that the finishing step sees it among the files.
          integrations: [
            sitemap({
              // The sitemap names /talks.html as /talks.html/; the page is served without the slash.
              serialize: (item) => ({ ...item, url: withoutSlashAfterExtension(item.url) }),
              filter: (url) => !hidden.has(withoutSlashAfterExtension(url)),
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
                name: "academic-site:settings",
                resolveId: (id) => (id === SETTINGS_MODULE ? `\0${SETTINGS_MODULE}` : undefined),
                load: (id) =>
                  id === `\0${SETTINGS_MODULE}`
                    ? [
                        `export default ${JSON.stringify(settings)};`,
                        `export const root = ${JSON.stringify(fileURLToPath(config.root))};`,
                        `export const cacheDir = ${JSON.stringify(fileURLToPath(config.cacheDir))};`,
                      ].join("\n")
                    : undefined,
              },
            ],
          },
        });
      },

      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
          const local =
            settings.baseurl === "" ? pathname : pathname.slice(settings.baseurl.length);
          const redirect = report.redirects.find(
            (r) => outputFileFor(r.from) === outputFileFor(decodeURIComponent(local)),
          );
          if (redirect === undefined) {
            next();
            return;
          }
          response.setHeader("Content-Type", "text/html; charset=utf-8");
          response.end(stubFor(redirect, settings, titleOf(redirect.to)));
        });
      },
    },
  };
}

/**
 * The content check the build runs first (and `npm run check:content` runs alone): every page's
 * front matter, the site settings, and the rules across files, all reported in one run.
 */
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { pageSchema, type PageData } from "../schemas/pages.ts";
import type { SiteSettings } from "../schemas/site.ts";
import { analyticsId } from "./analytics.ts";
import { avatarFileName, IMAGES_DIR } from "./avatar.ts";
import { readFrontMatter } from "./front-matter.ts";
import type { Problem } from "./problems.ts";
import { SITE_SETTINGS_FILE, readSiteSettings } from "./site-settings.ts";
import { outputFileFor, sitePathProblem } from "./site-paths.ts";
import { planRoutes, type Redirect } from "./site-routes.ts";
import { validate } from "./validate.ts";

/** The folder of the pages collection, relative to the project folder. */
export const PAGES_DIR = "src/content/pages";
/** Which files in it are pages: Markdown and MDX, except those whose name starts with `_`. */
export const PAGE_FILES = ["**/[^_]*.md", "**/[^_]*.mdx"];

export interface CheckedPage {
  file: string;
  data: PageData;
}

export interface ContentReport {
  settings: SiteSettings | undefined;
  pages: CheckedPage[];
  redirects: Redirect[];
  problems: Problem[];
}

async function readPages(root: string, problems: Problem[]): Promise<CheckedPage[]> {
  const dir = path.join(root, PAGES_DIR);
  const names = (await glob(PAGE_FILES, { cwd: dir })).sort();
  const pages: CheckedPage[] = [];
  for (const name of names) {
    const file = path.posix.join(PAGES_DIR, name);
    const frontMatter = readFrontMatter(await readFile(path.join(dir, name), "utf8"), file);
    if (!frontMatter.ok) {
      problems.push(frontMatter.problem);
      continue;
    }
    const result = validate(pageSchema, frontMatter.data, file);
    problems.push(...result.problems);
    if (result.ok) pages.push({ file, data: result.data });
  }
  return pages;
}

function checkNavigation(settings: SiteSettings, pages: readonly CheckedPage[]): Problem[] {
  const addresses = new Set(pages.map((page) => outputFileFor(page.data.permalink)));
  return settings.navigation.flatMap((link, index): Problem[] => {
    const field = `navigation (item ${index + 1}).url`;
    if (URL.canParse(link.url) && /^(https?|mailto):$/.test(new URL(link.url).protocol)) return [];
    const problem = sitePathProblem(link.url);
    if (problem !== undefined || !link.url.startsWith("/")) {
      return [
        {
          severity: "error",
          file: SITE_SETTINGS_FILE,
          field,
          message: `expected a path on this site starting with "/", such as "/publications/", or a full web address, but found ${problem ?? `"${link.url}"`}.`,
        },
      ];
    }
    if (addresses.has(outputFileFor(link.url))) return [];
    return [
      {
        severity: "error",
        file: SITE_SETTINGS_FILE,
        field,
        message: `the menu link "${link.title}" goes to "${link.url}", but no page has that permalink. Add a page with "permalink: ${link.url}", or remove the link.`,
      },
    ];
  });
}

/** The portrait named by `author.avatar` must be an image file in `src/images/`. */
async function checkAvatar(root: string, settings: SiteSettings): Promise<Problem[]> {
  const { avatar } = settings.author;
  if (avatar === undefined) return [];
  const expectedFile = `expected the name of an image file in ${IMAGES_DIR}/, such as "profile.jpg"`;
  const problem = (found: string): Problem[] => [
    {
      severity: "error",
      file: SITE_SETTINGS_FILE,
      field: "author.avatar",
      message: `${expectedFile}, but found ${found}.`,
    },
  ];
  if (avatar.includes("://"))
    return problem(`the web address "${avatar}" (images from other sites are not loaded)`);
  const name = avatarFileName(avatar);
  if (!/\.(avif|gif|jpe?g|png|webp)$/i.test(name))
    return problem(`"${avatar}", which is not a JPEG, PNG, WebP, AVIF or GIF file`);
  try {
    await access(path.join(root, IMAGES_DIR, name));
    return [];
  } catch {
    return problem(`"${avatar}", and there is no file ${IMAGES_DIR}/${name}`);
  }
}

/** Checks everything an editor wrote below `root` (a folder path) and reports every problem. */
export async function checkContent(root: string): Promise<ContentReport> {
  const problems: Problem[] = [];
  const settingsResult = await readSiteSettings(root);
  problems.push(...settingsResult.problems);
  const settings = settingsResult.ok ? settingsResult.data : undefined;

  const pages = (await readPages(root, problems)).filter((page) => page.data.published);
  const plan = planRoutes(
    pages.map((page) => ({
      file: page.file,
      permalink: page.data.permalink,
      redirectFrom: page.data.redirect_from,
    })),
  );
  problems.push(...plan.problems);
  if (settings !== undefined) {
    problems.push(...checkNavigation(settings, pages), ...(await checkAvatar(root, settings)));
    if (
      settings.analytics?.provider === "google-analytics-4" &&
      analyticsId(settings) === undefined
    ) {
      problems.push({
        severity: "error",
        file: SITE_SETTINGS_FILE,
        field: "analytics.google.tracking_id",
        message:
          'expected the Google Analytics 4 measurement ID (such as "G-ABC123XYZ") because analytics.provider is "google-analytics-4", but found nothing.',
      });
    }
  }
  return { settings, pages, redirects: plan.redirects, problems };
}

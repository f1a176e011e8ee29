/** The CV page (`src/data/cv.yaml`) with the collections' entries it lists, and its key. */
import cv from "virtual:academic/cv";
import settings from "virtual:academic/settings";
import { newestFirst } from "#routing/listings.ts";
import { pageCacheKey } from "#routing/page-cache.ts";
import { cvView, type CvView } from "#view/cv.ts";
import { siteEntries, type SiteEntry } from "./site-entries.ts";
import { sharedFacts } from "./site-pages.ts";

export interface CvPage {
  /** The CV's address (`permalink` in cv.yaml). */
  path: string;
  view: CvView<SiteEntry>;
  /** The key for the incremental build: the entries it lists (cv.yaml itself is code to Astro). */
  cacheKey: string | undefined;
}

/** The CV page, or none when the site has no `src/data/cv.yaml`. */
export async function cvPage(): Promise<CvPage | undefined> {
  if (cv === null) return undefined;
  const entries = {
    publications: newestFirst(await siteEntries("publications")),
    talks: newestFirst(await siteEntries("talks")),
    teaching: newestFirst(await siteEntries("teaching")),
  };
  const view = cvView<SiteEntry>(cv, entries, {
    base: settings.baseurl,
    url: settings.url,
    locale: settings.locale,
    authorName: settings.author.name,
  });
  const shown = [...entries.publications, ...entries.talks, ...entries.teaching];
  return {
    path: cv.permalink,
    view,
    cacheKey: pageCacheKey(cv.permalink, await sharedFacts(), shown),
  };
}

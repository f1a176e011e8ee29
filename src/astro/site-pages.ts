/** The site's pages (`#routing/page-plan.ts`) from Astro's content collections and the settings. */
import settings from "virtual:academic/settings";
import type { SharedFacts } from "#routing/page-cache.ts";
import { listPath, planPages, type PageList, type SitePage } from "#routing/page-plan.ts";
import { generatedLists, publicationGroups, type Group } from "#routing/listings.ts";
import { NOT_FOUND_PATH } from "#core/site-paths.ts";
import {
  allSiteEntries,
  listedOnlyEntries,
  movedAddresses,
  siteEntries,
  type SiteEntry,
} from "./site-entries.ts";

export type Page = SitePage<SiteEntry>;
export type ListOnPage = PageList<SiteEntry>;
export type SectionsOnPage = Group<SiteEntry>[];

/**
 * What every page shows besides its own content: the layout and the footer take it from here, and
 * so does every page's key for the incremental build, so that the two cannot disagree.
 */
export async function sharedFacts(): Promise<SharedFacts> {
  const hasFeed =
    (await siteEntries("posts")).length > 0 ||
    (await siteEntries("news")).length > 0 ||
    (await listedOnlyEntries()).length > 0;
  return { hasFeed, year: new Date().getFullYear() };
}

/** Every page the catch-all route builds. */
export async function sitePages(): Promise<Page[]> {
  return planPages(
    await allSiteEntries(),
    await movedAddresses(),
    publicationGroups(settings),
    await sharedFacts(),
    {
      homeSections: settings.home.sections,
      recent: settings.home.recent,
      news: settings.home.news,
      talksBy: settings.talks.group_by,
      listedOnly: await listedOnlyEntries(),
    },
  );
}

/** The address of the list of all news: `/news/`, or the page that shows it (`listing: news`). */
export async function newsPath(): Promise<string | undefined> {
  const entries = await allSiteEntries();
  const lists = generatedLists(
    [...entries, ...(await listedOnlyEntries())],
    await movedAddresses(),
  );
  return listPath("news", entries, lists);
}

/** The lists of the site (generated, or shown by a page), by address and title, as the plan has them. */
export async function listPages(): Promise<{ path: string; title: string }[]> {
  return (await sitePages()).flatMap((page) => {
    if (page.kind === "listing") return [{ path: page.path, title: page.title }];
    if (page.kind === "entry" && page.list !== undefined && page.entry.collection === "pages")
      return [{ path: page.path, title: page.entry.data.title }];
    return [];
  });
}

/** The page an editor wrote for the 404 page (`permalink: /404.html`), if there is one. */
export async function notFoundEntry(): Promise<SiteEntry | undefined> {
  return (await allSiteEntries()).find((entry) => entry.permalink === NOT_FOUND_PATH);
}

/** What the head of a page says about it: its title, description and address. */
import type { SiteSettings } from "#schemas/site.ts";
import { withBase } from "#core/site-paths.ts";

/** `About me - Christian F. Baumgartner`, with the site's `title_separator`. */
export function documentTitle(pageTitle: string | undefined, settings: SiteSettings): string {
  return pageTitle === undefined || pageTitle === settings.title
    ? settings.title
    : `${pageTitle} ${settings.title_separator} ${settings.title}`;
}

/** The absolute address of a site path, with the base path. */
export function absoluteUrl(sitePath: string, settings: SiteSettings): string {
  return new URL(withBase(settings.baseurl, sitePath), settings.url).href;
}

/** The masthead's menu, from `navigation:` in the site settings. */
import { hrefOnSite } from "#core/site-paths.ts";

export interface MenuLink {
  title: string;
  href: string;
  /** Whether the link leads to the page it is shown on (`aria-current="page"`). */
  current: boolean;
}

/**
 * The menu's links: a path on this site gets the base path (`""` or `/lab`), a web address stays
 * as it is; the link whose address is `currentPath` (the page's path, with the base) is current.
 */
export function menuLinks(
  navigation: readonly { title: string; url: string }[],
  base: string,
  currentPath: string,
): MenuLink[] {
  return navigation.map(({ title, url }) => {
    const href = hrefOnSite(url, base);
    return { title, href, current: href === currentPath };
  });
}

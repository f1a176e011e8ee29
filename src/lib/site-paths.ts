/**
 * Site paths: the part of a URL after the domain, such as `/about/` or `/about.html`.
 * Permalinks and `redirect_from` entries are site paths.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why a value cannot be a site path, in plain words, or `undefined` when it can be one. */
export function sitePathProblem(value: string): string | undefined {
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme !== undefined) {
    return scheme.toLowerCase() === "javascript"
      ? `a "javascript:" URL`
      : `the external URL "${value}"`;
  }
  if (value.startsWith("//")) return `the external URL "${value}"`;
  if (value.trim() === "") return "an empty text";
  if (/\s/.test(value)) return `"${value}", which contains a space`;
  if (value.includes("?")) return `"${value}", which contains a query ("?")`;
  if (value.includes("#")) return `"${value}", which contains a fragment ("#")`;
  if (value.includes("\\")) return `"${value}", which contains a backslash`;
  if (value.split("/").some((segment) => segment === "..")) {
    return `"${value}", which contains a ".." segment`;
  }
  return undefined;
}

/** Adds the leading slash that Jekyll adds when a permalink is written without one. */
export function withLeadingSlash(path: string): string {
  return path.startsWith("/") ? path : `/${path}`;
}

/** Whether the last segment of a path has a file extension, like `/about.html`. */
export function hasExtension(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return /\.[a-z0-9]+$/i.test(last);
}

/**
 * The file, relative to the output folder, that serves a site path on a static host:
 * `/` is `index.html`, `/about/` and `/about` are `about/index.html`, `/about.html` is `about.html`.
 */
export function outputFileFor(path: string): string {
  const relative = path.replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) return `${relative}index.html`;
  if (hasExtension(relative)) return relative;
  return `${relative}/index.html`;
}

/**
 * The URL a visitor should see for a page, given its permalink: a path without an extension
 * ends with a slash, because the page is served from a folder's `index.html`.
 */
export function pageUrlPath(permalink: string): string {
  if (permalink.endsWith("/") || hasExtension(permalink)) return permalink;
  return `${permalink}/`;
}

/** Whether a link stays on this site and is written as a path (not `#top`, `mailto:` or `//host`). */
export function isRelativeReference(url: string): boolean {
  return url !== "" && !SCHEME.test(url) && !url.startsWith("//") && !url.startsWith("#");
}

/**
 * Resolves a link as a browser would on the page's permalink, and returns it as a site path
 * with any query and fragment kept: `files/cv.pdf` on `/` is `/files/cv.pdf`.
 */
export function resolveOnPage(url: string, permalink: string): string {
  if (!isRelativeReference(url) || url.startsWith("/")) return url;
  const resolved = new URL(url, new URL(permalink, "http://site.invalid"));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Joins the site's base path (`""` or `/lab`) and a site path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, "");
  return `${trimmed}${path}`;
}

/** The value of the catch-all route's `slug` parameter for a permalink (`undefined` for `/`). */
export function routeParam(permalink: string): string | undefined {
  const trimmed = permalink.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? undefined : trimmed;
}

/** Astro's sitemap names a page at `/cv.html` as `/cv.html/`; this gives back `/cv.html`. */
export function withoutSlashAfterExtension(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.replace(/(\.[a-z0-9]+)\/$/i, "$1");
  return parsed.href;
}

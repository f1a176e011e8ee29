/**
 * Site paths: the part of a URL after the domain, such as `/about/` or `/about.html`.
 * Permalinks and `redirect_from` entries are site paths.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Why a value cannot be a site path, in plain words, or `undefined` when it can be one. With
 * `query`, a query is allowed (`/wordpress/?p=15`: an old address that WordPress served).
 */
export function sitePathProblem(value: string, { query = false } = {}): string | undefined {
  // eslint-disable-next-line no-control-regex -- an invisible character can hide a "javascript:"
  if (/[\u0000-\u001F\u007F]/.test(value)) return "a text with an invisible control character";
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme !== undefined) {
    return scheme.toLowerCase() === "javascript"
      ? `a "javascript:" URL`
      : `the external URL "${value}"`;
  }
  if (value.startsWith("//")) return `the external URL "${value}"`;
  if (value.trim() === "") return "an empty text";
  if (/\s/.test(value)) return `"${value}", which contains a space`;
  if (!query && value.includes("?")) return `"${value}", which contains a query ("?")`;
  if (value.includes("#")) return `"${value}", which contains a fragment ("#")`;
  if (value.includes("\\")) return `"${value}", which contains a backslash`;
  if (value.split("/").some((segment) => segment === "..")) {
    return `"${value}", which contains a ".." segment`;
  }
  return undefined;
}

/** A site path and its query: `/wordpress/?p=15` is `/wordpress/` and `?p=15` (`""` for none). */
export function splitQuery(value: string): { path: string; query: string } {
  const at = value.indexOf("?");
  return at === -1
    ? { path: value, query: "" }
    : { path: value.slice(0, at), query: value.slice(at) };
}

/** The address of the page a static host shows for an address it has no file for. */
export const NOT_FOUND_PATH = "/404.html";

/** Adds the leading slash that Jekyll adds when a permalink is written without one. */
export function withLeadingSlash(path: string): string {
  return path.startsWith("/") ? path : `/${path}`;
}

/**
 * The file, relative to the output folder, that serves a page's site path on a static host, as
 * Jekyll writes it: `/` is `index.html`, `/about/` is `about/index.html`, `/about.html` is
 * `about.html`, and `/about` is `about.html` too (GitHub Pages and most static hosts serve it at
 * `/about`). Any other ending gets `.html` as well: `/talk.ppt` is `talk.ppt.html`. A page Jekyll
 * makes into another kind of file (`extension`, such as `.css`) gets that ending instead.
 */
export function outputFileFor(path: string, extension = ".html"): string {
  let relative = resolvedPath(path).replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) relative += "index";
  return relative.endsWith(extension) ? relative : `${relative}${extension}`;
}

/**
 * The file that serves an old address (`redirect_from`), as jekyll-redirect-from writes it: like a
 * page's (`/old/` is `old/index.html`, `/old` is `old.html`), but an address that ends in a file
 * name keeps it (`/talk.ppt` is `talk.ppt`).
 */
export function redirectFileFor(path: string): string {
  const relative = resolvedPath(path).replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) return `${relative}index.html`;
  return /\.[a-z0-9]+$/i.test(relative.slice(relative.lastIndexOf("/") + 1))
    ? relative
    : `${relative}.html`;
}

/**
 * Whether a page at this permalink is served from a file of its own (`/cv.html`, `/cv`) rather
 * than from a folder's `index.html` (`/cv/`, `/`).
 */
export function isFilePath(permalink: string): boolean {
  return permalink !== "" && !permalink.endsWith("/");
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

/**
 * A link as a page writes it: a path on this site (`/files/a.pdf`) gets the base path; a web
 * address, or anything else, stays as it is.
 */
export function hrefOnSite(address: string, base: string): string {
  return address.startsWith("/") ? withBase(base, address) : address;
}

/**
 * A path with its percent-escapes undone (`/machine%20learning/` is `/machine learning/`), as a
 * static host finds the file for an address; a malformed escape stays as it is.
 */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Whether a path has a `%` escape that decodes to no text (`/%E0%A4%A/`): a host answers 400. */
export function hasMalformedEscape(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * A site path as a browser and a static host resolve it, so that every spelling of one address is
 * one text: percent-escapes undone (`%C3%A4` is `ä`, `%2e` is `.`; a malformed escape stays as it
 * is), `.` and `..` segments resolved (`/a/../about/` is `/about/`), letters in one Unicode form
 * (NFC: `a` with a combining umlaut is `ä`). A trailing slash is kept, and a final `.` or `..`
 * segment ends in one.
 */
export function resolvedPath(path: string): string {
  const segments: string[] = [];
  const parts = decodePath(path).normalize("NFC").split("/");
  parts.forEach((segment, index) => {
    const last = index === parts.length - 1;
    if (segment === "." || segment === "..") {
      if (segment === ".." && segments.length > 1) segments.pop();
      if (last) segments.push("");
    } else {
      segments.push(segment);
    }
  });
  return segments.join("/");
}

/** The value of the catch-all route's `slug` parameter for a permalink (`undefined` for `/`). */
export function routeParam(permalink: string): string | undefined {
  const trimmed = resolvedPath(permalink).replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? undefined : trimmed;
}

/**
 * Astro's sitemap names a page served from a file (`/cv.html`, `/cv`) with a slash after it
 * (`/cv.html/`); this gives back the page's own address. `fileUrls` are the absolute addresses of
 * the pages served from a file.
 */
export function sitemapUrl(url: string, fileUrls: ReadonlySet<string>): string {
  const bare = url.replace(/\/$/, "");
  return fileUrls.has(bare) ? bare : url;
}

/**
 * An image as academicpages names it in front matter and settings: a web address as it is, a path
 * on this site with the base path, and a bare file name in `/images/`. `undefined` for none.
 */
export function imageSrc(value: string | undefined, base: string): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (/^https?:\/\//.test(value)) return value;
  return withBase(base, value.startsWith("/") ? value : `/images/${value}`);
}

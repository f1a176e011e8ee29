/** Finds links in the built site that point at pages or files the site does not have. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { decodePath, isRelativeReference } from "#core/site-paths.ts";

export interface BrokenLink {
  /** The address of the page that has the link, such as `/`. */
  page: string;
  /** The link as it is written in the page. */
  link: string;
}

const ATTRIBUTE = /\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g;

/** The values of every `href` and `src` attribute in an HTML document. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE)].map((match) =>
    (match[1] ?? match[2] ?? "").replaceAll("&amp;", "&"),
  );
}

/** The address a built file is served at: `about/index.html` is `/about/`. */
export function pageAddress(file: string): string {
  const posix = file.split(path.sep).join("/");
  if (posix === "index.html") return "/";
  return posix.endsWith("/index.html") ? `/${posix.slice(0, -"index.html".length)}` : `/${posix}`;
}

/**
 * The site path (without the base path) that a link on `page` asks for, or `undefined` when the
 * link is not written as a path on this site. Full addresses are not followed: on a shared domain
 * (name.github.io) they may lead to another site. `base` is the site's base path.
 */
export function linkedPath(link: string, page: string, base: string): string | undefined {
  if (!isRelativeReference(link)) return undefined;
  const url = new URL(link, new URL(`${base}${page}`, "http://site.invalid"));
  const pathname = decodePath(url.pathname);
  if (base === "") return pathname;
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  return pathname.slice(base.length) || "/";
}

/** Whether the built files answer a request for a site path, as a static host does. */
export function serves(files: ReadonlySet<string>, sitePath: string): boolean {
  const file = sitePath.replace(/^\/+/, "");
  if (file === "" || file.endsWith("/")) return files.has(`${file}index.html`);
  return files.has(file) || files.has(`${file}/index.html`) || files.has(`${file}.html`);
}

/** Every link in the HTML files of `dir` whose target is not in `dir`. */
export async function findBrokenLinks(dir: string, base: string): Promise<BrokenLink[]> {
  const files = new Set(await glob("**/*", { cwd: dir, dot: true }));
  const pages = [...files].filter((f) => f.endsWith(".html")).sort();
  // The pages were just written, so they are in memory: read one after another, they take half the
  // time they take through the thread pool (0.35 s against 0.7 s for 6,256 pages).
  const found = pages.map((file) => {
    const page = pageAddress(file);
    const html = readFileSync(path.join(dir, file), "utf8");
    return [...new Set(linksIn(html))]
      .filter((link) => {
        const target = linkedPath(link, page, base);
        return target !== undefined && !serves(files, target);
      })
      .map((link) => ({ page, link }));
  });
  return found.flat();
}

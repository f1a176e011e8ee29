/** What a built page costs a visitor: bytes of HTML, CSS, JavaScript and images, and requests. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { linkedPath } from "#integration/link-check.ts";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The page's address, such as `/`. */
  page: string;
  /** The HTML document, with any CSS inlined in it. */
  html: Bytes;
  /** CSS: inlined `<style>` plus linked stylesheets (the inlined part is also in `html`). */
  css: Bytes;
  /** What the browser downloads of HTML and CSS: the document and its linked stylesheets. */
  htmlAndCss: Bytes;
  js: Bytes;
  images: Bytes;
  /** Every request the page makes when it loads: the document, stylesheets, scripts, images, icons. */
  requests: number;
  /** Requests that must finish before the first paint: the document, stylesheets and blocking scripts. */
  blockingRequests: number;
}

export interface Resources {
  stylesheets: string[];
  scripts: { src: string; blocking: boolean }[];
  inlineStyles: string[];
  images: string[];
  icons: string[];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/** The resources an HTML document loads, as written in it. */
export function resourcesOf(html: string): Resources {
  const tags = (name: string) =>
    [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))].map((m) => m[0]);
  const links = tags("link");
  const rel = (tag: string) => (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  return {
    stylesheets: links
      .filter((t) => rel(t).includes("stylesheet"))
      .map((t) => attribute(t, "href") ?? ""),
    icons: links.filter((t) => rel(t).includes("icon")).map((t) => attribute(t, "href") ?? ""),
    scripts: tags("script")
      .filter((t) => attribute(t, "src") !== undefined)
      .map((t) => ({
        src: attribute(t, "src") ?? "",
        blocking: !/\s(async|defer)\b/i.test(t) && attribute(t, "type") !== "module",
      })),
    inlineStyles: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? ""),
    images: tags("img").map((t) => attribute(t, "src") ?? ""),
  };
}

function bytes(content: Buffer | string): Bytes {
  const buffer = typeof content === "string" ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

const sum = (list: readonly Bytes[]): Bytes =>
  list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Weighs the page in `file` (relative to `dir`, the built site), whose address is `page`. */
export async function pageWeight(
  dir: string,
  file: string,
  page: string,
  base = "",
): Promise<PageWeight> {
  const html = await readFile(path.join(dir, file), "utf8");
  const found = resourcesOf(html);
  const load = async (link: string): Promise<Bytes> => {
    const target = linkedPath(link, page, base);
    if (target === undefined) return { raw: 0, gzip: 0 };
    return bytes(await readFile(path.join(dir, target)).catch(() => Buffer.alloc(0)));
  };
  const stylesheets = await Promise.all(found.stylesheets.map(load));
  const scripts = await Promise.all(found.scripts.map((s) => load(s.src)));
  const images = await Promise.all(found.images.map(load));
  return {
    page,
    html: bytes(html),
    css: sum([...found.inlineStyles.map(bytes), ...stylesheets]),
    htmlAndCss: sum([bytes(html), ...stylesheets]),
    js: sum(scripts),
    images: sum(images),
    requests:
      1 +
      found.stylesheets.length +
      found.scripts.length +
      found.images.length +
      found.icons.length,
    blockingRequests: 1 + found.stylesheets.length + found.scripts.filter((s) => s.blocking).length,
  };
}

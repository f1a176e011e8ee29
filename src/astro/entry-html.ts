/**
 * The rendered HTML of Markdown entries, kept beside Astro's content store instead of inside it,
 * in one file per collection. The store is bundled into the build as one module: with the HTML in
 * it, that module is 29 MB at 5,000 entries, and the bundler and the pages hold several copies of
 * it at once (measured: about 150 MB more peak memory, and bundling 0.7 s slower). The file is
 * written when the collection is loaded and read once when pages are built. In `astro dev`, where
 * memory matters less and entries change one at a time, the store keeps the HTML as usual.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** What an entry of the content store has that matters here. */
export interface StoredEntry {
  id: string;
  digest?: number | string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> | undefined } | undefined;
}

/** The HTML of a collection's entries, by the key each entry names in its metadata. */
export type HtmlByKey = Map<string, string>;

/** The file that holds a collection's HTML, inside Astro's cache folder (`cacheDir`, a path). */
export function entryHtmlFile(cacheDir: string, collection: string): string {
  return path.join(cacheDir, "academic-site", "entry-html", `${collection}.json`);
}

/** The stamp of what an entry was rendered with (see `renderingStamp` in loaders.ts). */
export function stampOf(entry: StoredEntry): string | undefined {
  const stamp = entry.rendered?.metadata?.["renderedWith"];
  return typeof stamp === "string" ? stamp : undefined;
}

/** The entry, marked as rendered with `stamp`; an entry without rendered HTML (MDX) as it is. */
export function stamped<E extends StoredEntry>(entry: E, stamp: string): E {
  const { rendered } = entry;
  if (rendered === undefined) return entry;
  return {
    ...entry,
    rendered: { ...rendered, metadata: { ...rendered.metadata, renderedWith: stamp } },
  };
}

/**
 * A digest of what an entry's page shows of it: its file's text and what rendered it. Page keys of
 * the incremental build use it, so that a change to the Markdown code renders the pages again.
 */
export function shownDigest(entry: StoredEntry): string | number | undefined {
  const stamp = stampOf(entry);
  return entry.digest === undefined || stamp === undefined
    ? entry.digest
    : `${String(entry.digest)}:${stamp}`;
}

/** The key under which an entry's HTML is kept, when it is kept beside the store. */
export function htmlKeyOf(entry: StoredEntry): string | undefined {
  const key = entry.rendered?.metadata?.["htmlKey"];
  return typeof key === "string" ? key : undefined;
}

/**
 * Takes an entry's HTML into `html` and gives back the entry to store: the same, with empty HTML
 * and the key of its HTML. An entry with images keeps its HTML, since Astro fills in the images'
 * addresses when it renders the entry.
 */
export function takeHtml<E extends StoredEntry>(html: HtmlByKey, entry: E): E {
  const { rendered, digest } = entry;
  if (rendered === undefined || rendered.html === "" || digest === undefined) return entry;
  const images = rendered.metadata?.["imagePaths"];
  if (Array.isArray(images) && images.length > 0) return entry;
  // The digest is of the file's text, so the key changes whenever the entry does.
  const key = `${entry.id}@${String(digest)}`;
  html.set(key, rendered.html);
  return {
    ...entry,
    rendered: { ...rendered, html: "", metadata: { ...rendered.metadata, htmlKey: key } },
  };
}

/**
 * The HTML kept in `file`; none when there is no such file, or when it cannot be read (damaged, say):
 * the entries are then rendered again.
 */
export async function readHtmlFile(file: string): Promise<HtmlByKey> {
  if (!existsSync(file)) return new Map();
  try {
    const kept = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
    return new Map(Object.entries(kept));
  } catch {
    return new Map();
  }
}

/** Writes the HTML of `entries` (those that keep it here) to `file`, and nothing else. */
export async function writeHtmlFile(
  file: string,
  html: HtmlByKey,
  entries: Iterable<StoredEntry>,
): Promise<void> {
  const kept: Record<string, string> = {};
  for (const entry of entries) {
    const key = htmlKeyOf(entry);
    const text = key === undefined ? undefined : html.get(key);
    if (key !== undefined && text !== undefined) kept[key] = text;
  }
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole or not at all: a stopped build leaves the last complete file.
  await writeFile(`${file}.part`, JSON.stringify(kept));
  await rename(`${file}.part`, file);
}

const files = new Map<string, Promise<HtmlByKey>>();

/** An entry's HTML from its collection's file (read once), or `undefined` when the store holds it. */
export async function entryHtml(file: string, entry: StoredEntry): Promise<string | undefined> {
  const key = htmlKeyOf(entry);
  if (key === undefined) return undefined;
  let html = files.get(file);
  if (html === undefined) {
    html = readHtmlFile(file);
    files.set(file, html);
  }
  const text = (await html).get(key);
  if (text === undefined) {
    throw new Error(
      `The text of ${entry.id} is missing from ${file}. Build again with \`npx astro build --force\`.`,
    );
  }
  return text;
}

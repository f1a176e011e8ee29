/**
 * The loader of every collection: Astro's glob loader over the collection's folder, quiet about a
 * folder without entries, and keeping the rendered HTML of Markdown entries beside the content
 * store in builds (`entry-html.ts` says why and how).
 */
import { fileURLToPath } from "node:url";
import { glob, type Loader } from "astro/loaders";
import { COLLECTIONS, ENTRY_FILES, type CollectionName } from "#routing/collections.ts";
import { entryHtmlFile, htmlKeyOf, readHtmlFile, takeHtml, writeHtmlFile } from "./entry-html.ts";

/** `target` with one of its methods replaced; the others still act on `target` itself. */
function replacing<T extends object>(target: T, key: keyof T, method: unknown): T {
  return new Proxy(target, {
    get(object, property) {
      if (property === key) return method;
      const value: unknown = Reflect.get(object, property);
      return typeof value === "function" ? (value.bind(object) as unknown) : value;
    },
  });
}

/**
 * `loader`, without the glob loader's warnings about an empty or missing folder: a site without
 * talks or posts is normal, and the folder is still watched, so a first entry shows up in `npm run dev`.
 */
export function quietWhenEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const logger = replacing(context.logger, "warn", (message: string) => {
        if (!/^No files found matching|^The base directory .* does not exist/.test(message))
          context.logger.warn(message);
      });
      return loader.load({ ...context, logger });
    },
  };
}

/**
 * `loader`, keeping each entry's rendered HTML in a file beside the store when building. An entry
 * whose HTML is not in the file is forgotten first, so that the loader renders it again. In
 * `astro dev` (when there is a watcher) the store keeps the HTML, as usual.
 */
export function htmlBesideStore(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (context.watcher !== undefined) return loader.load(context);
      const file = entryHtmlFile(fileURLToPath(context.config.cacheDir), context.collection);
      const html = await readHtmlFile(file);
      for (const entry of context.store.values()) {
        const key = htmlKeyOf(entry);
        if (key !== undefined && !html.has(key)) context.store.delete(entry.id);
      }
      type Entry = Parameters<typeof context.store.set>[0];
      const store = replacing(context.store, "set", (entry: Entry) =>
        context.store.set(takeHtml(html, entry)),
      );
      await loader.load({ ...context, store });
      await writeHtmlFile(file, html, context.store.values());
    },
  };
}

/**
 * The entries of a collection: its folder's Markdown and MDX files. Pages show the rendered HTML,
 * never the Markdown source, so the store does not keep a copy of it (a third of its size).
 */
export function entryLoader(name: CollectionName): Loader {
  return htmlBesideStore(
    quietWhenEmpty(
      glob({ pattern: ENTRY_FILES, base: `./${COLLECTIONS[name].dir}`, retainBody: false }),
    ),
  );
}

/**
 * The loader of every collection: Astro's glob loader over the collection's folder, quiet about a
 * folder without entries, rendering Markdown again when what renders it changes, and keeping the
 * rendered HTML beside the content store in builds (`entry-html.ts` says why and how).
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { glob, type Loader } from "astro/loaders";
import {
  COLLECTIONS,
  ENTRY_FILES,
  isMarkdownFile,
  type CollectionName,
} from "#routing/collections.ts";
import { companionKey, joinedFields, readSiteLibrary } from "#bibtex/library.ts";
import {
  entryHtmlFile,
  htmlKeyOf,
  readHtmlFile,
  stamped,
  stampOf,
  takeHtml,
  writeHtmlFile,
} from "./entry-html.ts";
import { withJekyllExcerpts } from "./excerpts.ts";

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
 * What Markdown's HTML depends on besides each file's own text: the Markdown code (`src/markdown/`),
 * Astro's settings and the packages. Astro keeps an entry's HTML for as long as its file is
 * unchanged; a change to any of these renders every Markdown entry again.
 */
export async function renderingStamp(root: string): Promise<string> {
  const markdown = path.join(root, "src/markdown");
  const code = (await readdir(markdown).catch(() => []))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort()
    .map((name) => path.join(markdown, name));
  const hash = createHash("sha256");
  for (const file of [
    ...code,
    ...["astro.config.mjs", "package-lock.json"].map((f) => path.join(root, f)),
  ]) {
    hash.update(`${path.relative(root, file)}\n`);
    hash.update(await readFile(file).catch(() => ""));
  }
  return hash.digest("base64url").slice(0, 16);
}

/**
 * `loader`, rendering again every stored entry that was rendered with other Markdown code (see
 * `renderingStamp`), and keeping each entry's rendered HTML in a file beside the store when
 * building: an entry whose HTML is not in the file is rendered again too. In `astro dev` (when
 * there is a watcher) the store keeps the HTML, as usual.
 */
export function htmlBesideStore(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const stamp = await renderingStamp(fileURLToPath(context.config.root));
      const building = context.watcher === undefined;
      const file = entryHtmlFile(fileURLToPath(context.config.cacheDir), context.collection);
      const html = building ? await readHtmlFile(file) : new Map<string, string>();
      for (const entry of context.store.values()) {
        const key = htmlKeyOf(entry);
        const stale = entry.rendered !== undefined && stampOf(entry) !== stamp;
        const lost = key !== undefined && (!building || !html.has(key));
        if (stale || lost) context.store.delete(entry.id);
      }
      type Entry = Parameters<typeof context.store.set>[0];
      const store = replacing(context.store, "set", (entry: Entry) => {
        const marked = stamped(entry, stamp);
        return context.store.set(building ? takeHtml(html, marked) : marked);
      });
      await loader.load({ ...context, store });
      if (building) await writeHtmlFile(file, html, context.store.values());
    },
  };
}

/**
 * `loader`, reading every Markdown ending (`.markdown`, `.MD`, …) as Astro reads `.md`. Astro's
 * glob loader picks how to read a file by its ending, from the loader context's `entryTypes`, which
 * list only `.md`; here the other endings are added to that list. (Were a later Astro to move the
 * list, nothing would be added: Astro warns of each file it cannot read, and the site's tests of
 * `.markdown` files fail.)
 */
export function everyMarkdownEnding(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const types: unknown = Reflect.get(context, "entryTypes");
      if (!(types instanceof Map)) return loader.load(context);
      const markdown: unknown = types.get(".md");
      const entryTypes = new (class extends Map<unknown, unknown> {
        override get(ending: unknown) {
          const type = super.get(ending);
          return type === undefined && typeof ending === "string" && isMarkdownFile(ending)
            ? markdown
            : type;
        }
      })(types);
      return loader.load({ ...context, entryTypes } as typeof context);
    },
  };
}

/** The id of a `.bib` entry in the store: its file's path from the folder, and its key. */
const bibId = (file: string, dir: string, key: string) =>
  `${path.posix.relative(dir, file)}#${key}`;

/** Whether a stored entry is a `.bib` entry (`bibId`), not a Markdown file. */
const isBibId = (id: string) => id.includes("#");

/**
 * `loader` (the publications' Markdown), with the entries of the `.bib` files of the folder (`dir`,
 * from the project folder) and of those the settings name (`elsewhere`): a Markdown file that adds
 * to an entry (`bibkey:` or its file name, see `#bibtex/library.ts`) is joined to it, and every
 * other entry is a publication without text. The content check has reported every problem of the
 * files before this runs. In `npm run dev`, a changed `.bib` file is read again.
 */
export function withBibEntries(
  loader: Loader,
  dir: string,
  elsewhere: readonly string[] = [],
): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      let library = await readSiteLibrary(root, elsewhere);
      const companionOf = (data: Record<string, unknown>, id: string) =>
        library.entries.get(companionKey(data, id));
      // A Markdown file joined to an entry is read again, to have the entry's fields as they are now.
      for (const stored of context.store.values()) {
        if (!isBibId(stored.id) && companionOf(stored.data, stored.id) !== undefined) {
          context.store.delete(stored.id);
        }
      }
      // Each joined file's own front matter, to join it again when its entry changes (in dev).
      const frontMatter = new Map<string, { data: Record<string, unknown>; filePath?: string }>();
      const parseData = (<TData extends Record<string, unknown>>(
        props: Parameters<typeof context.parseData<TData>>[0],
      ) => {
        const entry = companionOf(props.data, props.id);
        if (entry === undefined) return context.parseData(props);
        frontMatter.set(props.id, {
          data: props.data,
          ...(props.filePath !== undefined && { filePath: props.filePath }),
        });
        const data = joinedFields(props.data, entry, "").data as TData;
        return context.parseData({ ...props, data });
      }) as typeof context.parseData;
      await loader.load({ ...context, parseData });

      // A joined file's page shows its entry's fields too: its digest (which page keys of the
      // incremental build use) covers the entry, so that editing the entry renders the page again.
      const withEntryDigest = async (id: string, rejoin: boolean) => {
        const stored = context.store.get(id);
        const own = frontMatter.get(id);
        const entry = stored === undefined ? undefined : companionOf(own?.data ?? stored.data, id);
        if (stored === undefined || entry === undefined) return;
        const data =
          rejoin && own !== undefined
            ? await context.parseData({ ...own, id, data: joinedFields(own.data, entry, "").data })
            : stored.data;
        const digest = context.generateDigest(
          `${String(stored.digest)}\n${JSON.stringify(entry.publication)}`,
        );
        if (digest !== stored.digest) context.store.set({ ...stored, data, digest });
      };
      for (const id of [...context.store.keys()]) {
        if (!isBibId(id)) await withEntryDigest(id, false);
      }

      const setAlone = async () => {
        const joined = new Set(
          [...context.store.values()].flatMap((stored) =>
            isBibId(stored.id) ? [] : [companionKey(stored.data, stored.id)],
          ),
        );
        const ids = new Set<string>();
        for (const entry of library.entries.values()) {
          if (joined.has(entry.key)) continue;
          const id = bibId(entry.file, dir, entry.key);
          ids.add(id);
          const data = await context.parseData({
            id,
            data: entry.publication,
            filePath: entry.file,
          });
          const digest = context.generateDigest(JSON.stringify(entry.publication));
          context.store.set({ id, data, filePath: entry.file, digest, rendered: { html: "" } });
        }
        for (const id of context.store.keys()) {
          if (isBibId(id) && !ids.has(id)) context.store.delete(id);
        }
      };
      await setAlone();

      const bibChanged = async (file: string) => {
        const named = elsewhere.some((name) => path.join(root, name) === file);
        if (!/\.bib$/i.test(file) || !(file.startsWith(path.join(root, dir)) || named)) return;
        library = await readSiteLibrary(root, elsewhere);
        for (const id of frontMatter.keys()) await withEntryDigest(id, true);
        await setAlone();
      };
      for (const name of elsewhere) context.watcher?.add(path.join(root, name));
      for (const event of ["add", "change", "unlink"]) {
        context.watcher?.on(event, (file: string) => void bibChanged(file));
      }
    },
  };
}

/**
 * The entries of a collection: its folder's Markdown and MDX files. Each entry is named by its
 * file's path (`2024/paper.md`), so no two files share a name (Astro's own names would make
 * `Paper.md`, `paper.md` and `paper.mdx` one entry and drop all but one). Pages show the rendered
 * HTML, never the Markdown source, so the store does not keep a copy of it (a third of its size).
 */
export function entryLoader(
  name: CollectionName,
  {
    bibFiles = [],
    excerpts,
  }: {
    bibFiles?: readonly string[];
    /** Jekyll's excerpts for entries without one (not for pages and news items, which had none). */
    excerpts?: Parameters<typeof withJekyllExcerpts>[1];
  } = {},
): Loader {
  const { dir } = COLLECTIONS[name];
  const files = quietWhenEmpty(
    glob({
      pattern: ENTRY_FILES,
      base: `./${dir}`,
      retainBody: false,
      generateId: ({ entry }) => entry,
    }),
  );
  const markdown = everyMarkdownEnding(
    excerpts === undefined ? files : withJekyllExcerpts(files, excerpts),
  );
  return htmlBesideStore(
    name === "publications" ? withBibEntries(markdown, dir, bibFiles) : markdown,
  );
}

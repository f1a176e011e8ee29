import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { entryHtml, entryHtmlFile, stamped, type StoredEntry } from "./entry-html.ts";
import { everyMarkdownEnding, htmlBesideStore, quietWhenEmpty, renderingStamp } from "./loaders.ts";

/** The part of Astro's store that the loaders use, over a Map. */
function fakeStore(entries: StoredEntry[] = []) {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    map,
    get: (id: string) => map.get(id),
    set: (entry: StoredEntry) => (map.set(entry.id, entry), true),
    delete: (id: string) => void map.delete(id),
    values: () => [...map.values()],
  };
}

/** A loader context for the collection `posts`, with Astro's cache folder `cacheDir`. */
function context(
  cacheDir: string,
  store: ReturnType<typeof fakeStore>,
  options: { dev?: boolean; warnings?: string[] } = {},
): LoaderContext {
  const fake = {
    collection: "posts",
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), root: pathToFileURL(`${cacheDir}/`) },
    store,
    watcher: options.dev === true ? {} : undefined,
    logger: { warn: (message: string) => options.warnings?.push(message) },
  };
  return fake as unknown as LoaderContext;
}

/** A loader that stores the given entries, as the glob loader stores rendered Markdown. */
const storing = (...entries: StoredEntry[]): Loader => ({
  name: "test",
  load: (ctx) => {
    for (const entry of entries) ctx.store.set(entry as Parameters<typeof ctx.store.set>[0]);
    return Promise.resolve();
  },
});

const post = (id: string, html: string): StoredEntry => ({
  id,
  digest: `d-${id}`,
  rendered: { html, metadata: {} },
});

describe("htmlBesideStore", () => {
  let cacheDir = "";
  before(async () => (cacheDir = await mkdtemp(path.join(os.tmpdir(), "loaders-"))));
  after(() => rm(cacheDir, { recursive: true, force: true }));
  const file = () => entryHtmlFile(cacheDir, "posts");

  it("in a build, stores each entry without its HTML and writes the HTML beside the store", async () => {
    const store = fakeStore();
    await htmlBesideStore(storing(post("a", "<p>A</p>"))).load(context(cacheDir, store));
    const stored = store.map.get("a");
    assert.ok(stored !== undefined);
    assert.equal(stored.rendered?.html, "");
    assert.deepEqual(JSON.parse(await readFile(file(), "utf8")), { "a@d-a": "<p>A</p>" });
    assert.equal(await entryHtml(file(), stored), "<p>A</p>");
  });

  it("forgets a stored entry whose HTML is not in the file, so that it is rendered again", async () => {
    const stamp = await renderingStamp(cacheDir);
    const lost = stamped(
      { ...post("b", ""), rendered: { html: "", metadata: { htmlKey: "b@old" } } },
      stamp,
    );
    const store = fakeStore([lost]);
    await htmlBesideStore(storing()).load(context(cacheDir, store));
    assert.equal(store.map.has("b"), false);
  });

  it("forgets a stored entry rendered with other Markdown code, and keeps the others", async () => {
    const stamp = await renderingStamp(cacheDir);
    const store = fakeStore([
      stamped(post("old", "<p>Old</p>"), "other code"),
      stamped(post("same", "<p>Same</p>"), stamp),
    ]);
    await htmlBesideStore(storing()).load(context(cacheDir, store, { dev: true }));
    assert.deepEqual([...store.map.keys()], ["same"]);
  });

  it("in astro dev, leaves the HTML in the store", async () => {
    const store = fakeStore();
    await htmlBesideStore(storing(post("c", "<p>C</p>"))).load(
      context(cacheDir, store, { dev: true }),
    );
    assert.equal(store.map.get("c")?.rendered?.html, "<p>C</p>");
  });
});

describe("quietWhenEmpty", () => {
  it("drops the warnings about an empty or missing folder, and passes on the others", async () => {
    const warnings: string[] = [];
    const warning: Loader = {
      name: "test",
      load: (ctx) => {
        ctx.logger.warn('No files found matching "**/[^_]*.md" in directory "src/content/talks"');
        ctx.logger.warn("The base directory src/content/talks does not exist.");
        ctx.logger.warn("Something else");
        return Promise.resolve();
      },
    };
    await quietWhenEmpty(warning).load(context("", fakeStore(), { warnings }));
    assert.deepEqual(warnings, ["Something else"]);
  });
});

describe("everyMarkdownEnding", () => {
  it("reads .markdown, .MD and Jekyll's other Markdown endings as .md, and nothing else", async () => {
    const markdown = { name: "markdown" };
    const mdx = { name: "mdx" };
    let seen: unknown[] = [];
    const looking: Loader = {
      name: "test",
      load: (ctx) => {
        const types = Reflect.get(ctx, "entryTypes") as Map<string, unknown>;
        seen = [".md", ".markdown", ".MD", ".Mkdn", ".mdx", ".MDX", ".txt"].map((e) =>
          types.get(e),
        );
        return Promise.resolve();
      },
    };
    const entryTypes = new Map([
      [".md", markdown],
      [".mdx", mdx],
    ]);
    const ctx = Object.assign(context("", fakeStore()), { entryTypes });
    await everyMarkdownEnding(looking).load(ctx);
    assert.deepEqual(seen, [markdown, markdown, markdown, markdown, mdx, undefined, undefined]);
  });
});

describe("renderingStamp", () => {
  it("changes when the Markdown code, Astro's settings or the packages change, not tests", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "stamp-"));
    try {
      await mkdir(path.join(root, "src/markdown"), { recursive: true });
      await writeFile(path.join(root, "src/markdown/plugins.ts"), "export const a = 1;");
      const first = await renderingStamp(root);
      assert.equal(await renderingStamp(root), first);
      await writeFile(path.join(root, "src/markdown/plugins.test.ts"), "test");
      assert.equal(await renderingStamp(root), first);
      await writeFile(path.join(root, "src/markdown/plugins.ts"), "export const a = 2;");
      const second = await renderingStamp(root);
      assert.notEqual(second, first);
      await writeFile(path.join(root, "package-lock.json"), "{}");
      assert.notEqual(await renderingStamp(root), second);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

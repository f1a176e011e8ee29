/**
 * Incremental builds: a build after a build copies every unchanged page from the last one, and an
 * edit renders again exactly the pages that show the edited entry. And the rendered Markdown kept
 * beside the content store, which a build puts back when it is gone.
 */
import assert from "node:assert/strict";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { glob } from "tinyglobby";
import { buildSite, buildSiteAnew, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

/** The pages a build rendered, and those it copied from the last build, from its log. */
function pagesIn(log: string): { rendered: string[]; copied: string[] } {
  // Astro names a page when it starts on it; a copied page is named with "(restored)" at once,
  // a rendered one is followed by its time later, perhaps after other pages' names.
  const items = log.split("├─ ").slice(1);
  const copied = items.filter((item) => /^\S+ \((restored|cached)\)/.test(item));
  const name = (item: string) => item.split(/\s/)[0] ?? "";
  return {
    rendered: items
      .filter((item) => !copied.includes(item))
      .map(name)
      .sort(),
    copied: copied.map(name).sort(),
  };
}

async function builtFiles(root: string): Promise<Map<string, string>> {
  const dist = path.join(root, "dist");
  const files = await glob("**/*", { cwd: dist });
  return new Map(
    await Promise.all(
      files.map(async (file): Promise<[string, string]> => [
        file,
        await readFile(path.join(dist, file), "utf8"),
      ]),
    ),
  );
}

/** Pages without a key (they are not made by `getStaticPaths`), rendered by every build. */
const UNKEYED = ["/404.html", "/feed.xml", "/robots.txt"];
const POST = "src/content/posts/2012-08-14-blog-post-1.md";
const SETTINGS = "src/data/site.yaml";

describe("a build after a build", () => {
  let root = "";
  const builds: BuildResult[] = [];
  const files: Map<string, string>[] = [];

  before(async () => {
    root = await fixtureSite("incremental", { withoutPages: true, from: "academic" });
    // Built as it is, again, with a post's title edited, with the site's title edited.
    for (const [file, title] of [[], [], [POST, '"Edited post"'], [SETTINGS, "Edited Name"]]) {
      if (file !== undefined && title !== undefined) {
        const text = await readFile(path.join(root, file), "utf8");
        await writeFile(path.join(root, file), text.replace(/^title: .*$/m, `title: ${title}`));
      }
      builds.push(await buildSite(root, { level: "info" }));
      files.push(await builtFiles(root));
    }
  });
  after(() => removeDir(root));

  test("all builds succeed", () => {
    for (const build of builds) assert.equal(build.error, undefined, build.log);
  });

  test("the first build renders every page", () => {
    const { rendered, copied } = pagesIn(builds[0]?.log ?? "");
    assert.deepEqual(copied, []);
    assert.ok(rendered.length > 15, rendered.join("\n"));
  });

  test("with nothing changed, every content and list page is copied, none rendered", () => {
    const { rendered, copied } = pagesIn(builds[1]?.log ?? "");
    assert.deepEqual(rendered, UNKEYED);
    assert.equal(copied.length + rendered.length, pagesIn(builds[0]?.log ?? "").rendered.length);
  });

  test("the copied site is the same, file for file, as the one rendered", () => {
    assert.deepEqual(files[1], files[0]);
  });

  test("an edited post renders its page and preview image, the lists it is on and the tag pages again", () => {
    assert.deepEqual(
      pagesIn(builds[2]?.log ?? "").rendered,
      [
        ...UNKEYED,
        "/og/posts/2012/08/blog-post-1.png",
        "/posts/2012/08/blog-post-1/index.html",
        "/sitemap/index.html",
        "/tags/category1/index.html",
        "/tags/cool-posts/index.html",
        "/tags/index.html",
        "/year-archive/index.html",
      ].sort(),
    );
  });

  test("the edit is on every page that shows the post, and the other pages are unchanged", () => {
    const none = new Map<string, string>();
    const [before, edited] = [files[1] ?? none, files[2] ?? none];
    const all = [...edited.keys()].filter((file) => edited.get(file) !== before.get(file));
    // The search index is made again from the pages, so the edit is in it too.
    assert.ok(all.some((file) => file.startsWith("pagefind/")));
    const changed = all.filter((file) => !file.startsWith("pagefind/"));
    assert.deepEqual(changed.sort(), [
      "feed.xml",
      "og/posts/2012/08/blog-post-1.png",
      "posts/2012/08/blog-post-1/index.html",
      "sitemap/index.html",
      "tags/category1/index.html",
      "tags/cool-posts/index.html",
      // The tag index lists each tag's posts too.
      "tags/index.html",
      "year-archive/index.html",
    ]);
    for (const file of changed.filter((f) => f.endsWith(".html"))) {
      assert.match(edited.get(file) ?? "", /Edited post/, file);
    }
  });

  test("a change to the site settings, which every page shows, renders every page again", () => {
    const { rendered, copied } = pagesIn(builds[3]?.log ?? "");
    assert.deepEqual(copied, []);
    assert.deepEqual(rendered, pagesIn(builds[0]?.log ?? "").rendered);
    assert.match(files[3]?.get("posts/2012/08/blog-post-1/index.html") ?? "", /Edited Name/);
  });
});

/**
 * The academic fixture site, with a post whose Markdown shows an image beside it (Astro renders
 * such an entry itself, to fill in the image's address); served at `/with-a-figure/`.
 */
async function siteWithFigure(name: string): Promise<string> {
  const root = await fixtureSite(name, { withoutPages: true, from: "academic" });
  await writeFile(
    path.join(root, "src/content/posts/2015-01-01-with-a-figure.md"),
    "---\ntitle: With a figure\n---\nA [figure](/files/cv.pdf):\n\n![A grey box](./figure.png)\n",
  );
  await copyFile(
    path.join(root, "public/images/500x300.png"),
    path.join(root, "src/content/posts/figure.png"),
  );
  return root;
}

describe("the rendered Markdown kept beside the content store", () => {
  let root = "";
  const pages: Map<string, string>[] = [];

  before(async () => {
    root = await siteWithFigure("entry-html");
    assert.equal((await buildSite(root)).error, undefined);
    pages.push(await builtFiles(root));
    // Deleted with the cache folder, say, while Astro's store is kept.
    await rm(path.join(root, ".astro-cache/academic-site/entry-html/posts.json"));
    const again = await buildSite(root);
    assert.equal(again.error, undefined, again.log);
    pages.push(await builtFiles(root));
  });
  after(() => removeDir(root));

  test("is on the entries' pages", () => {
    assert.match(
      pages[0]?.get("posts/2012/08/blog-post-1/index.html") ?? "",
      /This is a sample blog post/,
    );
  });

  test("of an entry with an image is rendered by Astro, with the image optimised", () => {
    const html = pages[0]?.get("with-a-figure/index.html") ?? "";
    assert.match(html, /<img alt="A grey box"[^>]* src="\/_astro\/figure\.[\w-]+\.webp"/);
  });

  test("is put back when its file is gone: the pages are the same as before", () => {
    assert.deepEqual(pages[1], pages[0]);
  });
});

describe("a change to the Markdown code", () => {
  let root = "";
  let second: BuildResult;
  const pages: Map<string, string>[] = [];
  const PLUGINS = "src/markdown/plugins.ts";

  before(async () => {
    root = await siteWithFigure("markdown-code");
    const first = await buildSiteAnew(root);
    assert.equal(first.error, undefined, first.log);
    pages.push(await builtFiles(root));
    // The plugin that resolves links, edited inside a function (Astro's own check of its settings
    // sees no change there): every link gets a fragment.
    const code = await readFile(path.join(root, PLUGINS), "utf8");
    const edited = code.replace(
      "  link(node, ctx) {\n    const url = resolveOnPage(node.url, permalinkOf(ctx.data));",
      "  link(node, ctx) {\n    const url = `${resolveOnPage(node.url, permalinkOf(ctx.data))}#edited`;",
    );
    assert.notEqual(edited, code);
    await writeFile(path.join(root, PLUGINS), edited);
    second = await buildSiteAnew(root);
    assert.equal(second.error, undefined, second.log);
    pages.push(await builtFiles(root));
  });
  after(() => removeDir(root));

  test("renders the Markdown again, with or without images, in the next build", () => {
    const post = "posts/2012/08/blog-post-1/index.html";
    assert.match(pages[0]?.get(post) ?? "", /href="\/files\/cv\.pdf">The CV/);
    assert.match(pages[1]?.get(post) ?? "", /href="\/files\/cv\.pdf#edited">The CV/);
    assert.match(pages[1]?.get("with-a-figure/index.html") ?? "", /href="\/files\/cv\.pdf#edited"/);
  });

  test("and the pages that show it, which are not copied from the last build", () => {
    const { rendered } = pagesIn(second.log);
    assert.ok(rendered.includes("/posts/2012/08/blog-post-1/index.html"), second.log);
    assert.ok(rendered.includes("/with-a-figure/index.html"), second.log);
  });
});

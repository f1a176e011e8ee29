import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { assertSiteAccessible } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const SETTINGS = path.join(PROJECT, "tests/fixtures/academic/src/data/site.yaml");
const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

/** The headings of a page's sections and the addresses each links to, in order. */
function sections(html: string): [string, string[]][] {
  return [
    ...html.matchAll(
      /<section aria-labelledby="[^"]*"><h2 id="([^"]+)">([^<]+)<\/h2>([\s\S]*?)<\/section>/g,
    ),
  ].map((m) => [
    m[2] ?? "",
    [...(m[3] ?? "").matchAll(/<h3 class="title"[^>]*><a href="([^"]+)"/g)].map((l) => l[1] ?? ""),
  ]);
}

describe("sections below a page's text", () => {
  let root: string;
  let result: BuildResult;
  before(async () => {
    root = await fixtureSite("sections", {
      withoutPages: true,
      from: "academic",
      files: {
        "src/data/site.yaml": `${await readFile(SETTINGS, "utf8")}\nhome:\n  sections: [recent_posts, recent_talks, upcoming_talks]\n  recent: 1\n`,
        "src/content/pages/research.md":
          "---\ntitle: Research\npermalink: /research/\nsections: [recent_talks, recent_posts]\n---\nWhat I study.\n",
        "src/content/talks/2099-keynote.md":
          "---\ntitle: Keynote of the future\ndate: 2099-05-01\nvenue: A conference\n---\n",
      },
    });
    roots.push(root);
    result = await buildSite(root);
  });

  test("the home page shows the settings' sections in their order, the latest one of each, upcoming talks by date", async () => {
    assert.equal(result.error, undefined, result.log);
    assert.deepEqual(sections(await distFile(root, "index.html")), [
      ["Recent posts", ["/blog-post-2/"]],
      ["Recent talks", ["/talks/tutorial-1"]],
      ["Upcoming talks", ["/talks/2099-keynote/"]],
    ]);
  });

  test("any page shows the sections its front matter names", async () => {
    assert.deepEqual(sections(await distFile(root, "research/index.html")), [
      ["Recent talks", ["/talks/tutorial-1"]],
      ["Recent posts", ["/blog-post-2/"]],
    ]);
  });

  test("axe finds nothing on pages with sections, in light and dark", async () => {
    await assertSiteAccessible(root, ["/", "/research/"]);
  });

  test("a section that does not exist is an error that names those that do", async () => {
    const bad = await fixtureSite("sections-bad", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md":
          "---\ntitle: About\npermalink: /\nsections: [awards, recent_posts]\n---\n",
      },
    });
    roots.push(bad);
    const built = await buildSite(bad);
    assert.match(
      built.log,
      /\n {2}✗ src\/content\/pages\/about\.md, field "sections \(item 1\)": expected one of "selected_publications", "recent_posts", "upcoming_talks", "recent_talks", "news", but found the text "awards"\.\n/,
    );
  });
});

/**
 * The import's content check, end to end: tests/fixtures/pages-say is a small Jekyll site whose
 * pages each hold a way kramdown, MathJax or Liquid read a file differently from CommonMark, and
 * tests/fixtures/pages-say.jekyll is what Jekyll built from it. The site is imported, built, and
 * compared with that build page by page.
 */
import assert from "node:assert/strict";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { freePort } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite } from "./helpers/fixture-site.ts";
import { serveStatic } from "./helpers/static-server.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir, tempDir } from "./helpers/temp-dir.ts";

const SITE = path.join(PROJECT, "tests/fixtures/pages-say");
const JEKYLL_BUILD = path.join(PROJECT, "tests/fixtures/pages-say.jekyll");
const IMPORT = path.join(PROJECT, "scripts/import/main.ts");

const importer = async (...args: string[]) => {
  const { code, stdout } = await runNode([IMPORT, SITE, ...args]);
  return { code, output: stdout };
};

let root = "";
before(async () => {
  root = await fixtureSite("import-content");
  const imported = await importer("--into", root, "--force");
  assert.equal(imported.code, 0, imported.output);
  const { error, log } = await buildSite(root);
  assert.equal(error, undefined, log);
});
after(() => removeDir(root));

describe("npm run import -- <site> --check --against <Jekyll's build>", () => {
  test("every page says what it said on the Jekyll site", async () => {
    const { code, output } = await importer("--into", root, "--check", "--against", JEKYLL_BUILD);
    assert.equal(code, 0, output);
    const report = output.slice(output.indexOf("What the pages say"));
    assert.equal(
      report,
      [
        `What the pages say, against ${JEKYLL_BUILD}:`,
        "13 pages compared: 13 say what they said, 0 fall short.",
        "  words shown: 100% of the old pages' words (each page needs 95%)",
        "  links to other sites kept: 6 of 6 (100%; the site needs 99.5%)",
        "  images: 1 of 1",
        "  display equations displayed: 7 of 7; inline: 4 of 4",
        "  TeX errors: 0",
        "  pages showing HTML as text: 0; Liquid: 0; Markdown: 0",
        "",
      ].join("\n"),
    );
  });

  test("a page that says less than it did is named, with what it lost", async () => {
    const old = await tempDir("pages-say-more");
    try {
      await cp(JEKYLL_BUILD, old, { recursive: true });
      const page = path.join(old, "math/index.html");
      const text = await readFile(page, "utf8");
      await writeFile(
        page,
        text.replace(
          "</section>",
          '<p>A sentence the new page never had, with <a href="https://example.org/lost">a link</a>.</p>\n\\[ x^2 \\]\n</section>',
        ),
      );
      const { code, output } = await importer("--into", root, "--check", "--against", old);
      assert.equal(code, 1);
      assert.match(
        output,
        /\n {2}\/math\/: 77\.2% of its words \(missing: "a sentence the new page never had with …"\); 7 of 8 display equations displayed; 0 of 1 links \(missing: "example\.org\/lost"\)\.\n/,
      );
      assert.match(output, /\n13 pages compared: 12 say what they said, 1 fall short\.\n/);
      assert.match(
        output,
        /\n {2}links to other sites kept: 6 of 7 \(85\.7%; the site needs 99\.5%\)\n/,
      );
    } finally {
      await removeDir(old);
    }
  });

  test("against a live site: its pages are fetched once, then read from the cache, offline", async () => {
    const port = await freePort();
    const server = await serveStatic(JEKYLL_BUILD, port);
    const address = `http://127.0.0.1:${port}`;
    const cache = path.join(PROJECT, "node_modules/.cache/import-check", `127.0.0.1_${port}`);
    try {
      const online = await importer("--into", root, "--check", "--against", address);
      assert.equal(online.code, 0, online.output);
      assert.match(online.output, /\n13 pages compared: 13 say what they said, 0 fall short\.\n/);
    } finally {
      await server.close();
    }
    try {
      const offline = await importer("--into", root, "--check", "--against", address);
      assert.equal(offline.code, 0, offline.output);
      assert.match(offline.output, /\n13 pages compared: 13 say what they said, 0 fall short\.\n/);
    } finally {
      await removeDir(cache);
    }
  });

  test("a folder that is not the old site's build is named, and the check fails", async () => {
    const missing = path.join(root, "no-such-site");
    const { code, output } = await importer("--into", root, "--check", "--against", missing);
    assert.equal(code, 1);
    assert.match(
      output,
      /\n.*no-such-site is not a folder: give the folder Jekyll built the site into \(_site\)\.\n$/,
    );
  });

  test('HTML blocks run to their closing tag; markdown="1" makes Markdown inside', async () => {
    const html = await distFile(root, "html-blocks/index.html");
    assert.match(html, /<a href="https:\/\/example\.org\/first">a first link<\/a>/);
    assert.match(html, /<p>This paragraph is <strong>Markdown<\/strong> inside HTML/);
    assert.doesNotMatch(html, /&lt;a href|&lt;p&gt;/);
  });

  test("Liquid: the include's dotted assign is left out, include_relative runs, settings hold", async () => {
    assert.match(
      await distFile(root, "liquid/index.html"),
      /Text from the shared include, for Sam Case\./,
    );
    assert.match(await distFile(root, "index.html"), /I study <strong>examples<\/strong>/);
    assert.doesNotMatch(await distFile(root, "talks/index.html"), /maps\.example\.org/);
  });

  test("code that looks like Liquid, attribute lists, math and HTML is shown as written", async () => {
    const html = await distFile(root, "code/index.html");
    const text = html.replace(/<[^>]*>/g, "");
    assert.match(text, /line = \('\{:&gt;' \+ str\(width\) \+ '\}'\)/);
    assert.match(text, /\{\{ page\.title \}\} \{% include toc %\}/);
    assert.match(text, /indented code with \$\$a\$\$ and \{: \.x\}/);
    assert.doesNotMatch(html, /<math/);
    const languages = await distFile(root, "code-languages/index.html");
    assert.match(
      languages,
      /<code class="language-plaintext">@article\{key, title = \{A Title\}\}/,
    );
    assert.doesNotMatch(languages, /<code class="language-html"><p>Hello<\/p>/);
  });

  test("a page without a title, a page in French, a table of contents, a layout: null page", async () => {
    const untitled = await distFile(root, "untitled/index.html");
    assert.match(untitled, /<title>Pages Say<\/title>/);
    assert.match(untitled, /<h1 class="visually-hidden"[^>]*>Untitled<\/h1>/);
    assert.match(await distFile(root, "fr/index.html"), /^<!DOCTYPE html><html lang="fr"/);
    assert.match(
      await distFile(root, "toc/index.html"),
      /<nav class="toc"[^>]*>.*In this page.*<a href="#first-section"[^>]*>First section<\/a>/s,
    );
    assert.equal(
      await distFile(root, "plain.html"),
      await readFile(path.join(JEKYLL_BUILD, "plain.html"), "utf8"),
    );
  });

  test("a talk without an excerpt is listed with its first paragraph, as Jekyll listed it", async () => {
    assert.match(
      await distFile(root, "talks/index.html"),
      /The first paragraph of the second talk, which Jekyll takes as its excerpt\./,
    );
  });
});

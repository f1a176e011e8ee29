import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, test } from "node:test";
import { buildSite, distFile, fixtureSite } from "./helpers/fixture-site.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir, tempDir, writeFiles } from "./helpers/temp-dir.ts";

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

/** An academicpages site whose publication was written by markdown_generator/pubsFromBib.py. */
const JEKYLL_SITE = {
  "_config.yml": [
    "title: Jane Doe",
    "include: [_pages]",
    "url: https://jane.github.io",
    "author:",
    "  name: Jane Doe",
    "collections:",
    "  publications:",
    "    output: true",
    "    permalink: /:collection/:path/",
    "",
  ].join("\n"),
  "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nHello.\n",
  "markdown_generator/publications.bib": [
    "@article{doe2020deep,",
    "  title = {Deep {L}earning for {MRI}},",
    '  author = {Doe, Jane and M{\\"u}ller, J{\\"o}rg},',
    "  journal = {Medical Image Analysis}, year = 2020, month = {3},",
    "  doi = {10.1000/abc}, abstract = {We learn deeply.}",
    "}",
  ].join("\n"),
  "_publications/2020-03-01-Deep-Learning-for-MRI.md": [
    "---",
    'title: "Deep Learning for MRI"',
    "collection: publications",
    "permalink: /publication/2020-03-01-Deep-Learning-for-MRI",
    "date: 2020-03-01",
    "venue: 'Medical Image Analysis'",
    "citation: ' Jane Doe, Jörg Müller, &quot;Deep Learning for MRI.&quot; Medical Image Analysis, 2020.'",
    "---",
    "Use Google Scholar for full citation",
    "",
  ].join("\n"),
};

describe("importing a site whose publications pubsFromBib made from a .bib", () => {
  test("the .bib becomes their source; each page keeps its address and gains the entry's authors, DOI, abstract and downloads", async () => {
    const jekyll = await tempDir("jekyll-bib");
    roots.push(jekyll);
    await writeFiles(jekyll, JEKYLL_SITE);
    const root = await fixtureSite("import-bib", { withoutPages: true });
    roots.push(root);
    const { stdout } = await runNode([
      path.join(PROJECT, "scripts/import/main.ts"),
      jekyll,
      "--into",
      root,
      "--force",
    ]);
    assert.match(
      stdout,
      / {2}markdown_generator\/publications\.bib: (copied to public\/markdown_generator\/publications\.bib, and )?imported as src\/content\/publications\/publications\.bib\n/,
    );
    assert.match(
      stdout,
      / {2}src\/content\/publications\/2020-03-01-Deep-Learning-for-MRI\.md: was made from the entry "doe2020deep" of markdown_generator\/publications\.bib \(pubsFromBib\): joined to it with "bibkey", so its page shows the entry's authors, DOI, abstract and citation downloads; title, date, venue removed, as the entry says the same\.\n/,
    );
    assert.match(
      await readFile(
        path.join(root, "src/content/publications/2020-03-01-Deep-Learning-for-MRI.md"),
        "utf8",
      ),
      /^---\nbibkey: "doe2020deep"\n/,
    );
    const result = await buildSite(root);
    assert.equal(result.error, undefined, result.log);
    assert.doesNotMatch(result.log, /is also in the BibTeX entry/);
    const page = "publication/2020-03-01-Deep-Learning-for-MRI";
    const html = await distFile(root, `${page}/index.html`).catch(() =>
      distFile(root, `${page}.html`),
    );
    assert.match(html, /<strong[^>]*>Jane Doe<\/strong><\/span><span[^>]*>, Jörg Müller<\/span>/);
    assert.match(html, /<meta name="citation_doi" content="10\.1000\/abc">/);
    assert.match(html, /<summary[^>]*>Abstract<\/summary><p[^>]*>We learn deeply\.<\/p>/);
    assert.match(await distFile(root, `${page}/doe2020deep.bib`), /^@article\{doe2020deep,/);
  });
});

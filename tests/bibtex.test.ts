import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { glob } from "tinyglobby";
import { preview } from "astro";
import { readBib } from "#bibtex/read.ts";
import type { Page } from "playwright-core";
import { assertAccessible, freePort, launchChromium } from "./helpers/browser.ts";
import {
  buildSite,
  distFile,
  fixtureSite,
  SEED,
  type BuildResult,
} from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

/** The seed's settings with the owner's other name and a co-author's page. */
const settings = async (more = "") =>
  `${await readFile(SEED.settings, "utf8")}
publications:
  my_names: ["C. F. Baumgartner", "Baumgartner, C. F."]
  coauthors:
    - name: Lisa M. Koch
      url: https://lisa.example.org
${more}`;

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

const BIB = path.join("src/content/publications/publications.bib");
const attribute = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, "g"))].map((m) => m[1]);
const decode = (text: string | undefined) =>
  (text ?? "").replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');

describe("a site whose publications are a .bib file of 41 papers", () => {
  let root: string;
  let result: BuildResult;
  before(async () => {
    root = await fixtureSite("bibtex", {
      from: "bibtex",
      files: {
        "src/data/site.yaml": `${await settings()}home:\n  sections: [selected_publications]\n`,
        "src/content/pages/selected.md":
          "---\ntitle: Selected publications\npermalink: /selected/\nlisting: selected-publications\n---\n",
        // A Markdown file that adds a text and a teaser to the paper of the same key.
        "src/content/publications/koch2024distribution.md":
          "---\ntitle: 'Distribution Shift Detection for the Postmarket Surveillance of Medical AI Algorithms: A Retrospective Simulation Study'\nexcerpt: How to notice that a medical AI model no longer fits its patients.\n---\nA longer story of the paper.\n",
      },
    });
    roots.push(root);
    result = await buildSite(root);
  });

  test("builds, with a page for every paper and its three citation files", async () => {
    assert.equal(result.error, undefined, result.log);
    const pages = await glob("publications/*/index.html", { cwd: path.join(root, "dist") });
    assert.equal(pages.length, 41);
    const downloads = await glob("publications/*/*.{bib,ris,json}", {
      cwd: path.join(root, "dist"),
    });
    assert.equal(downloads.length, 41 * 3);
  });

  test("the list groups papers by kind, in the order journal, conference, preprint, chapter, book, thesis, report, other", async () => {
    const html = await distFile(root, "publications/index.html");
    const headings = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[2]);
    assert.deepEqual(headings, [
      "Journal articles",
      "Conference papers",
      "Preprints",
      "Book chapters",
      "Books",
      "Theses",
      "Reports",
      "Other publications",
    ]);
  });

  test("with group_by: year, the list has a heading and an anchor per year, newest first", async () => {
    const byYear = await fixtureSite("bibtex-years", {
      from: "bibtex",
      files: {
        "src/data/site.yaml": await settings("  group_by: year\n").then((t) =>
          t
            .replace("\n  group_by: year\n", "\n")
            .replace(
              "url: https://lisa.example.org\n",
              "url: https://lisa.example.org\n  group_by: year\n",
            ),
        ),
      },
    });
    roots.push(byYear);
    const built = await buildSite(byYear);
    assert.equal(built.error, undefined, built.log);
    const html = await distFile(byYear, "publications/index.html");
    const groups = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(groups.slice(0, 3), [
      ["group-2025", "2025"],
      ["group-2024", "2024"],
      ["group-2023", "2023"],
    ]);
    assert.equal(groups.at(-1)?.[1], "2012");
  });

  test("the selected papers (selected = {true}, or the keyword) are listed below the home page's text and on a page of their own", async () => {
    const titles = (html: string) =>
      [...html.matchAll(/<h[23] class="title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    const home = await distFile(root, "index.html");
    assert.match(home, /<h2 id="[^"]*"[^>]*>Selected publications<\/h2>/);
    assert.deepEqual(titles(home), [
      "/publications/baumgartner2019phiseg/",
      "/publications/baumgartner2017sononet/",
    ]);
    assert.deepEqual(titles(await distFile(root, "selected/index.html")), titles(home));
  });

  test("with style: apa, each list row is the paper's APA reference, made when the site is built", async () => {
    const styled = await fixtureSite("bibtex-apa", {
      from: "bibtex",
      files: { "src/data/site.yaml": await settings("  style: apa\n") },
    });
    roots.push(styled);
    const built = await buildSite(styled);
    assert.equal(built.error, undefined, built.log);
    const list = await distFile(styled, "publications/index.html");
    assert.match(
      list,
      /<p class="citation"[^>]*>Baumgartner, C\. F\., Kamnitsas, K\., Matthew, J\., Fletcher, T\. P\., Smith, S\., Koch, L\. M\., Kainz, B\., &#38; Rueckert, D\. \(2017\)\. SonoNet: Real-Time Detection and Localisation of Fetal Standard Scan Planes in Freehand Ultrasound\. <i>IEEE Transactions on Medical Imaging<\/i>, <i>36<\/i>\(11\), 2204–2215\. https:\/\/doi\.org\/10\.1109\/TMI\.2017\.2712367<\/p>/,
    );
    assert.doesNotMatch(list, /<p class="authors"/);
    const page = await distFile(styled, "publications/sun2024sparse/index.html");
    assert.match(
      page,
      /Recommended citation: Sun, S\., Müller, J\., &#38; Baumgartner, C\. F\. \(2024\)\./,
    );
  });

  test("a paper's page: authors with the owner in bold and co-authors linked, abstract and BibTeX folded, downloads", async () => {
    const html = await distFile(root, "publications/baumgartner2017sononet/index.html");
    assert.match(
      html,
      /<p class="authors"[^>]*><span[^>]*><strong[^>]*>Christian F\. Baumgartner<\/strong><\/span><span[^>]*>, Konstantinos Kamnitsas<\/span>/,
    );
    assert.match(html, /<a href="https:\/\/lisa\.example\.org"[^>]*>Lisa M\. Koch<\/a>/);
    assert.match(
      html,
      /<details[^>]*><summary[^>]*>Abstract<\/summary><p[^>]*>Identifying and interpreting fetal standard scan planes/,
    );
    assert.match(
      html,
      /<details[^>]*><summary[^>]*>BibTeX<\/summary><pre[^>]*><code[^>]*>@article\{baumgartner2017sononet,/,
    );
    for (const ending of ["bib", "ris", "json"]) {
      assert.match(
        html,
        new RegExp(
          `<a href="/publications/baumgartner2017sononet/baumgartner2017sononet\\.${ending}" download`,
        ),
      );
    }
    assert.match(html, /<a href="\/files\/sononet\.pdf"[^>]*>Paper<\/a>/);
    assert.match(html, /<a href="https:\/\/doi\.org\/10\.1109\/TMI\.2017\.2712367"[^>]*>DOI<\/a>/);
    const other = await distFile(root, "publications/sun2024sparse/index.html");
    assert.match(
      other,
      /<strong[^>]*>C\. F\. Baumgartner<\/strong><\/span><span[^>]*>, et al\.<\/span>/,
    );
  });

  test("each paper's .bib download reads back as the title, authors, date, venue and DOI of its Scholar tags", async () => {
    const pages = await glob("publications/*/index.html", { cwd: path.join(root, "dist") });
    assert.equal(pages.length, 41);
    for (const page of pages) {
      const html = await distFile(root, page);
      const folder = path.posix.dirname(page);
      const [bib] = await glob(`${folder}/*.bib`, { cwd: path.join(root, "dist") });
      const [entry] = readBib(await distFile(root, bib ?? ""), "download.bib").entries;
      assert.ok(entry !== undefined, page);
      assert.equal(entry.record.title, decode(attribute(html, "citation_title")[0]), page);
      const names = (entry.record.author ?? [])
        .filter((name) => name.family !== "others")
        .map((name) =>
          [name.given, name.family]
            .filter(Boolean)
            .join(" ")
            .normalize("NFC")
            .replace(/ı(?=[\u0300-\u036f])/g, "i")
            .normalize("NFC"),
        );
      assert.deepEqual(names, attribute(html, "citation_author").map(decode), page);
      const date = entry.record.issued?.["date-parts"]?.[0] ?? [];
      assert.equal(
        date.map((n) => String(n).padStart(2, "0")).join("/"),
        attribute(html, "citation_publication_date")[0],
        page,
      );
      const venue =
        attribute(html, "citation_journal_title")[0] ??
        attribute(html, "citation_conference_title")[0];
      if (venue !== undefined) assert.equal(entry.record["container-title"], decode(venue), page);
      const school =
        attribute(html, "citation_dissertation_institution")[0] ??
        attribute(html, "citation_technical_report_institution")[0] ??
        attribute(html, "citation_publisher")[0];
      if (school !== undefined) assert.equal(entry.record.publisher, decode(school), page);
      assert.equal(entry.record.DOI, attribute(html, "citation_doi")[0], page);
    }
  });

  test("a Markdown file with a paper's key adds its text and excerpt to that paper's page", async () => {
    const html = await distFile(root, "publications/koch2024distribution/index.html");
    assert.match(html, /<p[^>]*>A longer story of the paper\.<\/p>/);
    assert.match(
      html,
      /<meta name="description" content="How to notice that a medical AI model no longer fits its patients\.">/,
    );
    assert.match(html, /<p class="authors"/);
    assert.equal(
      (
        await glob("publications/koch2024distribution*/index.html", {
          cwd: path.join(root, "dist"),
        })
      ).length,
      1,
    );
  });

  test("axe finds no violations on the list, the papers, the selected list and the home page, with every <details> open (light and dark)", async () => {
    const browser = await launchChromium();
    const port = await freePort();
    const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port } });
    try {
      const openDetails = async (page: Page) => {
        await page.evaluate(() => {
          for (const details of document.querySelectorAll("details")) details.open = true;
        });
      };
      await assertAccessible(
        browser,
        `http://127.0.0.1:${port}`,
        [
          "/",
          "/publications/",
          "/selected/",
          "/publications/baumgartner2017sononet/",
          "/publications/sun2024sparse/",
          "/publications/koch2024distribution/",
        ],
        openDetails,
      );
    } finally {
      await server.stop();
      await browser.close();
    }
  });

  test("no script is sent", async () => {
    const pages = await glob("publications/**/*.html", { cwd: path.join(root, "dist") });
    assert.equal(pages.length, 42);
    for (const page of pages)
      assert.doesNotMatch(
        await distFile(root, page),
        /<script(?![^>]*application\/ld\+json)/,
        page,
      );
  });
});

describe("a .bib file kept elsewhere, named in the settings", () => {
  test("its entries are the site's publications, and the file is a download too", async () => {
    const root = await fixtureSite("bibtex-elsewhere", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
        "src/data/site.yaml": await settings('  bib_files: ["public/files/papers.bib"]\n'),
        "public/files/papers.bib":
          "@article{far, title = {Far}, author = {Doe, Jane}, journal = {J}, year = 2020}\n",
      },
    });
    roots.push(root);
    const result = await buildSite(root);
    assert.equal(result.error, undefined, result.log);
    assert.match(await distFile(root, "publications/far/index.html"), /<h1[^>]*>Far<\/h1>/);
    assert.match(await distFile(root, "files/papers.bib"), /^@article\{far,/);
  });

  test("a name that is no file is an error in the settings", async () => {
    const root = await fixtureSite("bibtex-elsewhere-missing", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
        "src/data/site.yaml": await settings('  bib_files: ["files/papers.bib"]\n'),
      },
    });
    roots.push(root);
    const result = await buildSite(root);
    assert.match(
      result.log,
      /\n {2}✗ src\/data\/site\.yaml, field "publications\.bib_files \(item 1\)": names "files\/papers\.bib", but there is no such file\. Correct the path \(from the project folder\), or remove it\.\n/,
    );
  });
});

describe("a build after an edit to the .bib", () => {
  test("renders again the pages of the edited entries, alone or joined to a Markdown file, and copies the rest", async () => {
    const root = await fixtureSite("bibtex-edit", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
        "src/content/publications/joined.md": "---\nbibkey: b\nexcerpt: Joined.\n---\nText.\n",
        [BIB]:
          "@article{a, title = {A}, author = {Doe, Jane}, journal = {Old A}, year = 2020}\n@article{b, title = {B}, author = {Doe, Jane}, journal = {Old B}, year = 2021}\n@article{c, title = {C}, author = {Doe, Jane}, journal = {C}, year = 2022}\n",
      },
    });
    roots.push(root);
    const first = await buildSite(root, { level: "info" });
    assert.equal(first.error, undefined, first.log);
    const bib = path.join(root, BIB);
    await writeFile(
      bib,
      (await readFile(bib, "utf8")).replace("Old A", "New A").replace("Old B", "New B"),
    );
    const second = await buildSite(root, { level: "info" });
    assert.equal(second.error, undefined, second.log);
    assert.match(await distFile(root, "publications/a/index.html"), /<cite[^>]*>New A<\/cite>/);
    assert.match(
      await distFile(root, "publications/joined/index.html"),
      /<cite[^>]*>New B<\/cite>/,
    );
    assert.match(
      await distFile(root, "publications/index.html"),
      /New A[\s\S]*New B|New B[\s\S]*New A/,
    );
    assert.match(second.log, /\/publications\/c\/index\.html \(restored\)/);
    // The downloads too: the edited entry's is made again, the others' copied.
    assert.match(await distFile(root, "publications/a/a.bib"), /journal = \{New A\}/);
    assert.match(second.log, /\/publications\/c\/c\.bib \(restored\)/);
  });
});

describe("a .bib file with mistakes", () => {
  test("every mistake is named with its file, line and key before anything is built", async () => {
    const root = await fixtureSite("bibtex-bad", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
        "src/content/publications/papers.md": "---\ntitle: Papers\nbibkey: dup\ndate: 2020\n---\n",
        "src/content/publications/dup.md": "---\ntitle: Dup\ndate: 2020\n---\n",
        [BIB]: [
          "@article{fine, title = {Fine}, author = {Doe, Jane}, year = 2020, pdf = {/files/missing.pdf}}",
          "@article{broken, title = {x},, author = {A, B}}",
          "@inproceedings{dup, title = {Dup}, author = {Doe, Jane}, booktitle = {Conf}, year = 2021}",
          "@article{notitle, author = {Doe, Jane}, year = 2020, doi = {10.1000}}",
          "@webpage{site, title = {Site}, author = {Doe, Jane}, year = 2020}",
        ].join("\n"),
      },
    });
    roots.push(root);
    const result = await buildSite(root);
    assert.equal(result.error?.message, "The site was not built: 6 problems are listed above.");
    assert.deepEqual(
      result.log.slice(0, result.log.indexOf("\n[ERROR] [academic-site] An unhandled")).split("\n"),
      [
        "[ERROR] [academic-site] Found 6 problems in 2 files. Fix them and build again:",
        `  ✗ ${BIB}:2: the entry "broken" could not be read: BibTeX expected "}" where it found "," (column 30). Check the braces, quotation marks and commas of this entry.`,
        `  ✗ ${BIB}:5, entry "site": expected a BibTeX entry type such as @article, @inproceedings, @incollection, @book, @phdthesis, @misc, but found @webpage.`,
        `  ✗ ${BIB}:4, entry "notitle", field "title": expected the title of the paper (Google Scholar needs it), but found none.`,
        `  ✗ ${BIB}:4, entry "notitle", field "doi": expected a DOI such as "10.1000/xyz123", but found "10.1000".`,
        `  ✗ src/content/publications/papers.md: adds to the BibTeX entry "dup" (${BIB}:3), as src/content/publications/dup.md does already. Give one of them another "bibkey".`,
        `  ✗ ${BIB}:1, entry "fine": links to "/files/missing.pdf", but public/ has no file files/missing.pdf. Add the file to public/files/, or fix the link.`,
        "",
        "1 warning:",
        `  ! src/content/publications/dup.md, field "date": is also in the BibTeX entry "dup" (${BIB}:3), which says something else; this file's value is used. Remove it from one of them.`,
      ],
    );
  });

  test("a key that makes no address and a crossref cycle stop the build with their sentences", async () => {
    const root = await fixtureSite("bibtex-edges", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
        [BIB]: [
          "@article{.., title = {Up}, author = {Doe, Jane}, year = 2020}",
          "@inproceedings{a, title = {A}, author = {Doe, Jane}, year = 2020, crossref = {b}}",
          "@proceedings{b, title = {B}, year = 2020, crossref = {a}}",
        ].join("\n"),
      },
    });
    roots.push(root);
    const result = await buildSite(root);
    assert.equal(result.error?.message, "The site was not built: 3 problems are listed above.");
    assert.deepEqual(
      result.log.slice(0, result.log.indexOf("\n[ERROR] [academic-site] An unhandled")).split("\n"),
      [
        "[ERROR] [academic-site] Found 3 problems in 1 file. Fix them and build again:",
        `  ✗ ${BIB}:2, entry "a", field "crossref": crossref leads back to this entry ("a" → "b" → "a"): an entry cannot be part of itself. Remove the crossref of one of them.`,
        `  ✗ ${BIB}:3, entry "b", field "crossref": crossref leads back to this entry ("b" → "a" → "b"): an entry cannot be part of itself. Remove the crossref of one of them.`,
        `  ✗ ${BIB}:1, entry "..": the key ".." has no letter or digit, and a publication's address is made of its key (/publications/<key>/). Give the entry a key such as "smith2020deep".`,
      ],
    );
  });
});

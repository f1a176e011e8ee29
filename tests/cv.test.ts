/** The CV from src/data/cv.yaml: its page, its print to PDF, and what an editor is told of mistakes. */
import assert from "node:assert/strict";
import { cp } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { assertAccessible, chromiumOnSite } from "./helpers/browser.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { pdfPages } from "./helpers/pdf.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

/** The text of HTML, tags removed and spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

describe("the CV", () => {
  let root: string;
  let result: BuildResult;
  let html: string;
  before(async () => {
    root = await fixtureSite("cv", { from: "academic" });
    await cp(path.join(PROJECT, "tests/fixtures/cv"), root, { recursive: true });
    roots.push(root);
    result = await buildSite(root);
    html = result.error === undefined ? await distFile(root, "cv/index.html") : "";
  });

  test("the name, the line under it and the contact details head the page", () => {
    assert.equal(result.error, undefined, result.log);
    assert.match(html, /<title>CV - Your Name<\/title>/);
    assert.match(html, /<h1[^>]*>Ada Example<\/h1>/);
    assert.match(
      textOf(html),
      /Assistant Professor of Health Data Science ada@example\.org ada\.example\.org Lucerne, CH ORCID/,
    );
    assert.match(html, /<a href="mailto:ada@example\.org"[^>]*>/);
    assert.match(html, /clinicians can <em>trust<\/em>/);
  });

  test("sections in a CV's order, with cv.yaml's items and the collections' entries", () => {
    const headings = [...html.matchAll(/<h2 id="(cv-[^"]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[2]);
    assert.deepEqual(headings, [
      "Education",
      "Positions",
      "Grants",
      "Awards and honours",
      "Publications",
      "Talks",
      "Teaching",
      "Service",
      "Skills",
      "Languages",
      "References",
    ]);
    const text = textOf(html);
    assert.match(
      text,
      /Ph\.D\. in Medical Image Computing 2016 King's College London Thesis: Learning from few labels/,
    );
    assert.match(text, /M\.Sc\. in Biomedical Engineering September 2009 – August 2011 ETH Zürich/);
    assert.match(
      text,
      /Assistant Professor February 2024 – present Faculty of Health Sciences and Medicine, University of Lucerne Lucerne, Switzerland Leads the Medical AI group/,
    );
    assert.match(text, /Independent research group leader 2021–2024 University of Tübingen/);
    assert.match(text, /Machine Learning for Health 2024–present Lecturer, University of Lucerne/);
    assert.match(text, /Programming Python, PyTorch, TypeScript/);
    // The publications, talks and courses of the collections, each linking to its page.
    assert.match(
      html,
      /<a href="\/publications\/2010-10-01-paper-title-number-2\/"[^>]*>Paper Title Number 2<\/a>/,
    );
    assert.match(html, /<a href="\/talks\/tutorial-1"[^>]*>Tutorial 1 on Relevant Topic/);
    assert.match(
      html,
      /<a href="\/teaching\/2014-spring-teaching-1\/"[^>]*>Teaching experience 1<\/a>/,
    );
    assert.doesNotMatch(html, /<script/, "the CV sends no JavaScript");
  });

  test("the CV is in the sitemap; its page has no profile beside it", async () => {
    assert.match(
      await distFile(root, "sitemap-0.xml"),
      /<loc>https:\/\/academicpages\.github\.io\/cv\/<\/loc>/,
    );
    assert.doesNotMatch(html, /<aside class="profile"/);
  });

  describe("in Chromium", () => {
    const site = chromiumOnSite(() => root);

    test("axe finds nothing on the CV, in light and dark", async () => {
      await assertAccessible(site.browser, site.origin, ["/cv/"]);
    });

    for (const format of ["A4", "Letter"] as const) {
      test(`printed to PDF on ${format}: three pages, items whole, no menu, web links written out`, async () => {
        const page = await site.browser.newPage();
        try {
          await page.goto(`${site.origin}/cv/`);
          const pages = await pdfPages(await page.pdf({ format }));
          // Three pages on either paper, in the packaged Chromium and in Debian's alike.
          assert.equal(pages.length, 3, pages.join("\n---\n"));
          assert.match(pages[0] ?? "", /^Ada Example Assistant Professor of Health Data Science/);
          // Pages break between sections: each page after the first starts with a section's heading.
          for (const text of pages.slice(1))
            assert.match(
              text,
              /^(Education|Positions|Grants|Awards and honours|Publications|Talks|Teaching|Service|Skills|Languages|References) /,
            );
          // No item is cut by a page break: its title and its dates are on one page.
          for (const item of [
            "Ph.D. in Medical Image Computing 2016",
            "Assistant Professor February 2024 – present",
            "Trustworthy AI for radiology 2024–2028",
            "Machine Learning for Health 2024–present",
            "Programme committee member 2022–present",
            "Prof. Jane Doe Available on request.",
          ])
            assert.equal(pages.filter((text) => text.includes(item)).length, 1, item);
          const text = pages.join(" ");
          assert.match(text, /Leads the Medical AI group \(https:\/\/example\.org\/mia\)/);
          assert.doesNotMatch(text, /Skip to content|Blog Posts|Sitemap|\(\/publications\//);
        } finally {
          await page.close();
        }
      });
    }
  });
});

describe("a CV that cannot be built", () => {
  test("each mistake in cv.yaml is named with its field, what was expected and what was found", async () => {
    const root = await fixtureSite("cv-bad", {
      files: {
        "src/data/cv.yaml": [
          "basics:",
          "  name: Ada Example",
          "  emial: ada@example.org",
          "work:",
          "  - position: Professor",
          "    startDate: 2019-13",
          "    endDate: soon",
          "education: King's College London",
          "skillz: []",
          "hobbies: [chess]",
          "",
        ].join("\n"),
      },
    });
    roots.push(root);
    const built = await buildSite(root);
    assert.ok(built.error, "the build stops");
    const lines = built.log
      .split("\n")
      .filter((line) => /^ {2}[✗!] src\/data\/cv\.yaml/.test(line));
    assert.deepEqual(lines, [
      '  ✗ src/data/cv.yaml, field "basics.emial": not a known field. Did you mean "email"?',
      '  ✗ src/data/cv.yaml, field "work (item 1).startDate": expected a date such as 2019, 2019-05 or 2019-05-31, or "present", but found the text "2019-13".',
      '  ✗ src/data/cv.yaml, field "work (item 1).endDate": expected a date such as 2019, 2019-05 or 2019-05-31, or "present", but found the text "soon".',
      '  ✗ src/data/cv.yaml, field "education": expected a list of degrees, but found the text "King\'s College London".',
      '  ✗ src/data/cv.yaml, field "skillz": not a known field. Did you mean "skills"?',
      '  ! src/data/cv.yaml, field "hobbies": not a field this site uses. It is kept, but has no effect.',
    ]);
  });

  test("a page at the CV's address is a clash that names both files", async () => {
    const root = await fixtureSite("cv-clash", {
      files: {
        "src/data/cv.yaml": "basics:\n  name: Ada Example\n",
        "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\nMy CV.\n",
      },
    });
    roots.push(root);
    const built = await buildSite(root);
    assert.ok(built.error, "the build stops");
    assert.ok(
      built.log.includes(
        '\n  ✗ src/content/pages/cv.md, field "permalink": "/cv/" is already the permalink of src/data/cv.yaml. Each page needs a permalink of its own.\n',
      ),
      built.log,
    );
  });
});

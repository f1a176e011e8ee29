import assert from "node:assert/strict";
import { access, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { glob } from "tinyglobby";
import { gtagSnippet } from "#view/analytics.ts";
import { overBudget, type Budgets } from "../scripts/size/budgets.ts";
import { cspHash } from "#core/csp-hash.ts";
import { pageAddress } from "#integration/link-check.ts";
import { pageWeight, resourcesOf } from "../scripts/size/page-weight.ts";
import {
  buildSite,
  distFile,
  fixtureSite,
  SEED,
  type BuildResult,
} from "./helpers/fixture-site.ts";
import { PROJECT, removeDir, writeFiles } from "./helpers/temp-dir.ts";

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

async function built(name: string, options: Parameters<typeof fixtureSite>[1] = {}) {
  const root = await fixtureSite(name, options);
  roots.push(root);
  return { root, result: await buildSite(root) };
}

describe("the live site", () => {
  test("builds, whatever its links, and its About page is still the owner's, byte for byte", async () => {
    const { root, result } = await built("live", { live: true });
    assert.equal(result.error, undefined, result.log);
    assert.deepEqual(
      await readFile(path.join(PROJECT, "src/content/pages/about.md")),
      await readFile(SEED.about),
    );
    assert.ok(await exists(path.join(root, "dist/index.html")));
  });
});

describe("the seed site (the owner's About page and settings, frozen in tests/fixtures/seed/)", () => {
  let root = "";
  let result: BuildResult;
  before(async () => ({ root, result } = await built("site")));

  test("builds", () => {
    assert.equal(result.error, undefined);
  });

  test("/ is the About page with its title, description and canonical link", async () => {
    const html = await distFile(root, "index.html");
    assert.match(html, /<html lang="en-US"/);
    assert.match(html, /<title>About me - Christian F\. Baumgartner<\/title>/);
    assert.match(html, /<meta name="description" content="About me">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/baumgach\.github\.io\/">/);
    assert.match(html, /<h1[^>]*>About me<\/h1>/);
  });

  test("the Markdown renders as on the live site", async () => {
    const html = await distFile(root, "index.html");
    assert.match(html, /<a href="https:\/\/www\.unilu\.ch">University of Lucerne<\/a>/);
    assert.match(
      html,
      /<p><strong>Please also check out our <a href="https:\/\/baumgach\.github\.io\/mia-website\/">group website<\/a> for more information!<\/strong><\/p>/,
    );
    assert.match(html, /<h1 id="short-bio">Short Bio<\/h1>/);
    assert.match(html, /<a href="\/files\/phd_thesis\.pdf">link to PhD thesis<\/a>/);
  });

  test("the hidden drafts in HTML comments are not in the page at all", async () => {
    const html = await distFile(root, "index.html");
    assert.doesNotMatch(html, /<!--/);
    for (const draft of [
      "Research Areas",
      "Safety and uncertainty",
      "German National Cohort",
      "best poster jury award",
      "Research Interests",
    ]) {
      assert.equal(html.includes(draft), false, draft);
    }
  });

  test("the author profile with real links", async () => {
    const html = await distFile(root, "index.html");
    for (const href of [
      "mailto:christian.baumgartner@unilu.ch",
      "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&amp;hl=en",
      "https://orcid.org/0000-0002-3629-4384",
      "https://github.com/baumgach",
      "https://x.com/c_f_baumgartner",
    ]) {
      assert.ok(html.includes(`href="${href}"`), href);
    }
    assert.match(html, /Assistant Professor @ University of Lucerne, Switzerland/);
    assert.match(html, />Lucerne</);
  });

  test("the menu from the settings", async () => {
    assert.match(
      await distFile(root, "index.html"),
      /<nav aria-label="Main"[^>]*><ul[^>]*><li[^>]*><a href="\/" aria-current="page"[^>]*>About Me<\/a>/,
    );
  });

  for (const [from, file] of [
    ["/about/", "about/index.html"],
    ["/about.html", "about.html"],
  ] as const) {
    test(`${from} is a redirect stub in ${file}`, async () => {
      const html = await distFile(root, file);
      assert.match(html, /^<!doctype html>\n<html lang="en-US">/);
      assert.match(html, /<meta charset="utf-8">/);
      assert.match(html, /<title>Moved: About me<\/title>/);
      assert.match(html, /<meta http-equiv="refresh" content="0; url=\/">/);
      assert.match(html, /<link rel="canonical" href="https:\/\/baumgach\.github\.io\/">/);
      assert.match(html, /<meta name="robots" content="noindex">/);
      assert.match(html, /<a href="\/">About me<\/a>/);
    });
  }

  test("the sitemap lists the page and no stub or 404 page", async () => {
    assert.match(
      await distFile(root, "sitemap-index.xml"),
      /<loc>https:\/\/baumgach\.github\.io\/sitemap-0\.xml<\/loc>/,
    );
    const urls = [...(await distFile(root, "sitemap-0.xml")).matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(urls, ["https://baumgach.github.io/"]);
  });

  test("the broken link to the thesis is a warning that names the page and the link", () => {
    assert.match(
      result.log,
      /\[WARN\] \[academic-site:finish\] 1 warning:\n {2}! src\/content\/pages\/about\.md: links to "\/files\/phd_thesis\.pdf", but the site has no page or file there\. Add it \(files go in public\/\), or fix the link\./,
    );
  });

  test("scripts only where the page's CSP allows them by hash, and nothing from other origins", async () => {
    const files = await glob("**/*.html", { cwd: path.join(root, "dist") });
    assert.ok(files.length >= 4);
    for (const file of files.filter((f) => !["about.html", "about/index.html"].includes(f))) {
      const html = await distFile(root, file);
      const csp =
        /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
      assert.match(csp, /default-src 'self'/, file);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      assert.doesNotMatch(scriptSrc, /unsafe-inline|https?:/, file);
      for (const [, body] of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
        assert.ok(scriptSrc.includes(cspHash(body ?? "")), `${file}: a script without its hash`);
      }
      assert.doesNotMatch(html, /<script[^>]* src=/, file);
      for (const { stylesheets, scripts, images, icons } of [resourcesOf(html)]) {
        for (const link of [...stylesheets, ...scripts.map((s) => s.src), ...images, ...icons]) {
          assert.ok(!/^(https?:)?\/\//.test(link), `${file} loads ${link}`);
        }
      }
    }
  });

  test("the head: link previews, structured data, robots.txt", async () => {
    const html = await distFile(root, "index.html");
    assert.match(html, /<meta property="og:title" content="About me">/);
    assert.match(html, /<meta property="og:url" content="https:\/\/baumgach\.github\.io\/">/);
    assert.match(
      html,
      /<meta property="og:image" content="https:\/\/baumgach\.github\.io\/og\/index\.png">/,
    );
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    assert.match(html, /<meta name="twitter:site" content="@c_f_baumgartner">/);
    assert.match(html, /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml">/);
    const data = JSON.parse(
      /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "{}",
    ) as {
      "@graph": { "@type": string; sameAs?: string[] }[];
    };
    assert.deepEqual(
      data["@graph"].map((node) => node["@type"]),
      ["WebSite", "Person"],
    );
    assert.deepEqual(data["@graph"][1]?.sameAs, [
      "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
      "https://orcid.org/0000-0002-3629-4384",
      "https://github.com/baumgach",
      "https://x.com/c_f_baumgartner",
    ]);
    assert.match(html, /rel="me"/);
    assert.equal(
      await distFile(root, "robots.txt"),
      "User-agent: *\nAllow: /\n\nSitemap: https://baumgach.github.io/sitemap-index.xml\n",
    );
  });

  test("budgets: the About page's HTML and CSS, JavaScript, and requests before first paint", async () => {
    const budgets = JSON.parse(
      await readFile(path.join(PROJECT, "bench/budgets.json"), "utf8"),
    ) as Budgets;
    assert.ok(
      budgets.pages["/"]?.htmlAndCssGzip !== undefined &&
        budgets.pages["/"].htmlAndCssGzip <= 14 * 1024,
    );
    assert.equal(budgets.everyPage.jsRaw, 0);
    const dist = path.join(root, "dist");
    const files = await glob("**/*.html", { cwd: dist });
    const weights = await Promise.all(
      files.map((file) => pageWeight(dist, file, pageAddress(file))),
    );
    assert.deepEqual(overBudget(weights, budgets), []);
    // The only scripts are the search page's own and the search index it loads.
    const search = await readFile(path.join(dist, "search/index.html"), "utf8");
    for (const script of await glob("**/*.js", { cwd: dist, ignore: ["pagefind/**"] }))
      assert.ok(search.includes(`src="/${script}"`), script);
  });
});

describe("a fixture with MDX and academicpages quirks", () => {
  let root = "";
  let result: BuildResult;
  before(
    async () =>
      ({ root, result } = await built("quirks", {
        withoutPages: true,
        files: {
          "src/content/pages/home.md": "---\ntitle: Home\npermalink: /\nexcerpt:\n---\nHello.\n",
          "src/content/pages/demo.mdx": [
            "---",
            "title: MDX demo",
            "permalink: /demo/",
            "author_profile: false",
            "---",
            'import Callout from "../../components/Callout.astro";',
            "",
            "Before the callout.",
            "",
            '<Callout kind="note">Rendered by a component.</Callout>',
            "",
          ].join("\n"),
          "src/components/Callout.astro":
            '---\nconst { kind } = Astro.props;\n---\n<aside class="callout" data-kind={kind}><slot /></aside>\n',
          "src/content/pages/cv.md":
            "---\ntitle: CV\npermalink: cv\nredirect_from: /resume\n---\nThe CV.\n",
          "src/content/pages/talks.md": "---\ntitle: Talks\npermalink: /talks.html\n---\nTalks.\n",
          "src/content/pages/hidden.md":
            "---\ntitle: Hidden\npermalink: /hidden/\nsitemap: false\n---\nNot listed.\n",
          "src/content/pages/draft.md":
            "---\ntitle: Draft\npermalink: /draft/\npublished: false\n---\nNot built.\n",
          "src/content/pages/notes.markdown":
            "---\ntitle: Notes\npermalink: /notes/\n---\nWritten by *jekyll new*.\n",
          "src/content/pages/reading.MD":
            "---\ntitle: Reading\npermalink: /reading/\n---\n# Books\n",
          "src/data/site.yaml": (await readFile(SEED.settings, "utf8")).replace(
            "    url: /\n",
            "    url: /\n  - title: CV\n    url: /cv\n",
          ),
        },
      })),
  );

  test("builds without problems", () => {
    assert.equal(result.error, undefined);
    assert.equal(result.log.trim(), "");
  });

  test("an MDX page uses a component", async () => {
    const html = await distFile(root, "demo/index.html");
    assert.match(html, /<p>Before the callout\.<\/p>/);
    assert.match(
      html,
      /<aside class="callout" data-kind="note"[^>]*>Rendered by a component\.<\/aside>/,
    );
    assert.doesNotMatch(html, /About the author/);
  });

  test("a permalink and a redirect without a slash or extension are files, as Jekyll writes them", async () => {
    assert.match(await distFile(root, "cv.html"), /The CV\./);
    assert.match(
      await distFile(root, "cv.html"),
      /<link rel="canonical" href="https:\/\/baumgach\.github\.io\/cv">/,
    );
    const stub = await distFile(root, "resume.html");
    assert.match(stub, /<meta http-equiv="refresh" content="0; url=\/cv">/);
    assert.match(stub, /<link rel="canonical" href="https:\/\/baumgach\.github\.io\/cv">/);
  });

  test("Markdown files ending in .markdown or in capitals (.MD) are built as .md files are", async () => {
    assert.match(
      await distFile(root, "notes/index.html"),
      /<p>Written by <em>jekyll new<\/em>\.<\/p>/,
    );
    assert.match(await distFile(root, "reading/index.html"), /<h1[^>]*>Reading<\/h1>/);
    assert.match(await distFile(root, "reading/index.html"), /<h1 id="books">Books<\/h1>/);
  });

  test("a permalink ending in .html is a file of that name", async () => {
    assert.match(
      await distFile(root, "talks.html"),
      /<link rel="canonical" href="https:\/\/baumgach\.github\.io\/talks\.html">/,
    );
  });

  test("an empty excerpt means no description", async () => {
    assert.doesNotMatch(await distFile(root, "index.html"), /name="description"/);
  });

  test("sitemap: false and published: false", async () => {
    const urls = [...(await distFile(root, "sitemap-0.xml")).matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(urls.sort(), [
      "https://baumgach.github.io/",
      "https://baumgach.github.io/cv",
      "https://baumgach.github.io/demo/",
      "https://baumgach.github.io/notes/",
      "https://baumgach.github.io/reading/",
      "https://baumgach.github.io/talks.html",
    ]);
    assert.ok(await exists(path.join(root, "dist/hidden/index.html")));
    assert.equal(await exists(path.join(root, "dist/draft/index.html")), false);
  });

  test("the menu links the CV page", async () => {
    assert.match(await distFile(root, "index.html"), /<a href="\/cv"[^>]*>CV<\/a>/);
  });
});

describe("a fixture with a portrait, analytics and every profile detail", () => {
  let root = "";
  let result: BuildResult;
  before(async () => {
    const settings = (await readFile(SEED.settings, "utf8"))
      .replace(
        "  avatar: # a path such as /images/portrait.jpg; empty when there is no photo\n",
        "  avatar: /images/portrait.jpg\n  pronouns: he/him\n",
      )
      .replace("  employer:\n", "  employer: University of Lucerne\n")
      .replace(
        "  linkedin:\n",
        "  linkedin: a-person\n  gitlab: someone\n  dblp: https://dblp.org/pid/00/0000.html\n",
      )
      .concat(
        "analytics:\n  provider: google-analytics-4\n  google:\n    tracking_id: G-TEST123\n",
      );
    root = await fixtureSite("profile", {
      withoutPages: true,
      files: {
        "src/data/site.yaml": settings,
        "src/content/pages/about.md":
          '---\ntitle: About me\npermalink: /\nexcerpt: "**Health** data [science](/x/) &amp; <em>AI</em>"\n---\nHello.\n',
      },
    });
    roots.push(root);
    // A photo-like portrait: noise compresses badly, so it is a fair test of the size budget.
    const noise = Buffer.alloc(900 * 900 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 9) * 104729) % 251;
    await sharp(noise, { raw: { width: 900, height: 900, channels: 3 } })
      .jpeg({ quality: 90 })
      .toFile(path.join(root, "src/images/portrait.jpg"));
    result = await buildSite(root);
  });

  test("builds", () => assert.equal(result.error, undefined));

  test("the portrait: WebP with a JPEG fallback, no larger than it is shown, at most 20 KB at twice the sidebar size", async () => {
    const html = await distFile(root, "index.html");
    assert.match(html, /<picture[\s>]/);
    assert.deepEqual(
      [...html.matchAll(/<source[^>]*type="([^"]+)"/g)].map((m) => m[1]),
      ["image/webp"],
    );
    const img = /<img[^>]*>/.exec(html.slice(html.indexOf("<picture")))?.[0] ?? "";
    assert.match(img, /alt="Portrait of Christian F\. Baumgartner"/);
    assert.match(img, / width="320"/);
    assert.match(img, / height="\d+"/);
    // The fallback is one of the sizes made anyway, not the photo at its full size.
    const fallback = / src="([^"]+)"/.exec(img)?.[1] ?? "";
    const sizes = (/ srcset="([^"]*)"/.exec(img)?.[1] ?? "").split(", ");
    assert.ok(sizes.includes(`${fallback} 320w`), `${fallback} in ${sizes.join(", ")}`);
    for (const type of ["webp"]) {
      const srcset =
        new RegExp(`<source[^>]*srcset="([^"]*)"[^>]*type="image/${type}"`).exec(html)?.[1] ?? "";
      const largest = /([^\s,]+) 320w/.exec(srcset)?.[1];
      assert.ok(largest, `${type}: ${srcset}`);
      const { size } = await stat(path.join(root, "dist", largest));
      assert.ok(size <= 20 * 1024, `${type} at 320 px: ${size} bytes`);
    }
  });

  test("every profile detail, with icons that are hidden from screen readers", async () => {
    const html = await distFile(root, "index.html");
    assert.match(html, />he\/him</);
    assert.match(html, />University of Lucerne</);
    for (const href of [
      "https://www.linkedin.com/in/a-person",
      "https://gitlab.com/someone",
      "https://dblp.org/pid/00/0000.html",
    ]) {
      assert.ok(html.includes(`href="${href}" rel="me"`), href);
    }
    assert.match(html, /<svg class="icon"[^>]*aria-hidden="true"/);
  });

  test("the description is plain text", async () => {
    assert.match(
      await distFile(root, "index.html"),
      /<meta name="description" content="Health data science &amp; AI">/,
    );
  });

  test("analytics, when turned on, load from Google and the CSP allows exactly that", async () => {
    const html = await distFile(root, "index.html");
    assert.match(
      html,
      /<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-TEST123"><\/script>/,
    );
    const csp =
      /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
    assert.ok(csp.includes(cspHash(gtagSnippet("G-TEST123"))));
    assert.match(csp, /script-src 'report-sample' https:\/\/www\.googletagmanager\.com /);
    assert.doesNotMatch(csp, /script-src[^;]*'self'/);
  });
});

describe("fixtures that must not build", () => {
  test("bad front matter in several files: every problem, in plain words, before anything is built", async () => {
    const { root, result } = await built("bad-content", {
      withoutPages: true,
      files: {
        "src/content/pages/about.md":
          "---\ntitle: About\npermalink: /\nredirect_from: [/about/]\n---\n",
        "src/content/pages/typo.md":
          "---\ntittle: Typo\npermalink: /typo/\nauthor_profile: yes\n---\n",
        "src/content/pages/clash.md": "---\ntitle: Clash\npermalink: /about/\n---\n",
        "src/content/pages/external.md":
          "---\ntitle: External\npermalink: https://example.com/\n---\n",
      },
    });
    assert.equal(result.error?.message, "The site was not built: 5 problems are listed above.");
    assert.equal(result.error.stack, "");
    assert.equal(
      result.log.slice(0, result.log.indexOf("\n[ERROR] [academic-site] An unhandled")),
      [
        "[ERROR] [academic-site] Found 5 problems in 3 files. Fix them and build again:",
        '  ✗ src/content/pages/external.md, field "permalink": expected a path on this site, such as "/about/", but found the external URL "https://example.com/".',
        '  ✗ src/content/pages/typo.md, field "title": expected text (the page title), but found nothing (the field is missing).',
        '  ✗ src/content/pages/typo.md, field "author_profile": expected true or false, but found the text "yes".',
        '  ✗ src/content/pages/typo.md, field "tittle": not a known field. Did you mean "title"?',
        '  ✗ src/content/pages/about.md, field "redirect_from": "/about/" is the permalink of src/content/pages/clash.md. An old address cannot be the address of another page.',
      ].join("\n"),
    );
    assert.equal(await exists(path.join(root, "dist")), false);
  });

  test("a missing image, a missing component file and a component never imported: named before building", async () => {
    const { root, result } = await built("missing-files", {
      files: {
        "src/content/pages/figures.md":
          "---\ntitle: Figures\npermalink: /figures/\n---\n![The setup](./setup.png)\n",
        "src/content/pages/demo.mdx":
          '---\ntitle: Demo\npermalink: /demo/\n---\nimport Note from "../../components/Note.astro";\n\n<Note /> <Callout />\n',
      },
    });
    assert.equal(result.error?.message, "The site was not built: 3 problems are listed above.");
    assert.equal(
      result.log.slice(0, result.log.indexOf("\n[ERROR] [academic-site] An unhandled")),
      [
        "[ERROR] [academic-site] Found 3 problems in 2 files. Fix them and build again:",
        '  ✗ src/content/pages/demo.mdx: line 5: imports "../../components/Note.astro", but there is no file src/components/Note.astro. Correct the path, or remove the import.',
        '  ✗ src/content/pages/demo.mdx: line 7: uses the component <Callout>, which this file does not import. Import it at the top (such as import Callout from "../../components/Callout.astro";), or remove it.',
        '  ✗ src/content/pages/figures.md: line 5: the image "./setup.png" is not there: there is no file src/content/pages/setup.png. Add the image, or correct its path.',
      ].join("\n"),
    );
    assert.equal(await exists(path.join(root, "dist")), false);
  });

  test("the same address in two collections, and Liquid that cannot run", async () => {
    const { result } = await built("bad-academic", {
      files: {
        "src/content/publications/paper.md":
          "---\ntitle: Paper\ndate: 2024\npermalink: /work/paper/\n---\n",
        "src/content/talks/talk.md":
          "---\ntitle: Talk\ndate: 2024\npermalink: /work/paper/index.html\n---\n",
        "src/content/pages/list.md":
          "---\ntitle: List\npermalink: /list/\n---\nMy papers:\n\n{% for post in site.publications %}\n  {{ post.title }}\n{% endfor %}\n",
      },
    });
    assert.equal(result.error?.message, "The site was not built: 4 problems are listed above.");
    assert.equal(
      result.log.slice(0, result.log.indexOf("\n[ERROR] [academic-site] An unhandled")),
      [
        "[ERROR] [academic-site] Found 4 problems in 2 files. Fix them and build again:",
        '  ✗ src/content/pages/list.md: line 7: the Jekyll template tag "{% for post in site.publications %}" does not work here. The lists of publications, talks, teaching, portfolio and posts are pages of their own (/publications/, /talks/, /teaching/, /portfolio/, /year-archive/): remove the loop and link to the list.',
        '  ✗ src/content/pages/list.md: line 8: the Jekyll template tag "{{ post.title }}" does not work here. Write the text or the link itself, or remove the tag.',
        '  ✗ src/content/pages/list.md: line 9: the Jekyll template tag "{% endfor %}" does not work here. Write the text or the link itself, or remove the tag.',
        '  ✗ src/content/talks/talk.md, field "permalink": "/work/paper/index.html" (the same address as "/work/paper/") is already the permalink of src/content/publications/paper.md. Each page needs a permalink of its own.',
      ].join("\n"),
    );
  });

  test("with broken_links: error, a broken link stops the build", async () => {
    const settings = await readFile(SEED.settings, "utf8");
    const { result } = await built("strict-links", {
      files: {
        "src/data/site.yaml": settings.replace("broken_links: warning", "broken_links: error"),
      },
    });
    assert.equal(result.error?.message, "The site was not built: 1 problem is listed above.");
    assert.match(
      result.log,
      /^\[ERROR\] \[academic-site:finish\] Found 1 problem in 1 file\. Fix it and build again:\n {2}✗ src\/content\/pages\/about\.md: links to "\/files\/phd_thesis\.pdf", but the site has no page or file there\. Add it \(files go in public\/\), or fix the link\.$/m,
    );
  });

  test("a menu link to a page that does not exist", async () => {
    const settings = await readFile(SEED.settings, "utf8");
    const { result } = await built("bad-menu", {
      files: {
        "src/data/site.yaml": settings.replace(
          "    url: /\n",
          "    url: /\n  - title: Online CV\n    url: /cv/\n",
        ),
      },
    });
    assert.equal(result.error?.message, "The site was not built: 1 problem is listed above.");
    assert.match(
      result.log,
      /✗ src\/data\/site\.yaml, field "navigation \(item 2\)\.url": the menu link "Online CV" goes to "\/cv\/", but no page has that permalink\. Add a page with "permalink: \/cv\/", or remove the link\./,
    );
  });
});

describe("a build that fails", () => {
  /** Every file of the built site, with its bytes. */
  async function distFiles(root: string): Promise<Map<string, string>> {
    const dist = path.join(root, "dist");
    const files = (await glob("**/*", { cwd: dist, dot: true })).sort();
    return new Map(
      await Promise.all(
        files.map(async (file): Promise<[string, string]> => [
          file,
          (await readFile(path.join(dist, file))).toString("base64"),
        ]),
      ),
    );
  }

  test("while rendering leaves the last site in dist/ as it was, byte for byte", async () => {
    const root = await fixtureSite("failed-render");
    roots.push(root);
    const first = await buildSite(root);
    assert.equal(first.error, undefined, first.log);
    const before = await distFiles(root);
    assert.ok(before.has("index.html"));
    await writeFiles(root, {
      // MDX the content check passes, whose expression fails when the page is rendered.
      "src/content/pages/broken.mdx":
        "---\ntitle: Broken\npermalink: /broken/\n---\nIn {missing.year}.\n",
    });
    const second = await buildSite(root);
    assert.notEqual(second.error, undefined, "the build fails");
    assert.deepEqual(await distFiles(root), before);
    // The editor reads the file's name first, before any stack trace.
    const failure = second.log.indexOf(
      "src/content/pages/broken.mdx: the page /broken could not be made: ReferenceError: missing is not defined. The build's own report follows.",
    );
    assert.notEqual(failure, -1, second.log);
    assert.doesNotMatch(second.log.slice(0, failure), /\n\s+at /);
  });

  test("after a build that succeeds, dist/ holds the new site and nothing of the old", async () => {
    const root = await fixtureSite("replaced", {
      files: { "src/content/pages/old.md": "---\ntitle: Old\npermalink: /old/\n---\nOld.\n" },
    });
    roots.push(root);
    assert.equal((await buildSite(root)).error, undefined);
    assert.ok(await exists(path.join(root, "dist/old/index.html")));
    await rm(path.join(root, "src/content/pages/old.md"));
    assert.equal((await buildSite(root)).error, undefined);
    assert.equal(await exists(path.join(root, "dist/old/index.html")), false);
    assert.ok(await exists(path.join(root, "dist/index.html")));
  });
});

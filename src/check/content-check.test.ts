import assert from "node:assert/strict";
import { mkdtemp, realpath, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkContent } from "./content-check.ts";
import { formatProblem, formatReport } from "#core/problems.ts";
import { removeDir, tempDir, type Files } from "#test-helpers/temp-dir.ts";

const SITE = `title: Site
url: https://name.github.io
author:
  name: A. Person
navigation:
  - title: Home
    url: /
  - title: CV
    url: /cv/
  - title: Elsewhere
    url: https://example.org/
`;

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await removeDir(dir);
});

/** A new project folder with `files` (path: text) in it. */
async function project(files: Files): Promise<string> {
  const dir = await tempDir("content-check", files);
  dirs.push(dir);
  return dir;
}

async function check(files: Files) {
  return checkContent(await project({ "src/data/site.yaml": SITE, ...files }));
}

describe("checkContent", () => {
  test("checking again with remember: an unchanged file is not read again, a changed one is", async () => {
    const root = await project({
      "src/data/site.yaml": SITE,
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
    });
    const first = await checkContent(root, { remember: true });
    await writeFile(
      path.join(root, "src/content/pages/cv.md"),
      "---\ntitle: My CV\npermalink: /cv/\n---\n",
    );
    const second = await checkContent(root, { remember: true });
    const about = (report: typeof first) => report.entries.find((e) => e.permalink === "/")?.data;
    assert.equal(about(second), about(first));
    assert.deepEqual(
      second.entries.map((e) => e.data.title),
      ["About", "My CV"],
    );
    await writeFile(path.join(root, "src/content/pages/cv.md"), "---\ntitle: [CV\n---\n");
    assert.match(formatReport((await checkContent(root, { remember: true })).problems), /cv\.md/);
  });

  test("a valid site: pages, redirects, no problems", async () => {
    const report = await check({
      "src/content/pages/about.md":
        "---\ntitle: About\npermalink: /\nredirect_from: /about/\n---\nHi",
      "src/content/pages/cv.mdx": "---\ntitle: CV\npermalink: cv/\n---\nCV",
      "src/content/pages/_draft.md": "not a page: files starting with _ are skipped",
    });
    assert.equal(formatReport(report.problems), "");
    assert.deepEqual(
      report.entries.map((p) => [p.file, p.permalink]),
      [
        ["src/content/pages/about.md", "/"],
        ["src/content/pages/cv.mdx", "/cv/"],
      ],
    );
    assert.deepEqual(report.redirects, [
      { from: "/about/", output: "about/index.html", to: "/", file: "src/content/pages/about.md" },
    ]);
  });

  test("every problem in every file, in one run", async () => {
    const report = await check({
      "src/content/pages/a.md": "---\ntitle: A\npermalink: /\n---\n",
      "src/content/pages/b.md": "---\ntittle: B\npermalink: /b/\n---\n",
      "src/content/pages/c.md": "---\ntitle: C\npermalink: /\nauthor_profile: maybe\n---\n",
      "src/content/pages/d.md":
        "---\ntitle: D\npermalink: /d/\nredirect_from: [/d/]\nnotes: x\n---\n",
      "src/content/pages/e.md": "No front matter",
    });
    assert.equal(
      formatReport(report.problems),
      [
        "Found 6 problems in 5 files. Fix them and build again:",
        '  ✗ src/content/pages/b.md, field "title": expected text (the page title), but found nothing (the field is missing).',
        '  ✗ src/content/pages/b.md, field "tittle": not a known field. Did you mean "title"?',
        '  ✗ src/content/pages/c.md, field "author_profile": expected true or false, but found the text "maybe".',
        '  ✗ src/content/pages/e.md: has no front matter. Start the file with a line "---", the fields (such as "title: My page"), and another line "---".',
        '  ✗ src/content/pages/d.md, field "redirect_from": "/d/" is this page\'s own permalink, so the page would redirect to itself. Remove it from redirect_from.',
        '  ✗ src/data/site.yaml, field "navigation (item 2).url": the menu link "CV" goes to "/cv/", but no page has that permalink. Add a page with "permalink: /cv/", or remove the link.',
        "",
        "1 warning:",
        '  ! src/content/pages/d.md, field "notes": not a field this site uses. It is kept, but has no effect.',
      ].join("\n"),
    );
  });

  test("a draft without a date is dated by its file, in npm run dev too", async () => {
    const root = await project({
      "src/data/site.yaml": SITE.replace("url: /cv/", "url: /"),
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/posts/_drafts/idea.md": "---\ntitle: An idea\n---\nText.\n",
    });
    const changed = new Date("2025-03-04T05:06:07Z");
    await utimes(path.join(root, "src/content/posts/_drafts/idea.md"), changed, changed);
    const report = await checkContent(root, { drafts: true });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.entries.find((entry) => entry.file.endsWith("idea.md"))?.date, changed);
  });

  test("a menu link may go to a part of a page; the page must exist", async () => {
    const report = await checkContent(
      await project({
        "src/data/site.yaml": `${SITE.replace("url: /cv/", "url: /#news")}  - title: Talks\n    url: /talks/#2024\n`,
        "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      }),
    );
    assert.deepEqual(
      report.problems.map((p) => p.message),
      [
        'the menu link "Talks" goes to "/talks/#2024", but no page has that permalink. Add a page with "permalink: /talks/", or remove the link.',
      ],
    );
  });

  test("an unpublished page is checked, but not built or linked", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\npublished: false\n---\n",
    });
    assert.deepEqual(
      report.entries.map((p) => p.data.title),
      ["About"],
    );
    assert.match(
      formatReport(report.problems),
      /the menu link "CV" goes to "\/cv\/", but no page has that permalink/,
    );
  });

  test("the portrait and analytics settings", async () => {
    const settings = SITE.replace(
      "  name: A. Person\n",
      "  name: A. Person\n  avatar: missing.jpg\n",
    ).concat("analytics:\n  provider: google-analytics-4\n");
    const report = await check({
      "src/data/site.yaml": settings,
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
    });
    assert.equal(
      formatReport(report.problems),
      [
        "Found 2 problems in 1 file. Fix them and build again:",
        '  ✗ src/data/site.yaml, field "author.avatar": expected the name of an image file in src/images/, such as "profile.jpg", but found "missing.jpg", and there is no file src/images/missing.jpg.',
        '  ✗ src/data/site.yaml, field "analytics.google.tracking_id": expected the Google Analytics 4 measurement ID (such as "G-ABC123XYZ") because analytics.provider is "google-analytics-4", but found nothing.',
      ].join("\n"),
    );
  });

  test("a portrait from another site", async () => {
    const report = await check({
      "src/data/site.yaml": SITE.replace(
        "  name: A. Person\n",
        "  name: A. Person\n  avatar: https://example.org/me.jpg\n",
      ),
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
    });
    assert.deepEqual(
      report.problems.map((p) => p.message),
      [
        'expected the name of an image file in src/images/, such as "profile.jpg", but found the web address "https://example.org/me.jpg" (images from other sites are not loaded).',
      ],
    );
  });

  test("a portrait that is no image is named with its file and what to do", async () => {
    const report = await check({
      "src/data/site.yaml": SITE.replace(
        "  name: A. Person\n",
        "  name: A. Person\n  avatar: me.png\n",
      ),
      "src/images/me.png": "a text saved as me.png\n",
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), [
      "src/images/me.png: the portrait me.png is not an image: its bytes are no JPEG, PNG, WebP, AVIF or GIF. Save the portrait again as a JPEG or PNG file, and put it in its place.",
    ]);
  });

  test("a list can be shown on several pages, and then has no generated page of its own", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\nlisting: talks\n---\n",
      "src/content/pages/talks.md":
        "---\ntitle: Talks\npermalink: /my-talks/\nlisting: talks\n---\n",
      "src/content/talks/a.md": "---\ntitle: A talk\ndate: 2024-01-02\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), []);
    assert.equal(
      report.generated.some((route) => route.permalink === "/talks/"),
      false,
      "no /talks/ page is generated",
    );
  });

  test("a page at a list's address takes the address; the list is then generated nowhere", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/talks.md": "---\ntitle: My talks\npermalink: /talks/\n---\nBy hand.\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "src/content/talks/a.md": "---\ntitle: A talk\ndate: 2024-01-02\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), []);
    assert.deepEqual(report.generated, []);
  });

  test("the site's own collections: a folder each, at /<folder>/<file>/, listed by name", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\nlisting: posters\n---\n",
      "src/content/pages/x.md": "---\ntitle: X\npermalink: /x/\nlisting: poster\n---\n",
      "src/content/collections/posters/2024-neurips.md": "---\ntitle: A poster\ndate: 2024\n---\n",
    });
    assert.deepEqual(
      report.entries.filter((e) => e.collection === "collections").map((e) => e.permalink),
      ["/posters/2024-neurips/"],
    );
    assert.deepEqual(report.problems.map(formatProblem), [
      'src/content/pages/x.md, field "listing": expected one of "publications", "talks", "teaching", "portfolio", "posts", "news", "tags", "sitemap", "selected-publications", or the name of a folder in src/content/collections/, but found "poster".',
    ]);
  });

  test("a link-preview image that public/ does not have is named, with where it belongs", async () => {
    const report = await check({
      "src/data/site.yaml": `${SITE}og_image: site.png\n`,
      "public/images/here.png": "png",
      "src/content/pages/a.md":
        "---\ntitle: A\npermalink: /a/\nheader:\n  og_image: here.png\n---\n",
      "src/content/pages/b.md":
        "---\ntitle: B\npermalink: /b/\nheader:\n  og_image: /files/b.png\n---\n",
      "src/content/pages/c.md":
        "---\ntitle: C\npermalink: /c/\nheader:\n  og_image: https://example.org/c.png\n---\n",
    });
    const images = report.problems.filter((problem) => problem.field?.endsWith("og_image"));
    assert.deepEqual(images.map(formatProblem), [
      'src/content/pages/b.md, field "header.og_image": names the image "/files/b.png", but public/ has no file files/b.png, so link previews show no image. Add the file to public/files/, or fix the name.',
      'src/data/site.yaml, field "og_image": names the image "site.png", but public/ has no file images/site.png, so link previews show no image. Add the file to public/images/, or fix the name.',
    ]);
  });

  test("a missing settings file", async () => {
    const report = await checkContent(await project({}));
    assert.equal(report.settings, undefined);
    assert.equal(
      formatReport(report.problems),
      "Found 1 problem in 1 file. Fix it and build again:\n  ✗ src/data/site.yaml: is missing. The site needs it for its title, address and author profile.",
    );
  });
});

describe("careless and hostile input", () => {
  /** The problems of one file, as the editor reads them. */
  const linesOf = (report: Awaited<ReturnType<typeof checkContent>>, file: string) =>
    report.problems.filter((problem) => problem.file === file).map(formatProblem);

  test("front matter is read as the build reads it: a +++ line ends it", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/x.md": "---\ntitle: X\npermalink: /\n+++\npublished: false\n---\n",
    });
    assert.deepEqual(linesOf(report, "src/content/pages/x.md"), [
      'src/content/pages/x.md, field "permalink": "/" is already the permalink of src/content/pages/about.md. Each page needs a permalink of its own.',
    ]);
  });

  test("no page or old address replaces a file of public/ or a file the site makes", async () => {
    const report = await check({
      "src/content/pages/about.md":
        "---\ntitle: About\npermalink: /\nredirect_from: [/favicon.svg, /feed.xml, /404.html]\n---\n",
      "src/content/pages/cv.md":
        "---\ntitle: CV\npermalink: /cv/\nredirect_from: /robots.txt\n---\n",
      "src/content/pages/paper.md": "---\ntitle: Paper\npermalink: /files/paper.pdf\n---\n",
      "src/content/pages/inside.md":
        "---\ntitle: Inside\npermalink: /files/paper.pdf/notes/\n---\n",
      "src/content/pages/map.md": "---\ntitle: Map\npermalink: /sitemap.xml\n---\n",
      "public/favicon.svg": "<svg/>",
      "public/files/paper.pdf": "%PDF",
    });
    assert.deepEqual(report.problems.map(formatProblem), [
      'src/content/pages/map.md, field "permalink": "/sitemap.xml" is the address of the sitemap, which this page would replace. Choose another permalink.',
      'src/content/pages/paper.md, field "permalink": "/files/paper.pdf" is the address of public/files/paper.pdf, which this page would replace. Choose another permalink.',
      'src/content/pages/about.md, field "redirect_from (item 1)": "/favicon.svg" is the address of public/favicon.svg, which the redirect page would replace. Remove it from redirect_from.',
      'src/content/pages/about.md, field "redirect_from (item 2)": "/feed.xml" is the address of the feed of posts, which the redirect page would replace. Remove it from redirect_from.',
      'src/content/pages/about.md, field "redirect_from (item 3)": "/404.html" is the address of the 404 page, which the redirect page would replace. Remove it from redirect_from.',
      'src/content/pages/cv.md, field "redirect_from": "/robots.txt" is the address of the robots file, which the redirect page would replace. Remove it from redirect_from.',
      'src/content/pages/inside.md, field "permalink": "/files/paper.pdf/notes/" would be written inside "/files/paper.pdf/", but "/files/paper.pdf" is public/files/paper.pdf, a file. Choose an address outside it.',
    ]);
  });

  test("a page at /404.html is the 404 page", async () => {
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "src/content/pages/404.md": "---\ntitle: Lost\npermalink: /404.html\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), []);
  });

  test("an address with a part longer than file systems allow", async () => {
    const long = "a".repeat(300);
    const report = await check({
      "src/content/pages/about.md": `---\ntitle: About\npermalink: /\nredirect_from: /${long}/\n---\n`,
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), [
      `src/content/pages/about.md, field "redirect_from": "/${long}/" has a part of 300 bytes ("aaaaaaaaaaaaaaaaaaaaaaaa…"), and file systems allow 255. Choose a shorter address.`,
    ]);
  });

  test("Markdown under any of Jekyll's endings is an entry; two files at one address are an error", async () => {
    const report = await check({
      "src/content/pages/about.MD": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.markdown": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "src/content/posts/2024-01-01-welcome.markdown": "---\ntitle: Welcome\n---\n",
      "src/content/talks/keynote.Mkd": "---\ntitle: Keynote\ndate: 2024-01-01\n---\n",
    });
    assert.equal(formatReport(report.problems), "");
    assert.deepEqual(
      report.entries.map((e) => [e.file, e.permalink]),
      [
        ["src/content/pages/about.MD", "/"],
        ["src/content/pages/cv.markdown", "/cv/"],
        ["src/content/talks/keynote.Mkd", "/talks/keynote/"],
        ["src/content/posts/2024-01-01-welcome.markdown", "/welcome/"],
      ],
    );
    const twice = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "src/content/posts/2024-01-01-welcome.md": "---\ntitle: Welcome\n---\n",
      "src/content/posts/2024-01-01-welcome.markdown": "---\ntitle: Welcome again\n---\n",
    });
    assert.deepEqual(twice.problems.map(formatProblem), [
      'src/content/posts/2024-01-01-welcome.md: its name makes the address "/welcome/", which is already the permalink of src/content/posts/2024-01-01-welcome.markdown. Rename one of the files, or give one of them a permalink.',
    ]);
  });

  test("files the build would not read, or not read right, are named", async () => {
    const latin1 = Uint8Array.from(
      Buffer.from("---\ntitle: Caf\xe9\ndate: 2024-01-01\n---\n", "latin1"),
    );
    const report = await check({
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "src/content/posts/2024-01-01-welcome.markdown": "---\ntitle: Welcome\n---\n",
      "src/content/talks/keynote.MD": "---\ntitle: Keynote\ndate: 2024-01-01\n---\n",
      "src/content/talks/slides.MDX": "---\ntitle: Slides\ndate: 2024-01-01\n---\n",
      "src/content/pages/notes.md/draft.txt": "notes",
      "src/content/talks/cafe.md": latin1,
      "src/content/talks/c#-workshop.md": "---\ntitle: C# workshop\ndate: 2024-01-01\n---\n",
      "src/content/talks/100%-sure.md": "---\ntitle: Sure\ndate: 2024-01-01\n---\n",
    });
    assert.deepEqual(report.problems.map(formatProblem), [
      'src/content/pages/notes.md/draft.txt: is in the folder "notes.md", whose name ends like a Markdown file\'s, so the build reads the folder as a page. Rename the folder.',
      'src/content/talks/slides.MDX: is not built: MDX files are built when their names end in ".mdx", in small letters. Rename it to "slides.mdx".',
      'src/content/talks/100%-sure.md: its name makes the address "/talks/100%-sure/", which no link can reach: "%" must be followed by two hex digits in an address. Rename the file, or give it a permalink.',
      'src/content/talks/c#-workshop.md: its name makes the address "/talks/c#-workshop/", which no link can reach: "#" starts the part of an address that a browser keeps to itself. Rename the file, or give it a permalink.',
      "src/content/talks/cafe.md: is not saved as UTF-8 text: it has characters in another encoding (such as Latin-1 or Windows-1252), which would show as question marks. Save it as UTF-8 in your editor.",
    ]);
  });

  test("a link that leads out of the project is refused, one inside it is not", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "outside-"));
    dirs.push(outside);
    await writeFile(
      path.join(outside, "secret.md"),
      "---\ntitle: Secret\npermalink: /secret/\n---\n",
    );
    const root = await project({
      "src/data/site.yaml": SITE,
      "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\n",
      "src/content/pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n",
      "public/files/cv.pdf": "%PDF",
    });
    await symlink(path.join(outside, "secret.md"), path.join(root, "src/content/pages/secret.md"));
    await symlink(path.join(root, "public/files/cv.pdf"), path.join(root, "public/cv.pdf"));
    const report = await checkContent(root);
    assert.deepEqual(report.problems.map(formatProblem), [
      `src/content/pages/secret.md: is a link to ${await realpath(path.join(outside, "secret.md"))}, outside the project. The site publishes only what is in the project: copy the file in instead of linking to it.`,
    ]);
  });
});

/**
 * Link-preview images on a built site: a drawn card for every page, named in its head with its
 * size and description; a page's own image instead; titles in Greek and Japanese drawn with every
 * glyph; text no font has named in the build's output; and `preview_images: false`.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, mock, test } from "node:test";
import sharp from "sharp";
import { glob } from "tinyglobby";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { removeDir } from "./helpers/temp-dir.ts";

const SITE_URL = "https://academicpages.github.io";

const FILES = {
  "src/content/publications/2020-greek.md": `---
title: "Μάθηση αναπαραστάσεων για ιατρικές εικόνες"
date: 2020-05-01
venue: "Πρακτικά Συνεδρίου"
authors: ["Your Name", "Γιώργος Παπαδόπουλος"]
---
`,
  "src/content/posts/2021-01-01-japanese.md": `---
title: "深層学習による医用画像の不確実性推定"
---
Text.
`,
  "src/content/posts/2021-03-01-emoji.md": `---
title: "👍 A favourite post"
---
Text.
`,
  "src/content/posts/2021-02-01-amharic.md": `---
title: "ሰላም and hello"
---
Text.
`,
  "src/content/talks/2022-own-image.md": `---
title: A talk with its own image
date: 2022-03-01
header:
  og_image: 500x300.png
---
`,
};

/** The `<meta>` tags of a page's head, by property or name. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    tags.set(match[1] ?? "", (match[2] ?? "").replaceAll("&amp;", "&"));
  }
  return tags;
}

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

describe("link-preview images", () => {
  let root = "";
  let result: BuildResult;
  const warnings: string[] = [];
  before(async () => {
    root = await fixtureSite("preview-images", { from: "academic", files: FILES });
    roots.push(root);
    // The owner's portrait, drawn in the card's foot.
    await mkdir(path.join(root, "src/images"), { recursive: true });
    await sharp({ create: { width: 200, height: 200, channels: 3, background: "#c03030" } })
      .png()
      .toFile(path.join(root, "src/images/profile.png"));
    const settings = await readFile(path.join(root, "src/data/site.yaml"), "utf8");
    await writeFile(
      path.join(root, "src/data/site.yaml"),
      settings.replace("  bio: A researcher\n", "  bio: A researcher\n  avatar: profile.png\n"),
    );
    const warn = mock.method(console, "warn", (message: string) => {
      warnings.push(message);
    });
    result = await buildSite(root, { level: "info" });
    warn.mock.restore();
  });

  test("the site builds", () => {
    assert.equal(result.error, undefined, result.log);
  });

  test("every page names a 1200×630 PNG of this site, with its size and description", async () => {
    const pages = await glob("**/*.html", { cwd: path.join(root, "dist") });
    let drawn = 0;
    for (const page of pages) {
      const html = await distFile(root, page);
      if (html.includes('http-equiv="refresh"')) continue;
      const tags = metaTags(html);
      const image = tags.get("og:image");
      if (
        page === "404.html" ||
        page === "search/index.html" ||
        page.startsWith("talks/2022-own-image")
      ) {
        // The site sets no og_image: these have the talk's own image, or none.
        assert.doesNotMatch(image ?? "", /\/og\//, page);
        continue;
      }
      assert.ok(image?.startsWith(`${SITE_URL}/og/`), `${page}: ${String(image)}`);
      assert.equal(tags.get("twitter:image"), image, page);
      assert.equal(tags.get("twitter:card"), "summary_large_image", page);
      assert.equal(tags.get("og:image:width"), "1200", page);
      assert.equal(tags.get("og:image:height"), "630", page);
      assert.ok((tags.get("og:image:alt") ?? "").length > 3, page);
      const file = path.join(root, "dist", new URL(image ?? "").pathname);
      const meta = await sharp(file).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ["png", 1200, 630], page);
      drawn += 1;
    }
    assert.ok(drawn > 20, `${drawn} pages with drawn images`);
    const images = await glob("og/**/*.png", { cwd: path.join(root, "dist") });
    assert.equal(images.length, drawn, "one image per page, none unused");
  });

  test("a paper's card says what its page says", async () => {
    const tags = metaTags(await distFile(root, "publications/2020-greek/index.html"));
    assert.equal(tags.get("og:image"), `${SITE_URL}/og/publications/2020-greek.png`);
    assert.equal(
      tags.get("og:image:alt"),
      "Publication · Μάθηση αναπαραστάσεων για ιατρικές εικόνες · Your Name, Γιώργος Παπαδόπουλος · Πρακτικά Συνεδρίου · May 1, 2020 · Your Name",
    );
  });

  test("a page's own image (header.og_image) takes the place of its card", async () => {
    const tags = metaTags(await distFile(root, "talks/2022-own-image/index.html"));
    assert.equal(tags.get("og:image"), `${SITE_URL}/images/500x300.png`);
    assert.equal(tags.get("og:image:alt"), "A talk with its own image");
    assert.equal(tags.get("og:image:width"), undefined);
    assert.ok(!existsSync(path.join(root, "dist/og/talks/2022-own-image.png")));
  });

  test("titles in Greek and Japanese are drawn whole; text no font has is named", () => {
    assert.deepEqual(warnings, [
      'src/content/posts/2021-02-01-amharic.md: the link-preview image has no font for "ሰላም", so that text is left out of /og/amharic.png.',
    ]);
  });

  test("the portrait is in the card's foot", async () => {
    const { data } = await sharp(path.join(root, "dist/og/index.png"))
      .extract({ left: 112, top: 518, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // Red, as the portrait is, within a shade (the card's palette is dithered).
    assert.ok(
      [...data].every((value, index) => Math.abs(value - ([0xc0, 0x30, 0x30][index] ?? 0)) <= 12),
      [...data].join(","),
    );
  });
});

describe("preview_images: false", () => {
  let root = "";
  let result: BuildResult;
  before(async () => {
    root = await fixtureSite("preview-images-off", { from: "academic" });
    roots.push(root);
    const file = path.join(root, "src/data/site.yaml");
    const settings = await readFile(file, "utf8");
    await writeFile(file, `${settings}preview_images: false\nog_image: 500x300.png\n`);
    result = await buildSite(root);
  });

  test("no image is drawn, and every page names the site's og_image", async () => {
    assert.equal(result.error, undefined, result.log);
    assert.ok(!existsSync(path.join(root, "dist/og")));
    for (const page of ["index.html", "publications/index.html", "talks/index.html"]) {
      const tags = metaTags(await distFile(root, page));
      assert.equal(tags.get("og:image"), `${SITE_URL}/images/500x300.png`, page);
      assert.equal(tags.get("twitter:card"), "summary_large_image", page);
    }
  });
});

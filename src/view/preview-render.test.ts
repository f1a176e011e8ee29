import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import type { PreviewCard } from "./preview-card.ts";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  cardFontFiles,
  cardFonts,
  drawCard,
  emojiFileName,
  missingTextWarning,
  portraitData,
  type CardArt,
} from "./preview-render.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Twemoji's picture of an emoji, from the package, as the build reads it. */
function twemoji(emoji: string): string | undefined {
  const file = path.join(ROOT, "node_modules/@twemoji/svg", emojiFileName(emoji));
  return existsSync(file)
    ? `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`
    : undefined;
}

const CARD: PreviewCard = {
  kind: "Publication",
  title: "A short title",
  lines: ["A. Example, B. Person", "Journal of Things"],
  date: "2024",
  site: "Ada Example",
  address: "ada.example.org",
  author: "Ada Example",
};

/** The pixels of a PNG in the rows `top` to `bottom`, as raw RGB bytes. */
async function rows(png: Buffer, top: number, bottom: number): Promise<Buffer> {
  return sharp(png)
    .extract({ left: 0, top, width: 1200, height: bottom - top })
    .removeAlpha()
    .raw()
    .toBuffer();
}

/**
 * How many pixels of two same-sized raw RGB images differ by more than a shade in some colour: each
 * image has a palette of its own, so the edges of the same letters may differ by a shade or two.
 */
function differing(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let pixel = 0; pixel < a.length; pixel += 3) {
    const channels = [0, 1, 2].map((c) => Math.abs((a[pixel + c] ?? 0) - (b[pixel + c] ?? 0)));
    if (Math.max(...channels) > 40) count += 1;
  }
  return count;
}

/** A colour within a shade of another, as a palette with dithering draws it. */
function assertNear(actual: number[], expected: number[]): void {
  assert.ok(
    actual.every((value, index) => Math.abs(value - (expected[index] ?? 0)) <= 12),
    `${actual.join(",")} is not near ${expected.join(",")}`,
  );
}

describe("drawCard", () => {
  let art: CardArt;
  let blank: Buffer;
  before(async () => {
    const files = cardFontFiles(ROOT);
    const fonts = cardFonts(files, await Promise.all(files.map(({ file }) => readFile(file))));
    art = { fonts, emoji: twemoji };
    blank = (await drawCard({ ...CARD, title: "" }, art)).png;
  });

  test("a 1200×630 PNG", async () => {
    const { png, missing } = await drawCard(CARD, art);
    const meta = await sharp(png).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["png", 1200, 630]);
    assert.deepEqual(missing, []);
  });

  for (const [language, title] of [
    ["Greek", "Μάθηση αναπαραστάσεων για ιατρικές εικόνες"],
    ["Japanese", "深層学習による医用画像の不確実性推定"],
    ["Russian", "Обучение представлений для медицинских изображений"],
    ["Chinese", "医学图像分割的不确定性估计"],
    ["Korean", "의료 영상 분할의 불확실성 추정"],
  ] as const) {
    test(`a title in ${language} is drawn, every character with a glyph`, async () => {
      const { png, missing } = await drawCard({ ...CARD, title }, art);
      assert.deepEqual(missing, []);
      // Against the same card without a title: the title's rows hold the drawn text.
      const drawn = differing(await rows(png, 100, 260), await rows(blank, 100, 260));
      assert.ok(drawn > 4000, `${drawn} pixels differ`);
    });
  }

  test("an emoji is drawn in colour, from Twemoji's picture", async () => {
    const { png, missing } = await drawCard({ ...CARD, title: "👍" }, art);
    assert.deepEqual(missing, []);
    // Twemoji's thumb is yellow (#FFDB5E): some of the title's pixels are.
    const { data } = await sharp(png)
      .extract({ left: 64, top: 100, width: 120, height: 120 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let yellow = 0;
    for (let pixel = 0; pixel < data.length; pixel += 3) {
      if (
        (data[pixel] ?? 0) > 220 &&
        (data[pixel + 1] ?? 0) > 190 &&
        (data[pixel + 2] ?? 255) < 130
      )
        yellow += 1;
    }
    assert.ok(yellow > 500, `${yellow} yellow pixels`);
  });

  test("emojiFileName: code points joined, without U+FE0F unless the emoji joins several", () => {
    assert.equal(emojiFileName("👍"), "1f44d.svg");
    assert.equal(emojiFileName("❤️"), "2764.svg");
    assert.equal(emojiFileName("👍🏽"), "1f44d-1f3fd.svg");
    assert.equal(emojiFileName("👩‍🔬"), "1f469-200d-1f52c.svg");
    for (const emoji of ["👍", "❤️", "👍🏽", "👩‍🔬", "🏳️‍🌈"]) {
      assert.ok(
        existsSync(path.join(ROOT, "node_modules/@twemoji/svg", emojiFileName(emoji))),
        emoji,
      );
    }
  });

  test("text no font has is named, not drawn as boxes", async () => {
    const { missing } = await drawCard({ ...CARD, title: "ሰላም Amharic שלום" }, art);
    assert.deepEqual(missing, ["ሰላም", "שלום"]);
    assert.equal(
      missingTextWarning("src/content/posts/x.md", "/og/x.png", missing),
      'src/content/posts/x.md: the link-preview image has no font for "ሰላም", "שלום", so that text is left out of /og/x.png.',
    );
  });

  test("a very long title is cut, and leaves the foot of the card as it is", async () => {
    const long = `${"A title that goes on and on about a great many things ".repeat(12)}end`;
    const { png } = await drawCard({ ...CARD, lines: [], title: long }, art);
    const { png: short } = await drawCard({ ...CARD, lines: [] }, art);
    // The same foot, but for a few pixels at the edges of letters (each card has its own palette).
    const foot = differing(await rows(png, 480, 630), await rows(short, 480, 630));
    assert.ok(foot < 100, `${foot} pixels differ`);
    assert.ok(differing(await rows(png, 100, 470), await rows(short, 100, 470)) > 0);
  });

  test("the portrait, or the owner's initials", async () => {
    const face = await sharp({
      create: { width: 300, height: 400, channels: 3, background: "#c03030" },
    })
      .png()
      .toBuffer();
    const portrait = await portraitData(face);
    assert.match(portrait, /^data:image\/png;base64,/);
    const withPortrait = (await drawCard(CARD, { ...art, portrait })).png;
    const { data } = await sharp(withPortrait)
      .extract({ left: 100, top: 510, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    assertNear([...data], [0xc0, 0x30, 0x30]);
    const initials = (await drawCard(CARD, art)).png;
    assert.ok(differing(await rows(withPortrait, 470, 600), await rows(initials, 470, 600)) > 0);
  });
});

describe("text that would stop the layout", () => {
  let art: CardArt;
  before(async () => {
    const files = cardFontFiles(ROOT);
    art = { fonts: cardFonts(files, await Promise.all(files.map(({ file }) => readFile(file)))) };
  });
  for (const [what, title] of [
    ["bidirectional controls", "abc \u202Edef\u202C \u2066ghi\u2069"],
    ["tag characters", "tag \u{E0041}\u{E0042}"],
    ["100,000 characters without a space", "x".repeat(100_000)],
  ] as const)
    test(`a title with ${what} is drawn`, async () => {
      const { png } = await drawCard({ ...CARD, title, lines: [title] }, art);
      assert.deepEqual(
        await sharp(png)
          .metadata()
          .then(({ width, height }) => [width, height]),
        [1200, 630],
      );
    });
});

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import type { PreviewCard } from "./preview-card.ts";
import { readFile } from "node:fs/promises";
import {
  cardFontFiles,
  cardFonts,
  drawCard,
  portraitData,
  type CardFonts,
} from "./preview-render.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

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
  let fonts: CardFonts;
  let blank: Buffer;
  before(async () => {
    const files = cardFontFiles(ROOT);
    fonts = cardFonts(files, await Promise.all(files.map(({ file }) => readFile(file))));
    blank = (await drawCard({ ...CARD, title: "" }, fonts)).png;
  });

  test("a 1200×630 PNG", async () => {
    const { png, missing } = await drawCard(CARD, fonts);
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
      const { png, missing } = await drawCard({ ...CARD, title }, fonts);
      assert.deepEqual(missing, []);
      // Against the same card without a title: the title's rows hold the drawn text.
      const drawn = differing(await rows(png, 100, 260), await rows(blank, 100, 260));
      assert.ok(drawn > 4000, `${drawn} pixels differ`);
    });
  }

  test("text no font has is named, not drawn as boxes", async () => {
    const { missing } = await drawCard({ ...CARD, title: "ሰላም Amharic" }, fonts);
    assert.deepEqual(missing, ["ሰላም"]);
  });

  test("a very long title is cut, and leaves the foot of the card as it is", async () => {
    const long = `${"A title that goes on and on about a great many things ".repeat(12)}end`;
    const { png } = await drawCard({ ...CARD, lines: [], title: long }, fonts);
    const { png: short } = await drawCard({ ...CARD, lines: [] }, fonts);
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
    const withPortrait = (await drawCard(CARD, fonts, portrait)).png;
    const { data } = await sharp(withPortrait)
      .extract({ left: 100, top: 510, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    assertNear([...data], [0xc0, 0x30, 0x30]);
    const initials = (await drawCard(CARD, fonts)).png;
    assert.ok(differing(await rows(withPortrait, 470, 600), await rows(initials, 470, 600)) > 0);
  });
});

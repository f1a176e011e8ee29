/**
 * Draws a link-preview card as a PNG: Satori lays out `cardTree` with the card's fonts and writes
 * an SVG whose text is already outlines, and sharp turns it into a PNG. The fonts are Noto Sans
 * (Latin, Greek, Cyrillic, Vietnamese and Devanagari, from `@fontsource/noto-sans`) and a subset of
 * Noto Sans CJK in `src/fonts/` (see its README); text no font has is reported, not hidden.
 */
import { createRequire } from "node:module";
import path from "node:path";
import satori, { type Font } from "satori";
import sharp from "sharp";
import { PREVIEW_SIZE, type PreviewCard } from "./preview-card.ts";
import { CARD_FONTS, cardTree, drawableCard } from "./preview-image.ts";

/** The fonts a card is drawn with, and a key that changes whenever one of them does. */
export interface CardFonts {
  fonts: Font[];
  key: string;
}

/** A font file of the card: its family, weight and file. */
export interface CardFontFile {
  name: string;
  weight: 400 | 700;
  file: string;
}

/** The weights the card uses. */
const WEIGHTS = [400, 700] as const;

/** The font files of the card, by family and weight, in the project at `root`. */
export function cardFontFiles(root: string): CardFontFile[] {
  const require = createRequire(path.join(root, "package.json"));
  return CARD_FONTS.flatMap((name) =>
    WEIGHTS.map((weight) => {
      const subset = name.slice("Noto Sans ".length);
      const file =
        subset === "CJK"
          ? path.join(root, "src/fonts", `noto-sans-cjk-${weight}.woff`)
          : require.resolve(
              `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
            );
      return { name, weight, file };
    }),
  );
}

/** The card's fonts from their files' bytes (`data`, in the order of `files`). */
export function cardFonts(files: readonly CardFontFile[], data: readonly Buffer[]): CardFonts {
  const fonts = files.map(({ name, weight }, index): Font => ({
    name,
    weight,
    style: "normal",
    data: data[index] ?? Buffer.alloc(0),
  }));
  const key = files
    .map(({ file }, index) => `${path.basename(file)}:${data[index]?.length ?? 0}`)
    .join(",");
  return { fonts, key };
}

/** A portrait (an image file's bytes) as a square PNG `data:` address, twice the size the card shows. */
export async function portraitData(image: Buffer): Promise<string> {
  const png = await sharp(image).resize(192, 192, { fit: "cover" }).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/**
 * The name of an emoji's picture in Twemoji (`@twemoji/svg`): its code points in hex, joined by
 * "-", without the variation selector U+FE0F unless the emoji joins several (👍 is `1f44d.svg`).
 */
export function emojiFileName(emoji: string): string {
  const text = emoji.includes("\u200d") ? emoji : emoji.replaceAll("\ufe0f", "");
  const codes = Array.from(text, (character) => (character.codePointAt(0) ?? 0).toString(16));
  return `${codes.join("-")}.svg`;
}

/** What the build says of a card (`image`, made for `file`) that has text no font has (`missing`). */
export function missingTextWarning(
  file: string,
  image: string,
  missing: readonly string[],
): string {
  const texts = missing.map((text) => `"${text}"`).join(", ");
  return `${file}: the link-preview image has no font for ${texts}, so that text is left out of ${image}.`;
}

/** What a card is drawn with besides its text. */
export interface CardArt {
  fonts: CardFonts;
  /** The owner's portrait, as a `data:` address (`portraitData`). */
  portrait?: string | undefined;
  /** An emoji's picture as a `data:` address, or `undefined` when there is none. */
  emoji?: ((emoji: string) => string | undefined) | undefined;
}

/** A drawn card: the PNG, and the pieces of text that no font of the card has. */
export interface DrawnCard {
  png: Buffer;
  missing: string[];
}

/** Draws `card` with its fonts, and with the portrait and emoji pictures when given. */
export async function drawCard(
  card: PreviewCard,
  { fonts, portrait, emoji }: CardArt,
): Promise<DrawnCard> {
  const missing = new Set<string>();
  const pictures = new Set<string>();
  const svg = await satori(cardTree(drawableCard(card), portrait) as Parameters<typeof satori>[0], {
    ...PREVIEW_SIZE,
    fonts: fonts.fonts,
    // Satori asks for what none of the fonts has: an emoji's picture, or a font there is none of.
    loadAdditionalAsset: (language, segment) => {
      const picture = language === "emoji" ? emoji?.(segment) : undefined;
      if (picture !== undefined) pictures.add(segment);
      else if (segment.trim() !== "") missing.add(segment);
      return Promise.resolve(picture ?? []);
    },
  });
  // A card of flat colours and text needs 16 colours (19 KB; against 256, a third of the bytes
  // and half the time). A photograph or an emoji needs more: in full colour a card with a portrait
  // is drawn in 31 ms as about 60 KB, where a dithered palette of 256 takes 54 ms for 29 KB.
  const image = sharp(Buffer.from(svg));
  const png = await (
    portrait === undefined && pictures.size === 0
      ? image.png({ palette: true, effort: 1, colours: 16, dither: 0 })
      : image.png()
  ).toBuffer();
  return { png, missing: [...missing] };
}

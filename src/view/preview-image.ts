/**
 * The drawing of a link-preview card, as the element tree Satori lays out (the shape of the
 * elements a component returns, without React): the kind above a title that wraps and is cut with
 * "…" after a few lines, the lines under it, and at the foot the portrait (or the owner's initials),
 * the site's title and address, and the date. `preview-render.ts` turns it into a PNG.
 */
import { initials } from "#core/text.ts";
import { PREVIEW_SIZE, type PreviewCard } from "./preview-card.ts";

/** An element as Satori reads it: a tag, its style, and its children. */
export interface CardElement {
  type: "div" | "img";
  props: {
    style: Record<string, string | number>;
    children?: string | CardElement[];
    src?: string;
    width?: number;
    height?: number;
  };
}

/** The font families of the card, in the order a character is looked for in them. */
export const CARD_FONTS = [
  "Noto Sans latin",
  "Noto Sans latin-ext",
  "Noto Sans greek",
  "Noto Sans greek-ext",
  "Noto Sans cyrillic",
  "Noto Sans cyrillic-ext",
  "Noto Sans vietnamese",
  "Noto Sans devanagari",
  "Noto Sans CJK",
] as const;

/** The colours of the card: the site's light theme. */
const COLOR = {
  background: "#ffffff",
  band: "#1a55b8",
  text: "#1d2127",
  muted: "#4f5661",
  portrait: "#f5f6f8",
} as const;

const PADDING = 64;
const PORTRAIT = 96;

/**
 * Characters that change how text around them is laid out or hide text (bidirectional controls,
 * Unicode's tag characters) and control characters: the card's layout cannot place them.
 */
const UNDRAWABLE =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/gu;

/** The most characters of a title a card can show (3–4 lines of the smallest type), and of a line. */
const MOST = { title: 240, line: 160 } as const;

/** Text as a card can draw it: no characters it cannot place, cut with … past `most` characters. */
export function drawableText(text: string, most: number): string {
  const characters = Array.from(text.replace(UNDRAWABLE, ""));
  return characters.length <= most
    ? characters.join("")
    : `${characters.slice(0, most - 1).join("")}…`;
}

/** A card whose every text is drawable (`drawableText`), as it goes to the layout. */
export function drawableCard(card: PreviewCard): PreviewCard {
  const line = (text: string) => drawableText(text, MOST.line);
  return {
    ...card,
    ...(card.kind !== undefined && { kind: line(card.kind) }),
    title: drawableText(card.title, MOST.title),
    lines: card.lines.map(line),
    ...(card.date !== undefined && { date: line(card.date) }),
    site: line(card.site),
    address: line(card.address),
    author: line(card.author),
  };
}

/** The title's size: long titles get smaller type, so that most fit in full. */
export function titleSize(title: string): { fontSize: number; lines: number } {
  const length = Array.from(title).length;
  if (length <= 50) return { fontSize: 68, lines: 3 };
  if (length <= 90) return { fontSize: 56, lines: 3 };
  if (length <= 150) return { fontSize: 46, lines: 4 };
  return { fontSize: 40, lines: 4 };
}

const element = (
  type: CardElement["type"],
  style: CardElement["props"]["style"],
  children?: CardElement["props"]["children"],
): CardElement => ({ type, props: { style, ...(children !== undefined && { children }) } });

/** Text cut with "…" after `lines` lines. */
const clamped = (text: string, lines: number, style: CardElement["props"]["style"]) =>
  element("div", { display: "block", lineClamp: lines, ...style }, text);

/**
 * The card's element tree. `portrait` is the owner's portrait as a `data:` address, square; without
 * it a circle shows their initials.
 */
export function cardTree(card: PreviewCard, portrait?: string): CardElement {
  const title = titleSize(card.title);
  const face: CardElement =
    portrait === undefined
      ? element(
          "div",
          {
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: PORTRAIT,
            height: PORTRAIT,
            borderRadius: PORTRAIT / 2,
            background: COLOR.band,
            color: COLOR.background,
            fontSize: 40,
            fontWeight: 700,
          },
          initials(card.author),
        )
      : {
          type: "img",
          props: {
            src: portrait,
            width: PORTRAIT,
            height: PORTRAIT,
            style: { borderRadius: PORTRAIT / 2, objectFit: "cover" },
          },
        };
  return element(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      boxSizing: "border-box",
      width: PREVIEW_SIZE.width,
      height: PREVIEW_SIZE.height,
      padding: PADDING,
      paddingTop: PADDING - 8,
      borderTop: `16px solid ${COLOR.band}`,
      background: COLOR.background,
      color: COLOR.text,
      fontFamily: CARD_FONTS.join(", "),
    },
    [
      ...(card.kind === undefined
        ? []
        : [
            element(
              "div",
              { fontSize: 28, fontWeight: 700, color: COLOR.band, letterSpacing: 1 },
              card.kind.toUpperCase(),
            ),
          ]),
      clamped(card.title, title.lines, {
        marginTop: card.kind === undefined ? 0 : 16,
        fontSize: title.fontSize,
        fontWeight: 700,
        lineHeight: 1.18,
      }),
      ...card.lines.map((line) =>
        clamped(line, 2, { marginTop: 20, fontSize: 30, lineHeight: 1.3, color: COLOR.muted }),
      ),
      element("div", { display: "flex", alignItems: "center", marginTop: "auto", paddingTop: 24 }, [
        face,
        element("div", { display: "flex", flexDirection: "column", marginLeft: 24, flexGrow: 1 }, [
          clamped(card.site, 1, { fontSize: 30, fontWeight: 700 }),
          clamped(card.address, 1, { fontSize: 24, color: COLOR.muted }),
        ]),
        ...(card.date === undefined
          ? []
          : [element("div", { fontSize: 28, color: COLOR.muted, marginLeft: 24 }, card.date)]),
      ]),
    ],
  );
}

/**
 * The link-preview image of every page: the page's own (`header.og_image`), else a card drawn at
 * `/og/…png` when `preview_images` is on, else the site's `og_image`. One plan serves both the
 * route that draws the cards and the head of each page, so that no page names an image that is
 * not there.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import cv from "virtual:academic/cv";
import settings, { root } from "virtual:academic/settings";
import { avatarFileName, IMAGES_DIR } from "#schemas/avatar.ts";
import { textCacheKey } from "#routing/page-cache.ts";
import { previewImagePath } from "#routing/generated.ts";
import { absoluteUrl } from "#view/page-meta.ts";
import {
  PREVIEW_SIZE,
  cardAlt,
  entryCard,
  imageUrl,
  pageCard,
  type PreviewCard,
  type PreviewImage,
} from "#view/preview-card.ts";
import {
  cardFontFiles,
  cardFonts,
  emojiFileName,
  portraitData,
  type CardArt,
} from "#view/preview-render.ts";
import { sitePages } from "./site-pages.ts";
import { talkMapAddress } from "./talks.ts";

/** A card to draw: for the page at `page`, into `path`, from the file `source` when it has one. */
export interface PlannedCard {
  page: string;
  path: string;
  card: PreviewCard;
  source?: string;
}

/** What a page's head says of its image. */
type PlannedImage = { drawn: PlannedCard } | { own: PreviewImage };

/** The plan, by page address; made once a build, and anew for each page in `astro dev`. */
let planned: Promise<Map<string, PlannedImage>> | undefined;

async function makePlan(): Promise<Map<string, PlannedImage>> {
  const plan = new Map<string, PlannedImage>();
  const draw = (page: string, card: PreviewCard, source?: string) => {
    if (settings.preview_images) {
      plan.set(page, {
        drawn: {
          page,
          path: previewImagePath(page),
          card,
          ...(source !== undefined && { source }),
        },
      });
    }
  };
  for (const page of await sitePages()) {
    if (page.kind !== "entry") {
      draw(page.path, pageCard(page.title, settings));
      continue;
    }
    const { entry } = page;
    const own = imageUrl(entry.data.header?.og_image, settings);
    const card = entryCard(entry, settings);
    if (own !== undefined) {
      plan.set(page.path, { own: { url: own, alt: card.title } });
    } else {
      draw(page.path, card, entry.filePath);
    }
  }
  if (cv !== null) draw(cv.permalink, pageCard(cv.title, settings), "src/data/cv.yaml");
  const talkMap = await talkMapAddress();
  if (talkMap !== undefined) draw(talkMap, pageCard("Talk map", settings));
  return plan;
}

function previewPlan(): Promise<Map<string, PlannedImage>> {
  if (import.meta.env.DEV) return makePlan();
  planned ??= makePlan();
  return planned;
}

/** The cards to draw, one per page that has no image of its own. */
export async function plannedCards(): Promise<PlannedCard[]> {
  return [...(await previewPlan()).values()].flatMap((image) =>
    "drawn" in image ? [image.drawn] : [],
  );
}

/**
 * The image of the page at `pagePath` for its head: its own, its drawn card, or the site's
 * `og_image`; none when the site has none of these.
 */
export async function pageImage(pagePath: string | undefined): Promise<PreviewImage | undefined> {
  const image = pagePath === undefined ? undefined : (await previewPlan()).get(pagePath);
  if (image !== undefined && "own" in image) return image.own;
  if (image !== undefined) {
    return {
      url: absoluteUrl(image.drawn.path, settings),
      ...PREVIEW_SIZE,
      alt: cardAlt(image.drawn.card),
    };
  }
  const site = imageUrl(settings.og_image, settings);
  return site === undefined ? undefined : { url: site, alt: settings.title };
}

/** What every card is drawn with (the fonts, the portrait, emoji pictures), and a key for them. */
export interface CardAssets extends CardArt {
  key: string;
}

/** Twemoji's pictures of emoji, as `data:` addresses, read when a card first has each. */
function emojiPictures(): (emoji: string) => string | undefined {
  const require = createRequire(path.join(root, "package.json"));
  const folder = path.dirname(require.resolve("@twemoji/svg/package.json"));
  const read = new Map<string, string | undefined>();
  return (emoji) => {
    const name = emojiFileName(emoji);
    if (!read.has(name)) {
      const file = path.join(folder, name);
      read.set(
        name,
        existsSync(file)
          ? `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`
          : undefined,
      );
    }
    return read.get(name);
  };
}

let assets: Promise<CardAssets> | undefined;

async function readAssets(): Promise<CardAssets> {
  const files = cardFontFiles(root);
  const fonts = cardFonts(files, await Promise.all(files.map(({ file }) => readFile(file))));
  const { avatar } = settings.author;
  const image =
    avatar === undefined
      ? undefined
      : await readFile(path.join(root, IMAGES_DIR, avatarFileName(avatar)));
  const portrait = image === undefined ? undefined : await portraitData(image);
  const digest = image === undefined ? "" : createHash("sha256").update(image).digest("base64url");
  return {
    fonts,
    ...(portrait !== undefined && { portrait }),
    emoji: emojiPictures(),
    key: `${fonts.key};${digest}`,
  };
}

/** The fonts and portrait of the cards, read once a build. */
export function cardAssets(): Promise<CardAssets> {
  assets ??= readAssets();
  return assets;
}

/** The key of a card for the incremental build: its text, the fonts and the portrait. */
export function cardCacheKey(card: PreviewCard, assetsKey: string): string {
  return textCacheKey(JSON.stringify([card, assetsKey]));
}

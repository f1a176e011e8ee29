import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { cardAssets, cardCacheKey, plannedCards } from "#astro/preview-images.ts";
import { routeParam } from "#core/site-paths.ts";
import { previewImageName } from "#routing/generated.ts";
import { drawCard, missingTextWarning } from "#view/preview-render.ts";

/**
 * The link-preview image of each page that has none of its own (`/og/publication/paper.png`), drawn
 * with its title; none when `preview_images` is off. An unchanged card is copied from the last build.
 */
export const getStaticPaths = (async () => {
  const { key } = await cardAssets();
  return (await plannedCards()).map((planned) => ({
    params: { image: routeParam(previewImageName(planned.page)) },
    props: { planned },
    cacheKey: cardCacheKey(planned.card, key),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { planned } }) => {
  const { png, missing } = await drawCard(planned.card, await cardAssets());
  if (missing.length > 0) {
    console.warn(missingTextWarning(planned.source ?? planned.page, planned.path, missing));
  }
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};

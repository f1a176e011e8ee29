import { SITEMAP_PATH } from "#routing/collections.ts";
import type { APIRoute } from "astro";
import settings from "virtual:academic/settings";
import { absoluteUrl } from "#view/page-meta.ts";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, settings)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

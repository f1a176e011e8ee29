/**
 * The site's kinds of content: each is a folder of Markdown files (`src/content/<name>/`) whose
 * front matter is checked against its schema (`src/schemas/`). Where the folders are, and which
 * list page each kind has, is in `src/routing/collections.ts`.
 */
import { defineCollection } from "astro:content";
import settings from "virtual:academic/settings";
import { entryLoader } from "#astro/loaders.ts";
import { COLLECTIONS } from "#routing/collections.ts";

const {
  pages,
  publications,
  talks,
  teaching,
  portfolio,
  posts,
  news,
  collections: own,
} = COLLECTIONS;

export const collections = {
  pages: defineCollection({ loader: entryLoader("pages"), schema: pages.schema }),
  publications: defineCollection({
    // The .bib files of the folder, and those the settings name (`publications.bib_files`).
    loader: entryLoader("publications", { bibFiles: settings.publications.bib_files }),
    schema: publications.schema,
  }),
  talks: defineCollection({ loader: entryLoader("talks"), schema: talks.schema }),
  teaching: defineCollection({ loader: entryLoader("teaching"), schema: teaching.schema }),
  portfolio: defineCollection({ loader: entryLoader("portfolio"), schema: portfolio.schema }),
  posts: defineCollection({ loader: entryLoader("posts"), schema: posts.schema }),
  news: defineCollection({ loader: entryLoader("news"), schema: news.schema }),
  collections: defineCollection({ loader: entryLoader("collections"), schema: own.schema }),
};

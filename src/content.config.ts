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

// Documents without an `excerpt` have the one Jekyll gave them; pages and news items had none.
const excerpts = {
  separator: settings.excerpt_separator,
  site: { base: settings.baseurl, url: settings.url },
};

export const collections = {
  pages: defineCollection({ loader: entryLoader("pages"), schema: pages.schema }),
  publications: defineCollection({
    // The .bib files of the folder, and those the settings name (`publications.bib_files`).
    loader: entryLoader("publications", {
      bibFiles: settings.publications.bib_files,
      excerpts,
    }),
    schema: publications.schema,
  }),
  talks: defineCollection({ loader: entryLoader("talks", { excerpts }), schema: talks.schema }),
  teaching: defineCollection({
    loader: entryLoader("teaching", { excerpts }),
    schema: teaching.schema,
  }),
  portfolio: defineCollection({
    loader: entryLoader("portfolio", { excerpts }),
    schema: portfolio.schema,
  }),
  posts: defineCollection({ loader: entryLoader("posts", { excerpts }), schema: posts.schema }),
  news: defineCollection({ loader: entryLoader("news"), schema: news.schema }),
  collections: defineCollection({
    loader: entryLoader("collections", { excerpts }),
    schema: own.schema,
  }),
};

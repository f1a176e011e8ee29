import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { PAGE_FILES, PAGES_DIR } from "./lib/content-check.ts";
import { pageSchema } from "./schemas/pages.ts";

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: PAGE_FILES, base: `./${PAGES_DIR}` }),
    schema: pageSchema,
  }),
};

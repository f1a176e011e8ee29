import { defineCollection } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { COLLECTIONS, ENTRY_FILES, type CollectionName } from "./lib/collections.ts";

/**
 * The glob loader, without its warning about an empty folder: a site without talks or posts is
 * normal, and the folder is still watched, so a first entry shows up in `npm run dev`.
 */
function quietWhenEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const logger = new Proxy(context.logger, {
        get(target, key) {
          if (key === "warn") {
            return (message: string) => {
              if (!message.startsWith("No files found matching")) target.warn(message);
            };
          }
          const value: unknown = Reflect.get(target, key);
          return typeof value === "function" ? (value.bind(target) as unknown) : value;
        },
      });
      return loader.load({ ...context, logger });
    },
  };
}

/**
 * The entries of a collection: its folder's Markdown and MDX files. Pages show the rendered HTML,
 * never the Markdown source, so the store does not keep a copy of it (a third of its size).
 */
const files = (name: CollectionName) =>
  quietWhenEmpty(
    glob({ pattern: ENTRY_FILES, base: `./${COLLECTIONS[name].dir}`, retainBody: false }),
  );

export const collections = {
  pages: defineCollection({ loader: files("pages"), schema: COLLECTIONS.pages.schema }),
  publications: defineCollection({
    loader: files("publications"),
    schema: COLLECTIONS.publications.schema,
  }),
  talks: defineCollection({ loader: files("talks"), schema: COLLECTIONS.talks.schema }),
  teaching: defineCollection({ loader: files("teaching"), schema: COLLECTIONS.teaching.schema }),
  portfolio: defineCollection({ loader: files("portfolio"), schema: COLLECTIONS.portfolio.schema }),
  posts: defineCollection({ loader: files("posts"), schema: COLLECTIONS.posts.schema }),
};

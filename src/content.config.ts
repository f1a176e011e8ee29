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

const collection = (name: CollectionName) =>
  defineCollection({
    loader: quietWhenEmpty(glob({ pattern: ENTRY_FILES, base: `./${COLLECTIONS[name].dir}` })),
    schema: COLLECTIONS[name].schema,
  });

export const collections = {
  pages: collection("pages"),
  publications: collection("publications"),
  talks: collection("talks"),
  teaching: collection("teaching"),
  portfolio: collection("portfolio"),
  posts: collection("posts"),
};

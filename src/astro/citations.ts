/** The routes of the citation downloads: each publication's `.bib`, `.ris` and `.json`, beside its page. */
import type { APIRoute, GetStaticPaths } from "astro";
import { CITATION_FORMATS, citationFile, citationKey, type CitationFormat } from "#bibtex/cite.ts";
import { citationPath } from "#routing/generated.ts";
import { textCacheKey } from "#routing/page-cache.ts";
import { siteEntries } from "./site-entries.ts";

/** `getStaticPaths` and `GET` of the route `src/pages/[...paper].<format>.ts`. */
export function citationRoute(format: CitationFormat): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  const ending = `.${format}`;
  return {
    getStaticPaths: async () =>
      (await siteEntries("publications")).map((entry) => {
        const key = citationKey(entry.data, entry.filePath);
        const path = citationPath(entry.url, key, format);
        const text = citationFile(format, entry.data, key);
        return {
          params: { paper: path.slice(1, -ending.length) },
          props: { text },
          // The file is its own key: an unchanged one is copied from the last build.
          cacheKey: textCacheKey(text),
        };
      }),
    GET: ({ props }) =>
      new Response(String(props["text"]), {
        headers: { "Content-Type": CITATION_FORMATS[format].type },
      }),
  };
}

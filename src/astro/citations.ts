/** The routes of the citation downloads: each publication's `.bib`, `.ris` and `.json`, beside its page. */
import type { APIRoute, GetStaticPaths } from "astro";
import { CITATION_FORMATS, citationFile, citationKey, type CitationFormat } from "#bibtex/cite.ts";
import { citationPath } from "#view/publication.ts";
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
        return {
          params: { paper: path.slice(1, -ending.length) },
          props: { text: citationFile(format, entry.data, key) },
        };
      }),
    GET: ({ props }) =>
      new Response(String(props["text"]), {
        headers: { "Content-Type": CITATION_FORMATS[format].type },
      }),
  };
}

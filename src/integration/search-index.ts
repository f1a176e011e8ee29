/**
 * The search index, written beside the built site by Pagefind (`/pagefind/`): the text of every
 * page marked `data-pagefind-body` (entries and pages, not the generated lists), with the filters and
 * the details each page gives. The search page loads it; no other page loads anything.
 */
import path from "node:path";
import { close, createIndex } from "pagefind";
import { SEARCH_INDEX_PATH } from "#routing/generated.ts";

/** Indexes the site in `out` (a folder) and writes the index into it; returns how many pages it has. */
export async function writeSearchIndex(out: string, locale: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: locale.split("-")[0] ?? "en" });
  try {
    if (index === undefined)
      throw new Error(`The search index could not be made: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({
      outputPath: path.join(out, SEARCH_INDEX_PATH.slice(1, -1)),
    });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    return added.page_count;
  } finally {
    await close();
  }
}

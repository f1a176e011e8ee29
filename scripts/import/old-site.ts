/**
 * The old site's pages for the content check, from one of two places: a folder holding the site
 * as Jekyll built it (`_site/`), or the address of the live site. Pages of a live site are
 * fetched a few at a time and kept in `node_modules/.cache/import-check/`, so that a second run
 * needs no network.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inBatches } from "#core/batches.ts";
import { readSiteText } from "./site-files.ts";

/** How many pages of a live site are asked for at once. */
const AT_ONCE = 4;

/** The page written at `output` (`blog/x/index.html`) on the old site, or `undefined`. */
export type OldPage = (output: string) => Promise<string | undefined>;

/** Whether `against` is a live site's address rather than a folder. */
export const isAddress = (against: string) => /^https?:\/\//i.test(against);

/** The pages of a Jekyll build folder. Files are read as the import reads a site: no links out. */
export function folderPages(folder: string): OldPage {
  return (output) => readSiteText(folder, output);
}

/** A progress bar on standard error, drawn only where a person watches it. */
function progress(total: number): () => void {
  let done = 0;
  return () => {
    done++;
    if (!process.stderr.isTTY) return;
    const filled = Math.round((done / total) * 30);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${done}/${total} pages fetched`,
    );
    if (done === total) process.stderr.write("\n");
  };
}

/**
 * The pages of a live site at `site` (`https://someone.github.io`), for the outputs given: each is
 * read from the cache in `cache`, or fetched and kept there. A page the site does not serve (any
 * status but 200) is `undefined`, and so is one that could not be fetched.
 */
export async function livePages(
  site: string,
  outputs: readonly string[],
  cache: string,
): Promise<{ page: OldPage; failed: string[] }> {
  const origin = new URL(site);
  const folder = path.join(cache, origin.host.replace(/[^\w.-]/g, "_"));
  await mkdir(folder, { recursive: true });
  const pages = new Map<string, string | undefined>();
  const failed: string[] = [];
  const tick = progress(outputs.length);
  await inBatches(outputs, AT_ONCE, async (output) => {
    const at = output === "index.html" ? "" : output.replace(/(^|\/)index\.html$/, "$1");
    const file = path.join(folder, `${createHash("sha1").update(output).digest("hex")}.html`);
    const cached = await readFile(file, "utf8").catch(() => undefined);
    if (cached !== undefined) {
      pages.set(output, cached === "" ? undefined : cached);
      tick();
      return;
    }
    try {
      const response = await fetch(new URL(at, origin.href.replace(/\/?$/, "/")), {
        headers: { "user-agent": "academic-homepage import check" },
        signal: AbortSignal.timeout(20_000),
      });
      const text = response.status === 200 ? await response.text() : "";
      // A page the site does not serve is kept as empty, so it is not asked for again.
      await writeFile(file, text);
      pages.set(output, text === "" ? undefined : text);
    } catch {
      failed.push(output);
    }
    tick();
  });
  return { page: (output) => Promise.resolve(pages.get(output)), failed };
}

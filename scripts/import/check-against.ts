/**
 * `--check --against <old>`: every page that the old site and the built site (dist/) both have,
 * compared by what it says (content-compare.ts), with a line for each page that falls short and
 * the sums for the site.
 */
import path from "node:path";
import { readFile, stat } from "node:fs/promises";
import { PROJECT } from "../lib/copy-site.ts";
import { comparePage, summarise, type PageComparison } from "./content-compare.ts";
import { folderPages, isAddress, livePages, type OldPage } from "./old-site.ts";
import { linkKey, pageFacts } from "./page-facts.ts";
import { servedAt, type JekyllSite } from "./jekyll-site.ts";
import { readSiteText } from "./site-files.ts";

/** Whether the old site's MathJax read `$…$` as math, as academicpages' configuration has it. */
export async function dollarMath(site: JekyllSite): Promise<boolean> {
  for (const file of site.files.filter((f) => /^_(includes|layouts)\/.*\.html$/.test(f))) {
    const text = await readSiteText(site.root, file);
    if (text !== undefined && /inlineMath\s*:\s*\[\s*\[\s*['"]\$['"]/.test(text)) return true;
  }
  return false;
}

const isFolder = (folder: string) =>
  stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

/** Where the new site's main content is: the page's `<main>` without the profile, or a file's own body. */
const NEW_MAIN = ["main", "body"];

/** Runs the content check and prints its report; whether the site passes. */
export async function checkAgainst(
  against: string,
  site: JekyllSite,
  outputs: readonly string[],
  dist: string,
): Promise<boolean> {
  const pages = outputs.filter((output) => output.endsWith(".html"));
  let oldPage: OldPage;
  if (isAddress(against)) {
    const cache = path.join(PROJECT, "node_modules", ".cache", "import-check");
    const live = await livePages(against, pages, cache);
    if (live.failed.length > 0)
      console.log(`${live.failed.length} pages of ${against} could not be fetched; run again.`);
    oldPage = live.page;
  } else {
    const folder = path.resolve(against);
    if (!(await isFolder(folder))) {
      console.log(
        `\n${folder} is not a folder: give the folder Jekyll built the site into (_site).`,
      );
      return false;
    }
    oldPage = folderPages(folder);
  }
  const dollars = await dollarMath(site);
  // Links to the site itself, written with its address, are not links to other sites.
  const url = typeof site.config["url"] === "string" ? site.config["url"] : "";
  const hosts = [url, isAddress(against) ? against : ""]
    .filter((address) => isAddress(address))
    .map((address) => linkKey(new URL(address).origin));
  const compared: PageComparison[] = [];
  for (const output of pages) {
    const old = await oldPage(output);
    if (old === undefined) continue;
    const oldFacts = pageFacts(old, { dollars, hosts });
    if (oldFacts.redirect !== undefined) continue;
    const now = pageFacts(await readFile(path.join(dist, output), "utf8"), {
      main: NEW_MAIN,
      hosts,
    });
    if (now.redirect !== undefined) continue;
    compared.push(comparePage(servedAt(output), oldFacts, now));
  }
  if (compared.length === 0 && pages.length > 0) {
    console.log(
      `\nNone of the ${pages.length} pages is in ${against}: is it the old site's build?`,
    );
    return false;
  }
  console.log(`\nWhat the pages say, against ${against}:`);
  for (const page of compared.filter((p) => p.short.length + p.differs.length > 0))
    console.log(`  ${page.address}: ${[...page.short, ...page.differs].join("; ")}.`);
  const summary = summarise(compared);
  for (const line of summary.lines) console.log(line);
  return summary.passed;
}

/**
 * Every address a Jekyll (academicpages) site served: its pages and collection entries, their
 * `redirect_from` addresses, the feed, the sitemap, and the files in `files/` and `images/`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import { glob } from "tinyglobby";
import { splitFrontMatter } from "../../src/lib/front-matter.ts";
import { withLeadingSlash } from "../../src/lib/site-paths.ts";
import {
  asList,
  isRecord,
  dateOf,
  JEKYLL_FOLDERS,
  jekyllPermalink,
  permalinkTemplate,
  type JekyllFolder,
} from "./convert.ts";

export async function jekyllUrls(root: string): Promise<string[]> {
  const config = (yaml.load(await readFile(path.join(root, "_config.yml"), "utf8")) ??
    {}) as Record<string, unknown>;
  const urls = new Set<string>(["/feed.xml", "/sitemap.xml"]);
  for (const folder of Object.keys(JEKYLL_FOLDERS) as JekyllFolder[]) {
    if (folder === "_drafts") continue;
    const pattern = permalinkTemplate(config, folder);
    for (const relative of await glob("**/*.{md,markdown,html}", {
      cwd: path.join(root, folder),
    })) {
      const parts = splitFrontMatter(await readFile(path.join(root, folder, relative), "utf8"));
      if (parts === undefined) continue;
      const data = yaml.load(parts.yaml) ?? {};
      if (!isRecord(data) || data["published"] === false) continue;
      const permalink =
        typeof data["permalink"] === "string" ? withLeadingSlash(data["permalink"]) : undefined;
      const url =
        permalink ??
        (pattern === undefined || folder === "_pages"
          ? undefined
          : jekyllPermalink(pattern, {
              collection: folder.slice(1),
              path: relative.replace(/\.[^.]+$/, ""),
              categories: asList(data["categories"] ?? data["category"]),
              date: dateOf(data, path.basename(relative)),
            }));
      if (url !== undefined) urls.add(url);
      for (const from of asList(data["redirect_from"])) urls.add(withLeadingSlash(from));
    }
  }
  for (const folder of ["files", "images"]) {
    for (const file of await glob("**/*", { cwd: path.join(root, folder), dot: true }))
      urls.add(`/${folder}/${file}`);
  }
  return [...urls].sort();
}

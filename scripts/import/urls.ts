/**
 * Every address a Jekyll (academicpages) site served: its pages and collection entries, their
 * `redirect_from` addresses, the feed, the sitemap, and the files in `files/` and `images/`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import { glob } from "tinyglobby";
import {
  asList,
  dateOf,
  JEKYLL_FOLDERS,
  jekyllPermalink,
  permalinkTemplate,
  splitFile,
  type JekyllFolder,
} from "./convert.ts";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const withSlash = (url: string) => (url.startsWith("/") ? url : `/${url}`);

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
      const parts = splitFile(await readFile(path.join(root, folder, relative), "utf8"));
      if (parts === undefined) continue;
      const data = yaml.load(parts.frontMatter) ?? {};
      if (!isRecord(data) || data["published"] === false) continue;
      const permalink =
        typeof data["permalink"] === "string" ? withSlash(data["permalink"]) : undefined;
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
      for (const from of asList(data["redirect_from"])) urls.add(withSlash(from));
    }
  }
  for (const folder of ["files", "images"]) {
    for (const file of await glob("**/*", { cwd: path.join(root, folder), dot: true }))
      urls.add(`/${folder}/${file}`);
  }
  return [...urls].sort();
}

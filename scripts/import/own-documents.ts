/**
 * Pages that Jekyll wrote with no layout around them: `layout: null` (or `none`), or a layout that
 * is only `{{ content }}`. When such a page is a whole HTML document written by hand, the import
 * writes it as the file it was, not as a page in this site's layout.
 */
import { configDefault } from "./convert.ts";
import type { JekyllEntry, JekyllSite } from "./jekyll-site.ts";
import { readSiteText } from "./site-files.ts";

/** A layout's text that only puts the page's content in: `{{ content }}`. */
const CONTENT_ONLY = /^\s*(?:---[\s\S]*?---\s*)?\{\{-?\s*content\s*-?\}\}\s*$/;

/** Whether Jekyll put the entry in no layout (or one that adds nothing). */
export async function hasNoLayout(entry: JekyllEntry, site: JekyllSite): Promise<boolean> {
  const layout =
    "layout" in entry.data
      ? entry.data["layout"]
      : configDefault(site.config, entry.collection ?? "pages", "layout");
  if (layout === null || layout === undefined || layout === "" || layout === "none") return true;
  if (typeof layout !== "string") return false;
  const text = await readSiteText(site.root, `_layouts/${layout}.html`);
  return text !== undefined && CONTENT_ONLY.test(text);
}

/** Whether an entry is an HTML document of its own, which Jekyll wrote as it was (with its Liquid run). */
export async function isOwnDocument(entry: JekyllEntry, site: JekyllSite): Promise<boolean> {
  return (
    /\.html?$/i.test(entry.file) &&
    /^\s*(?:<!doctype html|<html[\s>])/i.test(entry.body) &&
    (await hasNoLayout(entry, site))
  );
}

/**
 * What an academicpages (Jekyll) site becomes here: its `_config.yml` and navigation become the site
 * settings, its entries keep their front matter (changed only where a change is needed), and the
 * Jekyll constructs that have a meaning here are converted. Everything else is reported.
 */
import path from "node:path";
import yaml from "js-yaml";
import { defaultPermalink, fileNameDate } from "../../src/lib/permalinks.ts";
import { splitFrontMatter } from "../../src/lib/front-matter.ts";
import { outputFileFor } from "../../src/lib/site-paths.ts";
import { hideUnsupportedTags, unsupportedTags } from "../../src/lib/liquid.ts";

/** Something the import did, or left for a person, in one file. */
export interface Note {
  file: string;
  /** The line in the file, when the note is about one line. */
  line?: number;
  /** `converted`: changed to its meaning here; `person`: needs a person; `info`: for the record. */
  kind: "converted" | "person" | "info";
  message: string;
}

/** The kinds of content, by their Jekyll folder. */
export const JEKYLL_FOLDERS = {
  _pages: "pages",
  _posts: "posts",
  _drafts: "posts",
  _publications: "publications",
  _talks: "talks",
  _teaching: "teaching",
  _portfolio: "portfolio",
} as const;

export type JekyllFolder = keyof typeof JEKYLL_FOLDERS;
export type Collection = (typeof JEKYLL_FOLDERS)[JekyllFolder];

const KEEP_FROM_CONFIG = [
  "locale",
  "title",
  "title_separator",
  "description",
  "url",
  "baseurl",
  "repository",
  "twitter",
  "publication_category",
  "google_site_verification",
] as const;

/** One text or a list of texts, as a list. */
export const asList = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === "string")
      : [];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The `defaults:` value of `key` for a kind of content, if `_config.yml` sets one. */
export function configDefault(config: Record<string, unknown>, type: string, key: string): unknown {
  const defaults = Array.isArray(config["defaults"]) ? (config["defaults"] as unknown[]) : [];
  let found: unknown;
  for (const rule of defaults) {
    if (!isRecord(rule) || !isRecord(rule["values"])) continue;
    const scope = isRecord(rule["scope"]) ? rule["scope"] : {};
    const scopeType = scope["type"];
    if (scopeType !== undefined && scopeType !== type) continue;
    if (key in rule["values"]) found = rule["values"][key];
  }
  return found;
}

/** The site settings from `_config.yml` and `_data/navigation.yml`, with notes on what was left out. */
export function convertConfig(
  config: Record<string, unknown>,
  navigation: unknown,
  hasAvatar: boolean,
): { settings: Record<string, unknown>; notes: Note[] } {
  const notes: Note[] = [];
  const settings: Record<string, unknown> = {};
  for (const key of KEEP_FROM_CONFIG) {
    if (config[key] !== undefined && config[key] !== null && config[key] !== "")
      settings[key] = config[key];
  }
  if (isRecord(config["author"])) {
    const author = { ...config["author"] };
    if (typeof author["avatar"] === "string" && author["avatar"] !== "" && !hasAvatar) {
      notes.push({
        file: "_config.yml",
        kind: "person",
        message: `author.avatar names "${author["avatar"]}", but there is no such file in images/: the profile shows initials until a portrait is in src/images/.`,
      });
      delete author["avatar"];
    }
    settings["author"] = author;
  }
  if (isRecord(config["analytics"])) {
    const provider = config["analytics"]["provider"];
    const google = isRecord(config["analytics"]["google"]) ? config["analytics"]["google"] : {};
    const id = google["tracking_id"];
    if (provider === "google-analytics-4" && typeof id === "string" && id !== "") {
      settings["analytics"] = { provider, google: { tracking_id: id } };
    } else if (provider !== undefined && provider !== false && provider !== "false") {
      notes.push({
        file: "_config.yml",
        kind: "person",
        message: `analytics.provider ${JSON.stringify(provider)} is not carried over: only "google-analytics-4" with a measurement ID (G-…) works here.`,
      });
    }
  }
  const main = isRecord(navigation) ? navigation["main"] : undefined;
  settings["navigation"] = Array.isArray(main)
    ? main.filter(isRecord).map((link) => ({ title: link["title"], url: link["url"] }))
    : [];
  return { settings, notes };
}

const ARCHIVE_LOOP =
  /\{%-?\s*for\s+\w+\s+in\s+site\.(publications|talks|teaching|portfolio|posts|tags|categories|pages)\b/;

/** Which list an archive page (a Liquid loop over a collection) stands for, if it is one. */
export function archiveListing(body: string, permalink: string | undefined): string | undefined {
  if (/group-by-array[^%]*field="(tags|categories)"/.test(body)) return "tags";
  const loops = [...body.matchAll(new RegExp(ARCHIVE_LOOP, "g"))].map((m) => m[1] ?? "");
  if (loops.length === 0) return undefined;
  if (loops.includes("pages") || (permalink?.includes("sitemap") ?? false)) return "sitemap";
  if (loops.includes("tags") || loops.includes("categories")) return "tags";
  return loops[0];
}

/** A `site.…` value from `_config.yml`, such as `site.author.googlescholar`, as text. */
function siteValue(config: Record<string, unknown>, name: string): string | undefined {
  let value: unknown = config;
  for (const key of name.replace(/^site\./, "").split("."))
    value = isRecord(value) ? value[key] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/**
 * The text of an archive page without its Liquid: loops go (the list replaces them), conditions
 * keep their text, and `{{ site.… }}` values from `_config.yml` are filled in.
 */
export function withoutLiquid(body: string, config: Record<string, unknown> = {}): string {
  return body
    .replace(/\{%-?\s*for\b[\s\S]*?\{%-?\s*endfor\s*-?%\}/g, "")
    .replace(
      /\{\{-?\s*(site\.[\w.]+)\s*-?\}\}/g,
      (tag, name: string) => siteValue(config, name) ?? tag,
    )
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Kramdown attribute lists. `{: .notice}` (and `.notice--info` and the like) under a paragraph makes
 * it a quote, academicpages' notice box; any other list (`{:target="_blank"}`) is dropped.
 */
export function convertKramdown(
  body: string,
  file: string,
  firstLine: number,
): { body: string; notes: Note[] } {
  const notes: Note[] = [];
  const lines = body.split("\n");
  const out: string[] = [];
  lines.forEach((line, index) => {
    const lineNumber = firstLine + index;
    const alone = /^\s*\{:\s*([^}]*)\}\s*$/.exec(line);
    if (alone !== null) {
      const attributes = alone[1] ?? "";
      if (attributes.includes(".notice")) {
        for (let i = out.length - 1; i >= 0 && (out[i] ?? "").trim() !== ""; i--)
          out[i] = `> ${out[i] ?? ""}`;
        notes.push({
          file,
          line: lineNumber,
          kind: "converted",
          message: `"{: ${attributes.trim()}}" made the paragraph above it a notice (a quote).`,
        });
      } else {
        notes.push({
          file,
          line: lineNumber,
          kind: "converted",
          message: `"{: ${attributes.trim()}}" was dropped: attribute lists have no meaning here.`,
        });
      }
      return;
    }
    const inline = line.replace(/\{:\s*([^}]*)\}/g, (list, attributes: string) => {
      notes.push({
        file,
        line: lineNumber,
        kind: "converted",
        message: `"${list}" was dropped${/target=["']?_blank/.test(attributes) ? " (links open in the same tab)" : ""}.`,
      });
      return "";
    });
    out.push(inline);
  });
  return { body: out.join("\n"), notes };
}

/** An HTML body as Markdown that renders it as it is: no indented lines (which would become code). */
export function htmlAsMarkdown(body: string): string {
  return body
    .split("\n")
    .map((line) => line.replace(/^\s+/, ""))
    .join("\n");
}

export interface ConvertedEntry {
  collection: Collection;
  /** The file name in the collection's folder (`.html` becomes `.md`). */
  name: string;
  text: string;
  notes: Note[];
}

/**
 * One Jekyll entry as this site's Markdown. `jekyllFile` names it in notes (such as `_talks/a.md`);
 * `defaults` are `_config.yml`'s `defaults:` for its kind that matter here.
 */
export function convertEntry(
  folder: JekyllFolder,
  relative: string,
  source: string,
  defaults: {
    author_profile?: unknown;
    permalinkTemplate?: string | undefined;
    config?: Record<string, unknown>;
  } = {},
): ConvertedEntry | { skipped: string } {
  const file = `${folder}/${relative}`;
  const parts = splitFrontMatter(source);
  if (parts === undefined) return { skipped: "it has no front matter, so Jekyll did not build it" };
  const data = yaml.load(parts.yaml) ?? {};
  if (!isRecord(data)) return { skipped: "its front matter is not a group of fields" };
  const collection = JEKYLL_FOLDERS[folder];
  const notes: Note[] = [];
  const isHtml = /\.html$/i.test(relative);
  let name = relative.replace(/\.(markdown|mkdown|mkdn|mkd|md|html)$/i, ".md");
  if (folder === "_drafts") name = `_drafts/${name}`;
  let frontMatter = parts.yaml;
  let body = parts.body;
  const additions: string[] = [];

  if (defaults.author_profile === false && data["author_profile"] === undefined) {
    additions.push("author_profile: false");
    notes.push({
      file,
      kind: "converted",
      message: "author_profile: false added, from the defaults in _config.yml.",
    });
  }
  if (collection === "pages" && data["permalink"] === undefined) {
    const permalink = `/${relative.replace(/\.[^.]+$/, "").replace(/(^|\/)index$/, "")}/`.replace(
      /\/+/g,
      "/",
    );
    additions.push(`permalink: ${permalink}`);
    notes.push({
      file,
      kind: "converted",
      message: `permalink: ${permalink} added: pages here need one.`,
    });
  }

  // An entry without a permalink keeps the address Jekyll gave it, where this site's default differs.
  if (
    collection !== "pages" &&
    folder !== "_drafts" &&
    data["permalink"] === undefined &&
    defaults.permalinkTemplate !== undefined
  ) {
    const categories = asList(data["categories"] ?? data["category"]);
    const theirs = jekyllPermalink(defaults.permalinkTemplate, {
      collection: folder.slice(1),
      path: relative.replace(/\.[^.]+$/, ""),
      categories,
      date: dateOf(data, path.posix.basename(relative)),
    });
    const ours = defaultPermalink(
      collection,
      name.replace(/^_drafts\//, ""),
      collection === "posts" ? asList(data["categories"]) : [],
    );
    if (outputFileFor(theirs) !== outputFileFor(ours)) {
      additions.push(`permalink: ${theirs}`);
      notes.push({
        file,
        kind: "converted",
        message: `permalink: ${theirs} added: the address Jekyll gave it.`,
      });
    }
  }

  const listing =
    collection === "pages"
      ? archiveListing(body, typeof data["permalink"] === "string" ? data["permalink"] : undefined)
      : undefined;
  if (listing !== undefined) {
    additions.push(`listing: ${listing}`);
    body = withoutLiquid(body, defaults.config);
    notes.push({
      file,
      kind: "converted",
      message: `its Liquid loop became this site's ${listing} list (listing: ${listing}); permalink and redirect_from are kept.`,
    });
  }
  if (isHtml) {
    body = htmlAsMarkdown(body);
  }
  if (isHtml && listing === undefined) {
    notes.push({
      file,
      kind: "converted",
      message: `the HTML page became ${name}, which shows the same HTML.`,
    });
  }
  const kramdown = convertKramdown(body, file, parts.bodyLine);
  body = kramdown.body;
  notes.push(...kramdown.notes);
  // Liquid left in the original (archive loops are converted above) needs a person, by its line;
  // until then it waits in an HTML comment, which visitors never get.
  if (listing === undefined) {
    for (const { line, tag, advice } of unsupportedTags(source)) {
      notes.push({
        file,
        line,
        kind: "person",
        message: `the Jekyll template tag "${tag}" does not work here, and waits in an HTML comment. ${advice}.`,
      });
    }
    body = hideUnsupportedTags(body);
  }
  if (additions.length > 0)
    frontMatter = `${frontMatter.replace(/\s+$/, "")}\n${additions.join("\n")}`;
  return { collection, name, text: `---\n${frontMatter.replace(/\s+$/, "")}\n---\n${body}`, notes };
}

const STYLES: Record<string, string> = {
  pretty: "/:categories/:year/:month/:day/:title/",
  date: "/:categories/:year/:month/:day/:title:output_ext",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** The values a Jekyll permalink template is filled with, for one entry. */
export interface PermalinkParts {
  collection: string;
  /** The path inside the collection's folder, without the extension. */
  path: string;
  categories: readonly string[];
  date: Date | undefined;
}

/** The address Jekyll gives an entry from a permalink template such as `/:collection/:path/`. */
export function jekyllPermalink(template: string, parts: PermalinkParts): string {
  const pattern = STYLES[template] ?? template;
  const name = parts.path.slice(parts.path.lastIndexOf("/") + 1);
  const title = name.replace(/^\d{4}-\d{2}-\d{2}-/, "");
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = parts.date;
  const values: Record<string, string> = {
    collection: parts.collection,
    path: parts.path,
    name,
    title,
    slug: title,
    categories: parts.categories.map((c) => c.toLowerCase().replace(/\s+/g, "-")).join("/"),
    year: date === undefined ? "" : String(date.getUTCFullYear()),
    month: date === undefined ? "" : pad(date.getUTCMonth() + 1),
    i_month: date === undefined ? "" : String(date.getUTCMonth() + 1),
    day: date === undefined ? "" : pad(date.getUTCDate()),
    i_day: date === undefined ? "" : String(date.getUTCDate()),
    output_ext: ".html",
  };
  const filled = pattern.replace(
    /:(output_ext|collection|categories|i_month|i_day|path|name|title|slug|year|month|day)/g,
    (_, key: string) => values[key] ?? "",
  );
  return `/${filled}`.replace(/\/{2,}/g, "/");
}

/** The permalink template of a collection, from `_config.yml`. */
export function permalinkTemplate(
  config: Record<string, unknown>,
  folder: JekyllFolder,
): string | undefined {
  if (folder === "_posts")
    return typeof config["permalink"] === "string" ? config["permalink"] : "date";
  const collections = isRecord(config["collections"]) ? config["collections"] : {};
  const settings = collections[folder.slice(1)];
  if (isRecord(settings) && settings["output"] === false) return undefined;
  return isRecord(settings) && typeof settings["permalink"] === "string"
    ? settings["permalink"]
    : "/:collection/:path/";
}

/** The date of an entry: its `date`, or a `YYYY-MM-DD-` file-name prefix. */
export function dateOf(data: Record<string, unknown>, name: string): Date | undefined {
  const value = data["date"];
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(Date.UTC(value, 0, 1));
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (match === null) return fileNameDate(name);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * A Jekyll site as Jekyll reads it: which files are pages, collection documents and static files,
 * which of them are published, and the file each one is written to in `_site`. The import converts
 * from this model, and `--check` compares the built site with the files it says Jekyll wrote.
 *
 * The rules follow Jekyll 4 and the plugins academicpages sites use on GitHub Pages
 * (jekyll-redirect-from, jekyll-feed, jekyll-sitemap).
 */
import path from "node:path";
import yaml from "js-yaml";
import { MAX_ALIASED_VALUES, aliasProblem, splitFrontMatter } from "#markdown/front-matter.ts";
import { isMarkdownFile } from "#routing/collections.ts";
import { outputFileFor, redirectFileFor, withLeadingSlash } from "#core/site-paths.ts";
import { partialDate, readDate } from "#core/dates.ts";
import { listSiteFiles, readSiteFile } from "./site-files.ts";

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** One text or a list of texts, as a list. */
export const asList = (value: unknown): string[] =>
  typeof value === "string" || typeof value === "number"
    ? [String(value)]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === "string" || typeof v === "number").map(String)
      : [];

/** A YAML problem in a file: Jekyll reports it and builds the file with no front matter. */
export interface YamlProblem {
  line: number;
  reason: string;
}

/** YAML as Jekyll reads it (YAML 1.1): a key written twice keeps its last value. */
export function readYaml(
  text: string,
  firstLine = 1,
): { data: unknown; problem?: YamlProblem; duplicates: string[] } {
  try {
    const data = yaml.load(text, { json: true }) ?? {};
    // An alias bomb is refused before anything walks the data: it would fill the memory.
    if (aliasProblem(data) !== undefined)
      return {
        data: {},
        problem: {
          line: firstLine,
          reason: `its YAML aliases (*name), written out, add more than ${MAX_ALIASED_VALUES.toLocaleString("en-US")} values`,
        },
        duplicates: [],
      };
    const keys = [...text.matchAll(/^([^\s#:][^:]*?):(?:\s|$)/gm)].map((m) => (m[1] ?? "").trim());
    const duplicates = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
    return { data, duplicates };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return {
      data: {},
      problem: { line: error.mark.line + firstLine, reason: error.reason },
      duplicates: [],
    };
  }
}

/** YAML 1.1 reads these as true and false (`published: no`); YAML 1.2, and so this site, as text. */
const YAML11_BOOLEANS: Record<string, boolean> = {
  yes: true,
  y: true,
  on: true,
  no: false,
  n: false,
  off: false,
};

/** The value Jekyll sees for a YAML 1.1 boolean written as a word, if the text is one. */
export function yaml11Boolean(value: unknown): boolean | undefined {
  return typeof value === "string" ? YAML11_BOOLEANS[value.toLowerCase()] : undefined;
}

/** Jekyll's `slugify`: `default` keeps letters and digits, `pretty` also `._~!$&'()+,;=@`. */
export function jekyllSlugify(text: string, mode: "default" | "pretty" = "default", cased = false) {
  const keep = mode === "pretty" ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = text.replace(keep, "-").replace(/^-+|-+$/g, "");
  return cased ? slug : slug.toLowerCase();
}

/** `YYYY-MM-DD-` at the start of a file name, as Jekyll reads dates from names. */
const DATED_NAME = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)$/;

/** The date in a file name, and the rest of the name. */
export function datedName(name: string): { date: Date; slug: string } | undefined {
  const match = DATED_NAME.exec(name);
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : { date, slug: match[4] ?? "" };
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * A front-matter date as Jekyll reads it: what this site reads (`readDate`), and a day or month
 * written with the month's name (`May 2019`, `31 May 2019`), which Ruby reads and the import then
 * writes as a date here. Nothing else is guessed: `"5"` and `"spring 2019"` are no date.
 */
export function frontMatterDate(value: unknown): Date | undefined {
  const read = readDate(value);
  if (read !== undefined || typeof value !== "string") return read;
  const year = /\b(\d{4})\b/.exec(value)?.[1];
  const month = MONTH_NAME.exec(value)?.[1];
  if (year === undefined || month === undefined) return undefined;
  const clean = value.replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  const parsed = new Date(`${clean} UTC`);
  if (Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() !== Number(year)) return undefined;
  return /\b\d{1,2}\b/.test(clean.replace(year, ""))
    ? parsed
    : partialDate(Number(year), parsed.getUTCMonth() + 1);
}

/** The extension Jekyll gives a converted file: Markdown and HTML become `.html`, Sass `.css`. */
export function outputExtension(file: string): string {
  if (isMarkdownFile(file) || /\.html?$/i.test(file)) return ".html";
  if (/\.s[ac]ss$/i.test(file)) return ".css";
  if (/\.coffee$/i.test(file)) return ".js";
  return path.posix.extname(file);
}

const PERMALINK_STYLES: Record<string, string> = {
  pretty: "/:categories/:year/:month/:day/:title/",
  date: "/:categories/:year/:month/:day/:title:output_ext",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** Fills a permalink template (`/:collection/:path/`) with an item's values, as Jekyll does. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const keys = Object.keys(values).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`:(${keys.join("|")})`, "g");
  const filled = template.replace(pattern, (_, key: string) => values[key] ?? "");
  return `/${filled}`.replace(/\/{2,}/g, "/");
}

/** The values of a date in a permalink template. */
function dateValues(date: Date | undefined): Record<string, string> {
  if (date === undefined) return {};
  const pad = (n: number) => String(n).padStart(2, "0");
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const yDay = Math.floor((date.getTime() - start) / 86_400_000) + 1;
  const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  const days = "Sun Mon Tue Wed Thu Fri Sat".split(" ");
  return {
    year: String(year),
    short_year: pad(year % 100),
    month: pad(date.getUTCMonth() + 1),
    i_month: String(date.getUTCMonth() + 1),
    short_month: months[date.getUTCMonth()] ?? "",
    day: pad(date.getUTCDate()),
    i_day: String(date.getUTCDate()),
    y_day: String(yDay).padStart(3, "0"),
    short_day: days[date.getUTCDay()] ?? "",
    hour: pad(date.getUTCHours()),
    minute: pad(date.getUTCMinutes()),
    second: pad(date.getUTCSeconds()),
  };
}

/**
 * Glob as Jekyll's `exclude` and `include` read it (`File.fnmatch`, where `*` also crosses `/`);
 * with `prefix`, a path that starts with the pattern matches too, as `exclude` reads it.
 */
function matches(pattern: string, file: string, prefix = true): boolean {
  const clean = pattern.replace(/^\/+|\/+$/g, "");
  if (clean === "") return false;
  if (prefix && file.startsWith(clean)) return true;
  const regex = new RegExp(
    `^${clean
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
  return regex.test(file);
}

const DEFAULT_EXCLUDES = [
  ".sass-cache",
  ".jekyll-cache",
  "gemfiles",
  "Gemfile",
  "Gemfile.lock",
  "node_modules",
  "vendor/bundle/",
  "vendor/cache/",
  "vendor/gems/",
  "vendor/ruby/",
];

/** A page or a collection document: a file with front matter that Jekyll converts. */
export interface JekyllEntry {
  kind: "page" | "document";
  /** The file, from the site's folder: `_talks/2014-talk.md`. */
  file: string;
  /** For documents: the collection's label (`posts`, `talks`, `preprints`); `drafts` for drafts. */
  collection?: string;
  /** For documents: the path inside the collection's folder (`2014-talk.md`). */
  relative?: string;
  /** The front matter as Jekyll read it (empty when its YAML is invalid). */
  data: Record<string, unknown>;
  /** The front matter's YAML text. */
  yaml: string;
  yamlProblem?: YamlProblem;
  /** Keys written twice in the front matter (the last value counts). */
  duplicates: string[];
  body: string;
  bodyLine: number;
  /** The entry's date: its `date`, or its file name's. */
  date: Date | undefined;
  /** The address Jekyll gives it (`page.url`). */
  url: string;
  /** The file Jekyll writes, from `_site`. */
  output: string;
  /** Why Jekyll did not write it, when it did not: the reason, and the same in words. */
  unpublished?: { why: Unpublished; because: string };
}

/** Why Jekyll did not write an entry. */
export type Unpublished = "draft" | "no-output" | "published-false" | "future";

export interface JekyllStatic {
  file: string;
  output: string;
}

/** A file Jekyll wrote, what made it, and whether the import can be asked to serve it. */
export interface JekyllOutput {
  /** The file in `_site`, such as `about/index.html`. */
  output: string;
  /** What wrote it: a file of the site, or a plugin. */
  from: string;
  kind: "page" | "document" | "redirect" | "static" | "plugin";
  /** For a redirect: the old address it serves. */
  address?: string;
}

export interface JekyllSite {
  root: string;
  config: Record<string, unknown>;
  configProblem?: YamlProblem;
  /** The collections with their settings (`posts` included). */
  collections: Map<string, { output: boolean; permalink: string | undefined }>;
  entries: JekyllEntry[];
  statics: JekyllStatic[];
  /** Files Jekyll does not read: excluded, or Jekyll's own machinery (`_layouts`, `_includes`…). */
  unread: string[];
  /** Every regular file of the site, from its folder (`_data/cv.json`), sorted. */
  files: string[];
  /** Symbolic links in the site's folder: never followed, so neither read nor copied. */
  links: string[];
  /** Collections `_config.yml` declares whose names cannot be folders (`..`): not read. */
  refusedCollections: string[];
  /** Whether a plugin is on (`plugins:` or `gems:` in `_config.yml`). */
  plugin: (name: string) => boolean;
}

/** The collections `_config.yml` declares, and `posts`. */
function collectionsOf(config: Record<string, unknown>): {
  collections: Map<string, { output: boolean; permalink: string | undefined }>;
  refused: string[];
} {
  const declared = config["collections"];
  const map = new Map<string, { output: boolean; permalink: string | undefined }>();
  const refused: string[] = [];
  const style =
    typeof config["permalink"] === "string" ? config["permalink"] : PERMALINK_STYLES["date"];
  map.set("posts", { output: true, permalink: PERMALINK_STYLES[style ?? ""] ?? style });
  const labels = Array.isArray(declared)
    ? declared.map((label) => [String(label), {}] as const)
    : isRecord(declared)
      ? Object.entries(declared)
      : [];
  for (const [label, settings] of labels) {
    if (label === "posts") continue;
    if (!isCollectionLabel(label)) {
      refused.push(label);
      continue;
    }
    const values = isRecord(settings) ? settings : {};
    map.set(label, {
      output: values["output"] === true,
      permalink: typeof values["permalink"] === "string" ? values["permalink"] : undefined,
    });
  }
  return { collections: map, refused };
}

/**
 * Whether a collection's label can name a folder here (`preprints`): letters, digits, `_`, `-` and
 * `.`, as Jekyll keeps them, not starting with a dot (`..` would name the folder above).
 */
export function isCollectionLabel(label: string): boolean {
  return /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*$/u.test(label);
}

/** The site's `permalink` style for pages: what Jekyll adds after `/:path/:basename`. */
function pageSuffix(config: Record<string, unknown>): string {
  const style = typeof config["permalink"] === "string" ? config["permalink"] : "date";
  if (style === "pretty") return "/";
  if (style in PERMALINK_STYLES) return ":output_ext";
  if (style.endsWith("/")) return "/";
  if (style.endsWith(":output_ext")) return ":output_ext";
  return "";
}

/** The plugins `_config.yml` turns on (`plugins:`, or `gems:` as older sites write it). */
export function pluginsOf(config: Record<string, unknown>): Set<string> {
  return new Set([...asList(config["plugins"]), ...asList(config["gems"])]);
}

/** Reads a Jekyll site at `root` as Jekyll would build it at the time `now`. */
export async function readJekyllSite(root: string, now = new Date()): Promise<JekyllSite> {
  const configFile = await readSiteFile(root, "_config.yml");
  const configRead = readYaml("bytes" in configFile ? configFile.bytes.toString("utf8") : "");
  const config = isRecord(configRead.data) ? configRead.data : {};
  const { collections, refused } = collectionsOf(config);
  const plugins = pluginsOf(config);
  const include = asList(config["include"]);
  const exclude = [...DEFAULT_EXCLUDES, ...asList(config["exclude"])];
  const future = config["future"] === true || yaml11Boolean(config["future"]) === true;
  const showDrafts = false;

  const { files: all, links } = await listSiteFiles(root);
  const entries: JekyllEntry[] = [];
  const statics: JekyllStatic[] = [];
  const unread: string[] = [];

  // `include` names what Jekyll would skip otherwise (`_pages`, `.htaccess`): the name itself, so
  // that `.DS_Store` inside an included folder is still skipped, as Jekyll skips it.
  const isIncluded = (prefix: string, name: string) =>
    include.some((pattern) => matches(pattern, prefix, false) || matches(pattern, name, false));
  const isExcluded = (file: string) => {
    const parts = file.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      const name = parts[i - 1] ?? "";
      const special = /^[._#]/.test(name) || name.endsWith("~");
      if (isIncluded(prefix, name)) continue;
      if (special) return true;
      if (exclude.some((pattern) => matches(pattern, prefix))) return true;
    }
    return false;
  };

  for (const file of all) {
    if (file === "_config.yml") continue;
    const top = file.split("/")[0] ?? "";
    const label = top.startsWith("_") ? top.slice(1) : undefined;
    const collection =
      label === "drafts"
        ? "drafts"
        : label !== undefined && collections.has(label)
          ? label
          : undefined;
    // A file that cannot be read is skipped (symbolic links are never listed).
    const read = await readSiteFile(root, file);
    const source = "bytes" in read ? read.bytes : undefined;
    if (source === undefined) {
      unread.push(file);
      continue;
    }
    const text = source.toString("utf8");
    const parts = source.includes(0) ? undefined : splitFrontMatter(text, { jekyll: true });

    if (collection !== undefined) {
      const relative = file.slice(top.length + 1);
      if (relative.split("/").some((part) => /^[._#]/.test(part))) {
        unread.push(file);
        continue;
      }
      const settings = collections.get(collection === "drafts" ? "posts" : collection);
      if (parts === undefined) {
        if (settings?.output === true && collection !== "drafts")
          statics.push({ file, output: `${collection}/${relative}` });
        else unread.push(file);
        continue;
      }
      const name = path.posix.basename(relative).replace(/\.[^.]+$/, "");
      const dated = datedName(name);
      if (collection === "posts" && dated === undefined) {
        unread.push(file);
        continue;
      }
      entries.push(
        documentEntry({
          file,
          collection,
          relative,
          parts,
          dated,
          config,
          template: settings?.permalink,
          output: settings?.output ?? false,
          future,
          now,
          showDrafts,
        }),
      );
      continue;
    }
    if (isExcluded(file)) {
      unread.push(file);
      continue;
    }
    if (parts === undefined) {
      statics.push({ file, output: file });
      continue;
    }
    entries.push(pageEntry(file, parts, config));
  }

  return {
    root,
    config,
    ...(configRead.problem !== undefined && { configProblem: configRead.problem }),
    collections,
    entries,
    statics,
    unread,
    files: all,
    links,
    refusedCollections: refused,
    plugin: (name) => plugins.has(name),
  };
}

type Parts = NonNullable<ReturnType<typeof splitFrontMatter>>;

function frontMatter(parts: Parts) {
  const read = readYaml(parts.yaml, 2);
  return {
    data: isRecord(read.data) ? read.data : {},
    yaml: parts.yaml,
    ...(read.problem !== undefined && { yamlProblem: read.problem }),
    duplicates: read.duplicates,
    body: parts.body,
    bodyLine: parts.bodyLine,
  };
}

function isUnpublished(data: Record<string, unknown>): boolean {
  return data["published"] === false || yaml11Boolean(data["published"]) === false;
}

function pageEntry(file: string, parts: Parts, config: Record<string, unknown>): JekyllEntry {
  const read = frontMatter(parts);
  const extension = outputExtension(file);
  const dir = path.posix.dirname(file) === "." ? "" : path.posix.dirname(file);
  const basename = path.posix.basename(file).replace(/\.[^.]+$/, "");
  const permalink = read.data["permalink"];
  const template =
    typeof permalink === "string" && permalink !== ""
      ? permalink
      : extension !== ".html"
        ? "/:path/:basename:output_ext"
        : basename === "index"
          ? "/:path/"
          : `/:path/:basename${pageSuffix(config)}`;
  const url = fillTemplate(template, {
    path: dir,
    basename,
    output_ext: extension,
  });
  return {
    kind: "page",
    file,
    ...read,
    date: frontMatterDate(read.data["date"]),
    url,
    output: outputFileFor(url, extension),
    ...(isUnpublished(read.data) && {
      unpublished: { why: "published-false", because: "its front matter says published: false" },
    }),
  };
}

function documentEntry(options: {
  file: string;
  collection: string;
  relative: string;
  parts: Parts;
  dated: { date: Date; slug: string } | undefined;
  config: Record<string, unknown>;
  template: string | undefined;
  output: boolean;
  future: boolean;
  now: Date;
  showDrafts: boolean;
}): JekyllEntry {
  const { file, collection, relative, dated } = options;
  const read = frontMatter(options.parts);
  const extension = outputExtension(file);
  const basename = path.posix.basename(relative).replace(/\.[^.]+$/, "");
  const date = frontMatterDate(read.data["date"]) ?? dated?.date;
  const slugSource =
    typeof read.data["slug"] === "string" ? read.data["slug"] : (dated?.slug ?? basename);
  // A text of categories is split at spaces; a list keeps each item whole (`Machine Learning`).
  const listed = read.data["categories"];
  const categories = [
    ...asList(read.data["category"]),
    ...(typeof listed === "string" ? listed.split(/\s+/) : asList(listed)),
  ]
    .filter((c) => c !== "")
    .map((c) => c.toLowerCase());
  const values: Record<string, string> = {
    collection: collection === "drafts" ? "posts" : collection,
    path: relative.replace(/\.[^.]+$/, ""),
    name: jekyllSlugify(basename),
    title: jekyllSlugify(slugSource, "pretty", true),
    slug: jekyllSlugify(slugSource),
    categories: [...new Set(categories)].join("/"),
    output_ext: extension,
    ...dateValues(date),
  };
  const permalink = read.data["permalink"];
  const template =
    typeof permalink === "string" && permalink !== ""
      ? permalink
      : (options.template ?? "/:collection/:path:output_ext");
  const url = fillTemplate(template, values);
  const unpublished: JekyllEntry["unpublished"] =
    collection === "drafts" && !options.showDrafts
      ? { why: "draft", because: "it is a draft" }
      : !options.output
        ? {
            why: "no-output",
            because: `the ${collection} collection has output: false in _config.yml`,
          }
        : isUnpublished(read.data)
          ? { why: "published-false", because: "its front matter says published: false" }
          : !options.future && date !== undefined && date.getTime() > options.now.getTime()
            ? {
                why: "future",
                because: "it is dated in the future and _config.yml does not set future: true",
              }
            : undefined;
  return {
    kind: "document",
    file,
    collection,
    relative,
    ...read,
    date,
    url,
    output: outputFileFor(url, extension),
    ...(unpublished !== undefined && { unpublished }),
  };
}

/** Compares two texts by their code points, as Ruby sorts strings. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The old addresses of an entry (`redirect_from`), with the leading slash Jekyll adds. */
export function redirectsOf(entry: JekyllEntry): string[] {
  return asList(entry.data["redirect_from"]).map(withLeadingSlash);
}

/**
 * Every file Jekyll writes, in the order it writes them (pages, the plugins' pages, static files,
 * documents): when two write one file, the later one is what the site served.
 */
export function jekyllOutputs(site: JekyllSite): JekyllOutput[] {
  const published = site.entries.filter((entry) => entry.unpublished === undefined);
  const outputs: JekyllOutput[] = [];
  // Pages in the order Jekyll writes them: by file name.
  const name = (entry: JekyllEntry) => path.posix.basename(entry.file);
  const pages = published
    .filter((e) => e.kind === "page")
    .sort((a, b) => compare(name(a), name(b)) || compare(a.file, b.file));
  for (const entry of pages) outputs.push({ output: entry.output, from: entry.file, kind: "page" });
  if (site.plugin("jekyll-redirect-from")) {
    for (const entry of published) {
      for (const from of redirectsOf(entry))
        outputs.push({
          output: redirectFileFor(from),
          from: entry.file,
          kind: "redirect",
          address: from,
        });
    }
  }
  if (site.plugin("jekyll-feed"))
    outputs.push({ output: "feed.xml", from: "jekyll-feed", kind: "plugin" });
  for (const file of site.statics)
    outputs.push({ output: file.output, from: file.file, kind: "static" });
  if (site.plugin("jekyll-sitemap")) {
    outputs.push({ output: "sitemap.xml", from: "jekyll-sitemap", kind: "plugin" });
    if (!outputs.some((o) => o.output === "robots.txt"))
      outputs.push({ output: "robots.txt", from: "jekyll-sitemap", kind: "plugin" });
  }
  // Collections in the order _config.yml names them, posts first; each by date, then by file.
  const order = [...site.collections.keys()];
  const time = (entry: JekyllEntry) => entry.date?.getTime() ?? Number.POSITIVE_INFINITY;
  const documents = published
    .filter((e) => e.kind === "document")
    .sort(
      (a, b) =>
        order.indexOf(a.collection ?? "") - order.indexOf(b.collection ?? "") ||
        time(a) - time(b) ||
        compare(a.file, b.file),
    );
  for (const entry of documents)
    outputs.push({ output: entry.output, from: entry.file, kind: "document" });
  return outputs;
}

/** The address a file in `_site` is served at: `a/index.html` is `/a/`, `a.html` is `/a.html`. */
export function servedAt(output: string): string {
  if (output === "index.html") return "/";
  return output.endsWith("/index.html")
    ? `/${output.slice(0, -"index.html".length)}`
    : `/${output}`;
}

/**
 * Files of the academicpages theme (its scripts, fonts and style sheets): this site has its own,
 * so they are neither copied nor counted among the addresses the old site served.
 */
export function isThemeFile(file: string): boolean {
  return (
    /^assets\/(js|fonts|webfonts)\//.test(file) ||
    /^assets\/css\/(main\.(scss|css)|academicons(\.min)?\.css|collapse\.css|fontawesome\.(scss|css))$/.test(
      file,
    )
  );
}

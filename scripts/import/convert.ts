/**
 * What an academicpages (Jekyll) site becomes here: its `_config.yml` and navigation become the site
 * settings, its entries keep their front matter (changed only where a change is needed), and the
 * Jekyll constructs that have a meaning here are converted. Everything else is reported.
 */
import { bracesAsEntities, htmlAsMarkdown, kramdownReading } from "./kramdown.ts";
import path from "node:path";
import yaml from "js-yaml";
import { closestKey } from "#core/closest-key.ts";
import { isoDate } from "#core/dates.ts";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "#routing/collections.ts";
import { hideUnsupportedTags, unsupportedTags } from "#markdown/liquid.ts";
import { defaultPermalink } from "#routing/entries.ts";
import { outputFileFor, sitePathProblem } from "#core/site-paths.ts";
import { validate } from "#schemas/validate.ts";
import { knownKeys } from "#schemas/base.ts";
import { asList, isRecord, redirectsOf, yaml11Boolean, type JekyllEntry } from "./jekyll-site.ts";
import { hideUnknownTags, type LiquidRunner } from "./liquid.ts";

/** Something the import did, or left for a person, in one file. */
export interface Note {
  file: string;
  /** The line in the file, when the note is about one line. */
  line?: number;
  /** `converted`: changed to its meaning here; `person`: needs a person; `info`: for the record. */
  kind: "converted" | "person" | "info";
  message: string;
}

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
  "talkmap_link",
  "og_image",
] as const;

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
  jekyllConfig: Record<string, unknown>,
  navigation: unknown,
  /** Whether the portrait `author.avatar` names was found, or why not (`is a symbolic link…`). */
  avatar: true | string,
  /** The name of the site's folder (`ada.github.io`), for settings `_config.yml` does not give. */
  folder = "",
): { settings: Record<string, unknown>; notes: Note[] } {
  let config = jekyllConfig;
  const notes: Note[] = [];
  const settings: Record<string, unknown> = {};
  // The settings every site needs: when _config.yml lacks one (or could not be read), a stand-in
  // lets the site build, and a person is asked for the real value.
  const host = folder.endsWith(".github.io") ? folder : `${folder || "my-site"}.github.io`;
  const needed = {
    title:
      typeof config["title"] === "string" && config["title"] !== "" ? undefined : folder || host,
    url:
      typeof config["url"] === "string" && /^https?:\/\//.test(config["url"])
        ? undefined
        : `https://${host}`,
  };
  for (const [key, value] of Object.entries(needed)) {
    if (value === undefined) continue;
    config = { ...config, [key]: value };
    notes.push({
      file: "_config.yml",
      kind: "person",
      message: `has no ${key}: "${value}" is written in its place. Write the site's own.`,
    });
  }
  for (const key of KEEP_FROM_CONFIG) {
    if (config[key] !== undefined && config[key] !== null && config[key] !== "")
      settings[key] = config[key];
  }
  // al-folio and other themes name the author in first_name and last_name, or not at all.
  const named = [config["first_name"], config["middle_name"], config["last_name"]]
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .join(" ");
  if (!isRecord(config["author"]) || typeof config["author"]["name"] !== "string") {
    const name = named !== "" ? named : typeof config["title"] === "string" ? config["title"] : "";
    if (name !== "") {
      notes.push({
        file: "_config.yml",
        kind: "converted",
        message: `author.name: ${name} added, from ${named !== "" ? "first_name and last_name" : "the title"}: the profile needs a name.`,
      });
      config = {
        ...config,
        author: { ...(isRecord(config["author"]) ? config["author"] : {}), name },
      };
    }
  }
  if (isRecord(config["author"])) {
    const author = { ...config["author"] };
    if (typeof author["avatar"] === "string" && author["avatar"] !== "" && avatar !== true) {
      notes.push({
        file: "_config.yml",
        kind: "person",
        message: `author.avatar names "${author["avatar"]}", but ${avatar}: the profile shows initials until a portrait is in src/images/.`,
      });
      delete author["avatar"];
    }
    const email = author["email"];
    if (typeof email === "string" && email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      const plain = email
        .replace(/\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+/gi, "@")
        .replace(/\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+/gi, ".");
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(plain)) {
        author["email"] = plain;
        notes.push({
          file: "_config.yml",
          kind: "converted",
          message: `author.email "${email}" became "${plain}": the profile's email link needs the address itself.`,
        });
      } else {
        delete author["email"];
        notes.push({
          file: "_config.yml",
          kind: "person",
          message: `author.email "${email}" is not an email address, and was left out. Write the address, such as "name@example.org".`,
        });
      }
    }
    settings["author"] = author;
  }
  // Jekyll publishes entries dated in the future only with future: true (academicpages sets it).
  settings["future"] = config["future"] === true || yaml11Boolean(config["future"]) === true;
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

const LISTS = "publications|talks|teaching|portfolio|posts|tags|categories|pages|collections";

/**
 * Which list an archive page stands for, if it is one: a Liquid loop over a collection (one of this
 * site's lists, or one of the site's own in `own`), or a value taken from one
 * (`{% assign talks = site.talks | … %}`). A page that also loops over data (`site.data.cv`), over
 * several collections (a CV), or picks entries (`where`) is no archive: its Liquid is run instead.
 */
export function archiveListing(
  body: string,
  permalink: string | undefined,
  own: ReadonlySet<string> = new Set(),
): string | undefined {
  if (/group-by-array[^%]*field="(tags|categories)"/.test(body)) return "tags";
  const standard = new RegExp(`^(${LISTS})$`);
  const known = (name: string) => standard.test(name) || own.has(name);
  const targets = [...body.matchAll(/\{%-?\s*for\s+\w+\s+in\s+site\.([\w.]+)/g)].map(
    (m) => m[1] ?? "",
  );
  if (!targets.every(known)) return undefined;
  let lists = [...new Set(targets)];
  if (lists.length === 0) {
    const assigns = [...body.matchAll(/\{%-?\s*assign\s+\w+\s*=\s*site\.([\w.]+)([^%]*)%\}/g)];
    if (assigns.some((m) => /\bwhere(_exp)?\s*:/.test(m[2] ?? ""))) return undefined;
    lists = [...new Set(assigns.map((m) => m[1] ?? "").filter(known))];
  }
  if (lists.length === 0) return undefined;
  if (lists.includes("pages") || lists.includes("collections")) return "sitemap";
  if (permalink?.includes("sitemap") ?? false) return "sitemap";
  if (lists.includes("tags") || lists.includes("categories")) return "tags";
  return lists.length === 1 ? lists[0] : undefined;
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
  return withoutBlocks(body, "for")
    .replace(
      /\{\{-?\s*(site\.[\w.]+)\s*-?\}\}/g,
      (tag, name: string) => siteValue(config, name) ?? tag,
    )
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A text without its Liquid blocks of one kind (`{% for %}…{% endfor %}`), nested ones too. */
export function withoutBlocks(text: string, name: string): string {
  const tag = new RegExp(`\\{%-?\\s*(end)?${name}\\b[\\s\\S]*?-?%\\}`, "g");
  let out = "";
  let depth = 0;
  let from = 0;
  for (const match of text.matchAll(tag)) {
    const end = match[1] === "end";
    if (depth === 0 && !end) out += text.slice(from, match.index);
    depth = Math.max(0, depth + (end ? -1 : 1));
    from = match.index + match[0].length;
  }
  return depth === 0 ? out + text.slice(from) : out;
}

/** Whether kramdown read the content of every HTML block as Markdown (`parse_block_html`). */
const parseBlockHtml = (config: Record<string, unknown>) =>
  isRecord(config["kramdown"]) && config["kramdown"]["parse_block_html"] === true;

/** Whether an al-folio front matter switch is on: `true`, or `{ enabled: true }`. */
const switchedOn = (value: unknown) =>
  value === true || (isRecord(value) && value["enabled"] === true);

/**
 * The sections of a page in al-folio's about layout, which showed the news (`news` or
 * `announcements`), the latest posts and the selected papers below its text, in that order; and
 * the keys that said so. `undefined` for a page in another layout.
 */
export function aboutSections(
  data: Record<string, unknown>,
): { sections: string[]; keys: string[] } | undefined {
  if (data["layout"] !== "about" || "sections" in data) return undefined;
  const switches: [string, string][] = [
    ["news", "news"],
    ["announcements", "news"],
    ["latest_posts", "recent_posts"],
    ["selected_papers", "selected_publications"],
  ];
  const keys = switches.map(([key]) => key).filter((key) => key in data);
  if (keys.length === 0) return undefined;
  const sections = switches
    .filter(([key]) => switchedOn(data[key]))
    .map(([, section]) => section)
    .filter((section, index, all) => all.indexOf(section) === index);
  return { sections, keys };
}

/** An address beside `url` for an entry whose own Jekyll gave to another: `/a/` is `/a-2/`. */
export function addressBeside(url: string): string {
  const match = /^(.*?)(\/|\.html)?$/.exec(url);
  return `${match?.[1] ?? url}-2${match?.[2] ?? ""}`;
}

/** Languages whose two-letter code names a folder of a bilingual site (`/zh/`, `/fr/`). */
const LANGUAGE_FOLDERS = new Set(
  (
    "ar bn ca cs da de el en es et eu fa fi fr ga he hi hr hu id is it ja ko lt lv ms nl no pl pt " +
    "ro ru sk sl sr sv ta th tr uk ur vi zh"
  ).split(" "),
);

/**
 * The language of an entry that does not say it with `lang`: its `locale` (`zh_CN` is `zh-CN`), or
 * the first folder of its address when that is a language other than the site's.
 */
export function entryLanguage(
  data: Record<string, unknown>,
  url: string,
  siteLocale: unknown,
): { lang: string; from: string } | undefined {
  if (data["lang"] !== undefined) return undefined;
  const locale = data["locale"];
  if (typeof locale === "string" && /^[a-z]{2,3}([_-][a-z0-9]{2,8})*$/i.test(locale.trim()))
    return { lang: locale.trim().replaceAll("_", "-"), from: "from its locale" };
  const folder = /^\/([a-z]{2})(?:-([a-z]{2,4}))?\//i.exec(url);
  const code = folder?.[1]?.toLowerCase();
  const site = typeof siteLocale === "string" ? siteLocale.slice(0, 2).toLowerCase() : "en";
  if (code === undefined || !LANGUAGE_FOLDERS.has(code) || code === site) return undefined;
  const region = folder?.[2];
  const lang = region === undefined ? code : `${code}-${region.toUpperCase()}`;
  return { lang, from: `from the folder of its address (/${folder?.[0].slice(1) ?? ""})` };
}

/** The collections of this site that a Jekyll collection of the same name becomes. */
const SAME_NAME: readonly string[] = COLLECTION_NAMES.filter(
  (name) => name !== "pages" && name !== "collections",
);

/** The Jekyll site's own collections that it writes (`preprints` for `_preprints`): folders here. */
export function ownCollectionsOf(
  collections: ReadonlyMap<string, { output: boolean }>,
): Set<string> {
  return new Set(
    [...collections.entries()]
      .filter(([label, settings]) => !SAME_NAME.includes(label) && settings.output)
      .map(([label]) => label),
  );
}

/** Where an entry goes here: its collection, and its file's path in the collection's folder. */
export function targetOf(entry: JekyllEntry): { collection: CollectionName; name: string } {
  const markdown = (file: string) => file.replace(/\.[^./]+$/, ".md");
  if (entry.kind === "page") {
    const name = entry.file.startsWith("_pages/") ? entry.file.slice("_pages/".length) : entry.file;
    return { collection: "pages", name: markdown(name) };
  }
  const relative = entry.relative ?? entry.file;
  if (entry.collection === "drafts")
    return { collection: "posts", name: `_drafts/${markdown(relative)}` };
  if (SAME_NAME.includes(entry.collection ?? ""))
    return { collection: entry.collection as CollectionName, name: markdown(relative) };
  // A collection of the site's own (`_preprints`): a folder of the site's own collections.
  return {
    collection: "collections",
    name: `${entry.collection ?? "other"}/${markdown(relative)}`,
  };
}

/** Jekyll's title for a document without one: its file name's words, capitalised. */
export function titleFromName(name: string): string {
  return name
    .replace(/^\d{2,4}-\d{1,2}-\d{1,2}-/, "")
    .split(/[-_\s]+/)
    .filter((word) => word !== "")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** The first heading of a Markdown or HTML text, as jekyll-titles-from-headings reads it. */
export function firstHeading(body: string): string | undefined {
  const markdown = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const html = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/i.exec(body)?.[1];
  const found = markdown ?? html?.replace(/<[^>]+>/g, "");
  const text = found?.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, "").trim();
  return text === undefined || text === "" ? undefined : text;
}

/** The keys this site's schema for `collection` knows. */
function knownFields(collection: CollectionName): readonly string[] {
  return knownKeys(COLLECTIONS[collection].schema);
}

const squash = (key: string) => key.toLowerCase().replace(/[-_\s]/g, "");

/** The fields whose values must be true or false here, which YAML 1.1 may write as yes or no. */
const BOOLEAN_FIELDS = ["published", "author_profile", "sitemap", "draft"];

/** Liquid tags that name another file of the site: `{% link _pages/cv.md %}`, `{% post_url 2020-01-01-x %}`. */
const LINK_TAG = /\{%-?\s*(link|post_url)\s+([^\s%]+)\s*-?%\}/g;

/** `{{ '/files/cv.pdf' | relative_url }}`: an address made absolute on the site by a filter. */
const URL_FILTER = /\{\{-?\s*(["'])([^"'{}]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g;

/** An `<iframe>` of another site (a video, a PDF elsewhere), which no page here may load. */
const EXTERNAL_FRAME =
  /<iframe\b((?:[^>"']|"[^"]*"|'[^']*')*?\bsrc\s*=\s*(["'])(?:https?:)?\/\/[^"']*\2(?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/iframe>/gi;

/** `{% highlight python linenos %}…{% endhighlight %}`: a code block. */
const HIGHLIGHT =
  /\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g;

/** `{% raw %}…{% endraw %}`: text that Liquid leaves as it is. */
const RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;

/** `{% include toc %}`: minimal-mistakes' table of contents. */
const TOC_INCLUDE = /\{%-?\s*include\s+toc(?:\.html)?\b[^%]*-?%\}[ \t]*/g;

/** `{{ site.title }}`, `{{ site.author.name }}`: a value from `_config.yml`. */
const SITE_VALUE = /\{\{-?\s*(site\.[\w.]+)\s*-?\}\}/g;

/** Values that this site fills in itself, as its own address. */
const ADDRESS_VALUES = ["site.url", "site.baseurl"];

/** An address with its spaces written as `%20`, as a permalink here must be. */
const encodeSpaces = (url: string) => url.replaceAll(" ", "%20");

export interface EntryContext {
  config: Record<string, unknown>;
  /** The file whose page Jekyll wrote at this entry's address instead of this entry's, if any. */
  overwrittenBy?: string | undefined;
  /** Old addresses of this entry whose redirect Jekyll replaced with a page, by the page's file. */
  lostRedirects?: ReadonlyMap<string, string>;
  /** The address of a file named in `{% link %}` or `{% post_url %}`. */
  resolve?: (kind: "link" | "post_url", reference: string) => string | undefined;
  /** The names of the collections of the site's own (`preprints` for `_preprints`). */
  ownCollections?: ReadonlySet<string>;
  /** Runs the entry's Liquid as Jekyll did, for what no conversion covers. */
  runLiquid?: LiquidRunner;
  /** Whether the old site had a file at this path (from its folder, such as `files/a.pdf`). */
  hasFile?: (file: string) => boolean;
  /** When the import runs: the last resort for an entry with no date at all. */
  today?: Date;
}

export interface ConvertedEntry {
  collection: CollectionName;
  /** The file name in the collection's folder (`.html` becomes `.md`). */
  name: string;
  text: string;
  notes: Note[];
}

/**
 * Front-matter fields as YAML. A date at midnight is written as the day (`2024-05-31`), as
 * editors write it, not as a time.
 */
export function dumpYaml(data: Record<string, unknown>): string {
  const days = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      value instanceof Date && value.getTime() % 86_400_000 === 0 ? isoDate(value) : value,
    ]),
  );
  return yaml
    .dump(days, { lineWidth: -1 })
    .replace(/^([^\s#][^:\n]*: )'(\d{4}-\d{2}-\d{2})'$/gm, "$1$2")
    .trimEnd();
}

/** A YAML line for a field, as a comment: kept for a person, with no effect. */
function commentLine(key: string, value: unknown): string {
  return dumpYaml({ [key]: value })
    .split("\n")
    .map((line) => `# ${line}`)
    .join("\n");
}

/**
 * One Jekyll page or document as this site's Markdown. Its front matter stays as it is where it
 * means the same here; where it does not (what Jekyll took for granted, a field this site reads
 * otherwise, a value it cannot take), it is changed, and each change is a note.
 */
export function convertEntry(entry: JekyllEntry, context: EntryContext): ConvertedEntry {
  const file = entry.file;
  const { collection, name } = targetOf(entry);
  const schema = COLLECTIONS[collection].schema;
  const notes: Note[] = [];
  const note = (kind: Note["kind"], message: string, line?: number) =>
    notes.push({ file, kind, message, ...(line !== undefined && { line }) });
  const data: Record<string, unknown> = { ...entry.data };
  const comments: string[] = [];
  /** Whether the front matter is written anew (rather than kept, with lines added). */
  let rewrite = false;
  const added = new Set<string>();
  const set = (key: string, value: unknown) => {
    if (!(key in entry.data)) added.add(key);
    else rewrite = true;
    data[key] = value;
  };
  const comment = (key: string) => {
    comments.push(commentLine(key, data[key]));
    Reflect.deleteProperty(data, key);
    rewrite = true;
  };

  if (entry.yamlProblem !== undefined) {
    rewrite = true;
    comments.push(...entry.yaml.split("\n").map((line) => `# ${line}`));
    note(
      "person",
      `the front matter is not valid YAML (${entry.yamlProblem.reason}), so Jekyll built the page without it; it is kept as comments in the front matter. Fix it and write the fields again.`,
      entry.yamlProblem.line,
    );
  }
  if (entry.duplicates.length > 0) {
    rewrite = true;
    note(
      "converted",
      `${entry.duplicates.map((k) => `"${k}"`).join(", ")} written twice: the last value, which Jekyll used, is kept.`,
    );
  }
  for (const key of BOOLEAN_FIELDS) {
    const value = yaml11Boolean(data[key]);
    if (value === undefined) continue;
    note("converted", `${key}: ${String(data[key])} became ${key}: ${value}, as Jekyll read it.`);
    set(key, value);
  }
  const published = data["published"];
  if (published !== undefined && published !== null && typeof published !== "boolean") {
    note(
      "converted",
      `published: ${published instanceof Date ? isoDate(published) : JSON.stringify(published)} became published: true: Jekyll publishes anything but false.`,
    );
    set("published", true);
  }

  // Field names: the same as a known field but for case, "-" and "_" are that field; a name that
  // looks like a typo of one (an error here, for an editor's new mistakes) waits as a comment.
  const known = knownFields(collection);
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const same = known.find((k) => squash(k) === squash(key));
    if (same !== undefined && !(same in data)) {
      data[same] = data[key];
      Reflect.deleteProperty(data, key);
      rewrite = true;
      note("converted", `the field "${key}" became "${same}", the name this site reads.`);
    } else if (same !== undefined || closestKey(key, known) !== undefined) {
      const guess = same ?? closestKey(key, known) ?? "";
      comment(key);
      note(
        "converted",
        `the field "${key}" looks like a misspelt "${guess}" here; Jekyll did not read it either, so it is kept as a comment.`,
      );
    }
  }

  // The title: Jekyll titles a document from its file name; a page may have it in a heading.
  const title = data["title"];
  if (typeof title !== "string" && typeof title !== "number") {
    const other = [data["papertitle"], data["paper_title"], data["name"]].find(
      (value) => typeof value === "string" && value.trim() !== "",
    ) as string | undefined;
    const base = path.posix.basename(entry.relative ?? entry.file).replace(/\.[^.]+$/, "");
    const heading = entry.kind === "page" ? firstHeading(entry.body) : undefined;
    const found = other ?? heading ?? titleFromName(base === "index" ? "home" : base);
    const from =
      other !== undefined
        ? "from its other title field"
        : heading !== undefined
          ? "from its first heading"
          : "from its file name, as Jekyll titles it";
    set("title", found);
    if (entry.kind === "page" && collection === "pages") {
      // Jekyll showed a page without a title with no heading, and the site's title in the tab.
      set("show_title", false);
      note(
        "converted",
        `it has no title: "${found}" added, ${from}, for lists and search; show_title: false keeps the page without a heading, as Jekyll showed it.`,
      );
    } else note("converted", `it has no title: "${found}" added, ${from}.`);
  } else if (typeof title === "string" && title.trim() === "") {
    const found = titleFromName(path.posix.basename(entry.file).replace(/\.[^.]+$/, ""));
    set("title", found);
    if (collection === "pages") set("show_title", false);
    note(
      "converted",
      `its title is empty: "${found}" added, from its file name${collection === "pages" ? "; show_title: false keeps the page without a heading, as Jekyll showed it" : ""}.`,
    );
  }

  // al-folio's about layout: news, latest posts and selected papers below the text.
  const about = aboutSections(data);
  if (about !== undefined) {
    for (const key of about.keys) comment(key);
    if (about.sections.length > 0) set("sections", about.sections);
    note(
      "converted",
      about.sections.length > 0
        ? `its about layout's ${about.keys.join(", ")} became sections: [${about.sections.join(", ")}], which show the same below its text.`
        : `its about layout's ${about.keys.join(", ")} (turned off) are kept as comments.`,
    );
  }

  // The language: `lang`, else `locale`, else a folder named for a language (`/zh/…`).
  const language = entryLanguage(data, entry.url, context.config["locale"]);
  if (language !== undefined) {
    if ("locale" in data) Reflect.deleteProperty(data, "locale");
    set("lang", language.lang);
    note(
      "converted",
      `lang: ${language.lang} added, ${language.from}: the page says it is in that language.`,
    );
  }

  // The date: publications, talks and teaching need one; Jekyll takes it from the file name.
  const needsDate = ["publications", "talks", "teaching"].includes(collection);
  if (needsDate && (data["date"] === undefined || data["date"] === null || data["date"] === "")) {
    const year = data["year"];
    const prefix = /^(\d{4})[-_]/.exec(path.posix.basename(entry.file))?.[1];
    const [value, from] =
      entry.date !== undefined
        ? [isoDate(entry.date), "from its file name, as Jekyll dates it"]
        : typeof year === "number" || (typeof year === "string" && /^\d{4}$/.test(year))
          ? [Number(year), "from its year field"]
          : prefix !== undefined
            ? [Number(prefix), "from the year its file name starts with"]
            : [isoDate(context.today ?? new Date()), ""];
    if (from === "")
      note(
        "person",
        `it has no date, and Jekyll dated it by the day of each build: date: ${String(value)} (today) added. Write the real date.`,
      );
    else note("converted", `it has no date: date: ${String(value)} added, ${from}.`);
    set("date", value);
  }

  // The address: where Jekyll wrote it, unless this site's default already puts it there.
  const permalink = data["permalink"];
  const ours =
    typeof permalink === "string" && permalink !== ""
      ? permalink.startsWith("/")
        ? permalink
        : `/${permalink}`
      : collection === "pages"
        ? undefined
        : defaultPermalink(
            collection,
            name.replace(/^_drafts\//, ""),
            collection === "posts" ? asList(data["categories"]) : [],
          );
  // A draft without a date had an address only when Jekyll dated it by its file's time.
  const undated = /\/:(year|month|day|i_month|i_day|y_day|short_year)\b/.test(entry.url);
  if (undated)
    note(
      "converted",
      "it has no date, so its address is this site's for an undated draft: Jekyll dated drafts by their file's last change, and so does this site, in npm run dev.",
    );
  else if (ours === undefined || outputFileFor(ours) !== entry.output) {
    note(
      "converted",
      typeof permalink === "string" && permalink !== ""
        ? `permalink: ${permalink} became ${encodeSpaces(entry.url)}, the address Jekyll gave it.`
        : `permalink: ${encodeSpaces(entry.url)} added: the address Jekyll gave it.`,
    );
    set("permalink", encodeSpaces(entry.url));
  }
  if (
    entry.kind === "document" &&
    !undated &&
    !("permalink" in data) &&
    /\]\((?!\/|#|[a-z]+:)/i.test(entry.body)
  ) {
    // Relative links resolve on the permalink: write it, so they resolve as they did on Jekyll.
    set("permalink", encodeSpaces(entry.url));
  }

  if (context.overwrittenBy !== undefined && entry.kind === "document") {
    // Its lists still showed it (a post of academicpages' samples, whose address a later post took).
    const own = addressBeside(entry.url);
    note(
      "converted",
      `permalink: ${own} added: Jekyll wrote ${context.overwrittenBy} at its address (${entry.url}) instead, so it had no page of its own, but its lists showed it. It now has this address of its own.`,
    );
    set("permalink", encodeSpaces(own));
  } else if (context.overwrittenBy !== undefined) {
    note(
      "converted",
      `published: false added: Jekyll wrote ${context.overwrittenBy} at its address (${entry.url}) instead, so it had no page of its own. Give it a permalink of its own and remove the line to publish it.`,
    );
    set("published", false);
  }

  const defaultsType = entry.collection ?? "pages";
  if (
    configDefault(context.config, defaultsType, "author_profile") === false &&
    !("author_profile" in data)
  ) {
    note("converted", "author_profile: false added, from the defaults in _config.yml.");
    set("author_profile", false);
  }

  // A relative link in a link field (`paperurl: files/paper.pdf`) resolves differently on every
  // page that shows it; where the site has that file, it becomes the file's address.
  for (const key of Object.keys(data).filter((k) => /url$/i.test(k))) {
    const value = data[key];
    if (typeof value !== "string" || !/^[\w.-]+\//.test(value) || /^[a-z][\w+.-]*:/i.test(value))
      continue;
    if (context.hasFile?.(value) !== true) continue;
    note("converted", `${key}: ${value} became /${value}, the address of that file.`);
    set(key, `/${value}`);
  }

  // Old addresses: each must be a path on this site, and not one Jekyll gave to a page.
  const redirects = redirectsOf(entry);
  if (redirects.length > 0) {
    const kept = redirects.filter((from) => {
      const lostTo = context.lostRedirects?.get(from);
      if (lostTo !== undefined) {
        note(
          "converted",
          `redirect_from ${from} was left out: Jekyll wrote the page of ${lostTo} there, and so does this site.`,
        );
        return false;
      }
      const problem = sitePathProblem(from, { query: true });
      if (problem !== undefined) {
        note(
          "person",
          `redirect_from ${from} was left out: it is ${problem}, not a path on this site.`,
        );
        return false;
      }
      return true;
    });
    if (kept.length !== asList(entry.data["redirect_from"]).length) set("redirect_from", kept);
  }

  // The text.
  let body = entry.body;
  const isHtml = /\.html?$/i.test(entry.file);
  const hero = splashHeader(entry.data);
  if (hero !== undefined) {
    body = `${hero}\n\n${body}`;
    note(
      "converted",
      "the splash layout's header (its excerpt and buttons) became the start of the page's text.",
    );
  }
  const listing =
    collection === "pages"
      ? archiveListing(
          body,
          typeof data["permalink"] === "string" ? data["permalink"] : entry.url,
          context.ownCollections,
        )
      : undefined;
  if (listing !== undefined) {
    set("listing", listing);
    // The loop is the list now; the rest of the Liquid (a condition on a setting) runs as it ran.
    const ran = context.runLiquid?.(withoutBlocks(body, "for"), entry);
    body =
      ran?.ok === true
        ? ran.text.replace(/\n{3,}/g, "\n\n").trim()
        : withoutLiquid(body, context.config);
    note(
      "converted",
      `its Liquid loop became this site's ${listing} list (listing: ${listing}); permalink and redirect_from are kept.`,
    );
  } else if (collection === "pages" && data["layout"] === "home" && !("listing" in data)) {
    // minima's home layout shows the page's text, then the list of posts.
    set("listing", "posts");
    note("converted", "its home layout listed the posts below its text: listing: posts added.");
  }
  // Text Liquid leaves as it is stays so: as it is in a code block, with its braces as entities
  // elsewhere, so that no template tag reaches the page. It waits aside while the Liquid below
  // runs (no step of it may touch it), and comes back after it.
  const raw: string[] = [];
  body = body.replace(RAW, (_block, text: string, at: number, whole: string) => {
    const fences = (whole.slice(0, at).match(/^\s{0,3}(`{3,}|~{3,})/gm) ?? []).length;
    raw.push(fences % 2 === 1 ? text : bracesAsEntities(text));
    return `\uE002${raw.length - 1}\uE002`;
  });
  body = body.replace(HIGHLIGHT, (_block, language: string, code: string) => {
    note("converted", `a {% highlight ${language} %} block became a fenced code block.`);
    return `\`\`\`${language}\n${code.replace(/^\n|\n$/g, "")}\n\`\`\``;
  });
  if (isHtml) body = htmlAsMarkdown(body);
  if (isHtml && listing === undefined)
    note("converted", `the HTML page became ${name}, which shows the same HTML.`);
  body = body.replace(URL_FILTER, (tag, _quote: string, address: string) => {
    const url = `{{ base_path }}${address.startsWith("/") ? "" : "/"}${address}`;
    note("converted", `"${tag}" became ${url}.`);
    return url;
  });
  body = body.replace(TOC_INCLUDE, (tag) => {
    const label = /\btitle\s*=\s*(["'])([^"']*)\1/.exec(tag)?.[2];
    set("toc", true);
    if (label !== undefined && label.trim() !== "") set("toc_label", label.trim());
    note(
      "converted",
      `"${tag.trim()}" became toc: true${label === undefined ? "" : ` (toc_label: ${label.trim()})`}: the page shows a table of contents of its headings above its text.`,
    );
    return "";
  });
  body = body.replace(SITE_VALUE, (tag, name: string) => {
    const value = siteValue(context.config, name);
    if (value === undefined || ADDRESS_VALUES.includes(name)) return tag;
    note("converted", `"${tag}" became "${value}", its value in _config.yml.`);
    return value;
  });
  body = body.replace(LINK_TAG, (tag, kind: "link" | "post_url", reference: string) => {
    const url = context.resolve?.(kind, reference);
    if (url === undefined) return tag;
    note("converted", `"${tag}" became ${url}, the address of that page.`);
    return url;
  });
  // Liquid that no conversion above covers runs once, as Jekyll ran it; its output is kept.
  if (listing === undefined && context.runLiquid !== undefined) {
    const tags = unsupportedTags(body).length;
    if (tags > 0) {
      // A plugin's tag (`{% tabs %}`, `{% cite %}`) waits for a person; the rest runs.
      const unknown = hideUnknownTags(body, context.runLiquid.known);
      for (const { line, tag } of unknown.hidden)
        note(
          "person",
          `the tag "${tag}" is a Jekyll plugin's that does not run here, and waits in an HTML comment. Write what it showed, or remove it.`,
          line + entry.bodyLine - 1,
        );
      const result = context.runLiquid(unknown.text, entry);
      if (result.ok) {
        body = unknown.restore(result.text);
        for (const { line, tag, reason } of result.changes)
          note("converted", `"${tag}" ${reason}.`, line + entry.bodyLine - 1);
        for (const { line, tag, reason } of result.setAside)
          note(
            "person",
            `the tag "${tag}" could not run here (${reason}), and waits in an HTML comment; the rest of the page's Liquid ran. Write what it showed, or remove it.`,
            line + entry.bodyLine - 1,
          );
        note(
          "converted",
          `its Liquid (${tags} tag${tags === 1 ? "" : "s"}) was run once, as Jekyll ran it, and what it showed is kept as text: it no longer changes with the data or entries it showed.`,
        );
      } else {
        body = unknown.restore(unknown.text);
        note("converted", `its Liquid could not run here (${result.reason}).`);
      }
    }
  }
  // Liquid that is still there needs a person, by its line; until then it waits in an HTML comment,
  // which visitors never get.
  if (listing === undefined) {
    for (const { line, tag, advice } of unsupportedTags(body)) {
      note(
        "person",
        `the Jekyll template tag "${tag}" does not work here, and waits in an HTML comment. ${advice}.`,
        line + entry.bodyLine - 1,
      );
    }
    body = hideUnsupportedTags(body);
  }
  body = body.replace(/\uE002(\d+)\uE002/g, (_, index: string) => raw[Number(index)] ?? "");

  // kramdown ran after Liquid, on what it showed.
  const kramdown = kramdownReading(body, {
    file,
    firstLine: entry.bodyLine,
    html: isHtml,
    parseBlockHtml: parseBlockHtml(context.config),
  });
  body = kramdown.body;
  notes.push(...kramdown.notes);
  // Whatever this site still cannot take waits as a comment, so that the site builds.
  for (let round = 0; round < 3; round++) {
    const result = validate(schema, data, file);
    const fields = [
      ...new Set(
        result.problems
          .filter((p) => p.severity === "error" && p.field !== undefined)
          .map((p) => (p.field ?? "").split(/[ .]/)[0] ?? ""),
      ),
    ].filter((key) => key in data);
    if (fields.length === 0) break;
    for (const key of fields) {
      const problem = result.problems.find((p) => (p.field ?? "").split(/[ .]/)[0] === key);
      if (key === "date" && entry.date !== undefined) {
        const day = isoDate(entry.date);
        note(
          "converted",
          `date: ${JSON.stringify(data[key])} became ${day}, the day Jekyll read in it.`,
        );
        set(key, day);
        continue;
      }
      if (key === "title" || key === "permalink" || key === "date") {
        const text = String(data[key] instanceof Date ? isoDate(data[key]) : data[key]);
        note(
          "converted",
          `${key}: ${JSON.stringify(data[key])} became the text ${JSON.stringify(text)}.`,
        );
        set(key, text);
        continue;
      }
      comment(key);
      note(
        "converted",
        `the field "${key}" is kept as a comment: ${problem?.message ?? "this site cannot read it"}`,
      );
    }
  }

  const front = rewrite
    ? dumpYaml(data)
    : [entry.yaml.replace(/\s+$/, ""), ...[...added].map((key) => dumpYaml({ [key]: data[key] }))]
        .filter((part) => part !== "")
        .join("\n");
  body = body.replace(EXTERNAL_FRAME, (_frame, attributes: string) => {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1] ?? "";
    const address = src.startsWith("//") ? `https:${src}` : src;
    const title = /\btitle\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1] ?? address;
    note(
      "converted",
      `its <iframe> of ${address} became a link to it: pages here load nothing from other sites (their Content-Security-Policy), which keeps visitors' privacy.`,
    );
    return `<p><a href="${address}">${title}</a></p>`;
  });
  if (/<script\b/i.test(body)) {
    note(
      "person",
      /talkmap/i.test(body)
        ? "its talk map needs the scripts in talkmap/, which pages here do not run (each page allows only its own scripts): the page and the talkmap/ files keep their addresses, and the map waits for a person."
        : "its <script> does not run here: each page allows only the site's own scripts (its Content-Security-Policy). The rest of the page shows.",
    );
  }
  const frontMatter = [front === "{}" ? "" : front, ...comments].filter((p) => p !== "").join("\n");
  return { collection, name, text: `---\n${frontMatter}\n---\n${body}`, notes };
}

/**
 * The text of a Sass file when it is plain CSS (no variables, imports, mixins or nesting), as
 * Jekyll would have written it; `undefined` when it needs Sass.
 */
export function plainCss(text: string): string | undefined {
  if (/[$@&]|\/\//.test(text.replace(/\/\*[\s\S]*?\*\//g, ""))) return undefined;
  let depth = 0;
  for (const char of text) {
    if (char === "{") depth++;
    if (char === "}") depth--;
    if (depth > 1 || depth < 0) return undefined;
  }
  return text.trim() === "" ? "" : `${text.trim()}\n`;
}

/**
 * What minimal-mistakes' `splash` layout showed in its header, above the text: the excerpt and
 * the buttons (`header.cta_url`, `header.actions`), as Markdown; `undefined` for other layouts.
 */
export function splashHeader(data: Record<string, unknown>): string | undefined {
  if (data["layout"] !== "splash") return undefined;
  const header = isRecord(data["header"]) ? data["header"] : {};
  const excerpt = typeof data["excerpt"] === "string" ? data["excerpt"].trim() : "";
  const actions = [
    { label: header["cta_label"], url: header["cta_url"] },
    ...(Array.isArray(header["actions"]) ? header["actions"].filter(isRecord) : []).map((a) => ({
      label: a["label"],
      url: a["url"],
    })),
  ].filter(
    (a): a is { label: string; url: string } =>
      typeof a.label === "string" && typeof a.url === "string",
  );
  const links = actions.map(
    (a) => `[${a.label.replace(/<[^>]*>/g, "").trim() || a.url}](${a.url})`,
  );
  const parts = [excerpt, links.join(" · ")].filter((part) => part !== "");
  return parts.length === 0 ? undefined : parts.join("\n\n");
}

/**
 * Jekyll's Liquid, run once at import: for what no conversion of this site's own covers (a loop
 * over `_data`, minimal-mistakes' `feature_row`, academicpages' `cv-template.html`, `{{ page.title }}`),
 * the text is rendered as Jekyll rendered it, with the site's own `_includes`, settings, data and
 * collections, and the output is kept. It no longer changes when what it showed changes.
 */
import path from "node:path";
import {
  Liquid,
  Tag,
  type Context,
  type Emitter,
  type TagToken,
  type TopLevelToken,
} from "liquidjs";
import { markdownToHtml } from "satteri";
import { jekyllExcerpt } from "#markdown/excerpt.ts";
import { titleFromName } from "./convert.ts";
import { asLiquidjs, withTagsSetAside, type TagChange } from "./liquid-lenient.ts";
import { asList, isRecord, readYaml, type JekyllEntry, type JekyllSite } from "./jekyll-site.ts";
import { csvRecords } from "./csv.ts";
import { readSiteText } from "./site-files.ts";

/** Markdown as kramdown made it HTML, for a document's `content` and `excerpt` in Liquid. */
function asHtml(markdown: string): string {
  const result = markdownToHtml(markdown, { features: { gfm: true } });
  if (result instanceof Promise) throw new TypeError("Markdown without plugins does not wait.");
  return result.html;
}

/**
 * An entry as Liquid templates see it (`post.title`, `post.url`, `post.date`). In a list of the
 * site's entries (`rendered`), `content` and `excerpt` are HTML, as Jekyll had rendered the
 * documents before the pages that list them; each is made only when a template asks for it.
 */
function drop(
  entry: JekyllEntry,
  { rendered = false, separator }: { rendered?: boolean; separator?: string | undefined } = {},
): Record<string, unknown> {
  const name = path.posix.basename(entry.relative ?? entry.file).replace(/\.[^.]+$/, "");
  const markdown = /\.(md|markdown|mkd|mkdn)$/i.test(entry.file);
  const html = (text: string) => (rendered && markdown ? asHtml(text) : text);
  const own = entry.data["excerpt"];
  let content: string | undefined;
  let excerpt: string | undefined;
  const fields = {
    ...entry.data,
    // Jekyll titles a document without a title from its file name.
    title: entry.data["title"] ?? (entry.kind === "document" ? titleFromName(name) : undefined),
    url: entry.url,
    date: entry.date,
    path: entry.file,
    collection: entry.collection,
    get content() {
      return (content ??= html(entry.body));
    },
    get excerpt() {
      if (typeof own === "string") return own;
      if (!rendered || entry.kind !== "document") return "";
      return (excerpt ??= html(jekyllExcerpt(entry.body, separator) ?? ""));
    },
  };
  // `{{ doc }}` shows the document's content, as a Jekyll document does.
  return Object.defineProperty(fields, "toString", { value: () => fields.content });
}

/** The texts of the site's files in `folder` (`_includes/`) whose names match, by their path there. */
async function textsIn(site: JekyllSite, folder: string, names: RegExp) {
  const texts = new Map<string, string>();
  for (const file of site.files) {
    if (!file.startsWith(folder) || !names.test(file)) continue;
    const text = await readSiteText(site.root, file);
    if (text !== undefined) texts.set(file.slice(folder.length), text);
  }
  return texts;
}

/** A file of `_data` that could not be read, and why (its line, for YAML). */
export interface DataProblem {
  file: string;
  line?: number;
  reason: string;
}

/**
 * The files of `_data` (YAML, JSON, CSV and TSV), by their path without extension: `site.data.cv`; a file
 * that cannot be read shows nothing, and is named in `problems`.
 */
async function readData(
  site: JekyllSite,
  problems: DataProblem[],
): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const [file, text] of await textsIn(site, "_data/", /\.(ya?ml|json|csv|tsv)$/i)) {
    let value: unknown;
    try {
      const read = /\.json$/i.test(file)
        ? { data: JSON.parse(text) as unknown }
        : /\.[ct]sv$/i.test(file)
          ? { data: csvRecords(text, /\.tsv$/i.test(file) ? "\t" : ",") }
          : readYaml(text);
      if ("problem" in read) {
        problems.push({
          file: `_data/${file}`,
          line: read.problem.line,
          reason: read.problem.reason,
        });
        continue;
      }
      value = read.data;
    } catch (error) {
      problems.push({ file: `_data/${file}`, reason: error instanceof Error ? error.message : "" });
      continue;
    }
    const keys = file.replace(/\.[^.]+$/, "").split("/");
    let target = data;
    for (const key of keys.slice(0, -1)) {
      const next = isRecord(target[key]) ? target[key] : {};
      target[key] = next;
      target = next;
    }
    target[keys.at(-1) ?? file] = value;
  }
  return data;
}

/**
 * A page's text with every Liquid tag that `known` does not name (a plugin's, such as `{% tabs %}`
 * or `{% cite %}`) set aside, so that the rest can run; `hidden` lists them by line, and `restore`
 * puts them back into a text, each in an HTML comment, which visitors never get.
 */
export function hideUnknownTags(
  text: string,
  known: ReadonlySet<string>,
): {
  text: string;
  hidden: { line: number; tag: string }[];
  restore: (rendered: string) => string;
} {
  const hidden: { line: number; tag: string }[] = [];
  const out = text.replace(/\{%-?\s*(\w+)[\s\S]*?-?%\}/g, (tag, name: string, at: number) => {
    if (known.has(name) || (name.startsWith("end") && known.has(name.slice(3)))) return tag;
    hidden.push({ line: text.slice(0, at).split("\n").length, tag });
    // A character of Unicode's private use area marks the place: no text has it.
    return `\uE000${hidden.length - 1}\uE000`;
  });
  const restore = (rendered: string) =>
    rendered.replace(/\uE000(\d+)\uE000/g, (_, index: string) => {
      const tag = hidden[Number(index)]?.tag ?? "";
      return `<!-- ${tag.replaceAll("--", "- -")} -->`;
    });
  return { text: out, hidden, restore };
}

/**
 * What one run of Liquid gives: the text, or why it could not run. `changes` are tags written as
 * liquidjs reads what Ruby Liquid read; `setAside`, tags that could not run, each in an HTML
 * comment in the text.
 */
export type LiquidResult =
  | { ok: true; text: string; changes: TagChange[]; setAside: TagChange[] }
  | { ok: false; reason: string };

/** A tag of an include (`_includes/…`) that was changed or set aside, for every page using it. */
export interface IncludeChange extends TagChange {
  file: string;
  setAside: boolean;
}

/**
 * Runs a page's Liquid as Jekyll would: `run(body, entry)`. The output is made fit for Markdown
 * (HTML without indentation) unless `asIs` is set, for files that are not pages (a feed, a text).
 * `known` names the tags it runs; others (a plugin's) must be hidden first (`hideUnknownTags`).
 */
export type LiquidRunner = ((body: string, entry: JekyllEntry, asIs?: boolean) => LiquidResult) & {
  known: ReadonlySet<string>;
  /** The files of `_data` that could not be read, so that Liquid showed nothing of them. */
  dataProblems: readonly DataProblem[];
  /** Tags of the includes written as liquidjs reads them, or set aside. */
  includeChanges: readonly IncludeChange[];
};

const INCLUDE_RELATIVE = /\{%-?\s*include_relative\s+([^\s%{}]+)/g;

/** The folder of a site file, for `include_relative` (`_pages/home.md` is in `_pages`). */
const folderOf = (file: string) => path.posix.dirname(file);

/**
 * The files that `{% include_relative %}` names in the entries' texts (and in what those name),
 * read from the site beforehand, by their path in the site: the tag reads from this map alone.
 */
async function relativeIncludes(site: JekyllSite): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let pending = site.entries.map((entry) => ({ from: entry.file, text: entry.body }));
  while (pending.length > 0) {
    const next: { from: string; text: string }[] = [];
    for (const { from, text } of pending)
      for (const [, name = ""] of text.matchAll(INCLUDE_RELATIVE)) {
        const file = path.posix.normalize(path.posix.join(folderOf(from), name));
        if (texts.has(file) || file.startsWith("../")) continue;
        const found = await readSiteText(site.root, file);
        texts.set(file, found ?? "");
        if (found !== undefined) next.push({ from, text: found });
      }
    pending = next;
  }
  return texts;
}

/**
 * The includes' texts as liquidjs reads them: Ruby Liquid's leniencies written its way, and tags
 * that cannot be parsed set aside (as comments that Liquid leaves alone).
 */
function lenientIncludes(
  engine: Liquid,
  includes: Map<string, string>,
  templates: Record<string, string>,
): IncludeChange[] {
  const changes: IncludeChange[] = [];
  for (const [file, text] of includes) {
    const lenient = asLiquidjs(text);
    changes.push(
      ...lenient.changes.map((c) => ({ ...c, file: `_includes/${file}`, setAside: false })),
    );
    templates[file] = lenient.text;
  }
  for (const file of Object.keys(templates)) {
    const parsed = withTagsSetAside(templates[file] ?? "", (text) => {
      engine.parse(text);
      return text;
    });
    if ("error" in parsed) continue;
    templates[file] = parsed
      .restore(parsed.result)
      .replace(/<!--[\s\S]*?-->/g, (comment) =>
        comment.includes("{") ? `{% raw %}${comment}{% endraw %}` : comment,
      );
    changes.push(
      ...parsed.setAside.map((c) => ({ ...c, file: `_includes/${file}`, setAside: true })),
    );
  }
  return changes;
}

/**
 * A Liquid engine set up as the Jekyll site's own: its `_includes`, Jekyll's filters and tags,
 * and `site` with its settings, data and collections.
 */
export async function liquidRunner(
  site: JekyllSite,
  resolve: (kind: "link" | "post_url", reference: string) => string | undefined,
): Promise<LiquidRunner> {
  const config = site.config;
  const baseurl =
    typeof config["baseurl"] === "string" ? config["baseurl"].replace(/\/+$/, "") : "";
  // The includes are read here, and Liquid is given their texts: it opens no file itself.
  const includes = await textsIn(site, "_includes/", /./);
  // Liquid reads includes from this object, which is filled in below, once the engine can parse.
  const templates: Record<string, string> = {};
  const engine = new Liquid({
    templates,
    jekyllInclude: true,
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    renderLimit: 2000,
    memoryLimit: 64 * 1024 * 1024,
  });
  const onSite = (address: unknown) => {
    const text = typeof address === "string" ? address : "";
    return `${baseurl}${text.startsWith("/") || text === "" ? "" : "/"}${text}`;
  };
  engine.registerFilter("relative_url", onSite);
  engine.registerFilter("absolute_url", onSite);
  engine.registerFilter("markdownify", (text: unknown) => (typeof text === "string" ? text : ""));
  engine.registerFilter("smartify", (text: unknown) => text);
  // Ruby sorts a hash into its [key, value] pairs, by key; liquidjs would sort nothing.
  const sort = engine.filters["sort"];
  if (sort !== undefined)
    engine.registerFilter("sort", function (this: unknown, value: unknown, ...args: unknown[]) {
      const sorted = isRecord(value)
        ? Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        : value;
      return (sort as (...all: unknown[]) => unknown).call(this, sorted, ...args);
    });
  for (const kind of ["link", "post_url"] as const) {
    engine.registerTag(
      kind,
      class extends Tag {
        private readonly reference: string;
        constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
          super(token, remain, liquid);
          this.reference = token.args.trim();
        }
        render(_context: Context, emitter: Emitter): void {
          emitter.write(resolve(kind, this.reference) ?? "");
        }
      },
    );
  }

  const relative = await relativeIncludes(site);
  engine.registerTag(
    "include_relative",
    class extends Tag {
      private readonly relativePath: string;
      constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
        super(token, remain, liquid);
        this.relativePath = token.args.trim().split(/\s+/)[0] ?? "";
      }
      *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
        const from = context.getSync(["page", "path"]);
        const file = path.posix.normalize(
          path.posix.join(folderOf(typeof from === "string" ? from : ""), this.relativePath),
        );
        const text = relative.get(file);
        if (text === undefined || text === "") return;
        yield this.liquid.renderer.renderTemplates(this.liquid.parse(text), context, emitter);
      }
    },
  );
  const includeChanges = lenientIncludes(engine, includes, templates);

  const published = site.entries.filter((entry) => entry.unpublished === undefined);
  const separator =
    typeof config["excerpt_separator"] === "string" ? config["excerpt_separator"] : undefined;
  // The same object for an entry wherever it is listed, so that its HTML is made once.
  const listed = new Map(published.map((e) => [e, drop(e, { rendered: true, separator })]));
  const listedDrop = (entry: JekyllEntry) => listed.get(entry) ?? drop(entry);
  const collections = [...site.collections.keys()].map((label) => ({
    label,
    output: site.collections.get(label)?.output ?? false,
    docs: published.filter((e) => e.collection === label).map(listedDrop),
  }));
  const tags: Record<string, unknown[]> = {};
  for (const post of published.filter((e) => e.collection === "posts"))
    for (const tag of asList(post.data["tags"])) (tags[tag] ??= []).push(listedDrop(post));
  const dataProblems: DataProblem[] = [];
  // Links stay on this site wherever it is served: `site.url` is left out of the addresses.
  const siteDrop: Record<string, unknown> = {
    ...config,
    url: "",
    baseurl,
    time: new Date(),
    data: await readData(site, dataProblems),
    pages: published.filter((e) => e.kind === "page").map(listedDrop),
    collections,
    tags,
    ...Object.fromEntries(collections.map((c) => [c.label, c.docs])),
  };

  const run = (body: string, entry: JekyllEntry, asIs = false): LiquidResult => {
    const lenient = asLiquidjs(body);
    const scope = { site: siteDrop, page: drop(entry), base_path: baseurl };
    const outcome = withTagsSetAside(
      lenient.text,
      (text) => engine.parseAndRenderSync(text, scope) as string,
    );
    if ("error" in outcome)
      return { ok: false, reason: outcome.error.message.split("\n")[0] ?? "" };
    const text = outcome.restore(outcome.result);
    return {
      ok: true,
      text: asIs ? text : withoutIndentedHtml(text),
      changes: [...lenient.changes, ...outcome.lax],
      setAside: outcome.setAside,
    };
  };
  // The tags it runs, and the parts of theirs that are written as tags of their own.
  const known = new Set([...Object.keys(engine.tags), "else", "elsif", "when"]);
  return Object.assign(run, { known, dataProblems, includeChanges });
}

/**
 * Rendered templates indent their HTML, which Markdown would show as code: HTML lines lose their
 * indentation, and lines with only white space are emptied.
 */
export function withoutIndentedHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^\s+</.test(line) ? line.trimStart() : line.trim() === "" ? "" : line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

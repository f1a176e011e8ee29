/**
 * `npm run import -- <path-to-jekyll-site> [--dry-run] [--force] [--into <folder>] [--check [--against <old>]]`
 *
 * Moves an academicpages (Jekyll) site into this project: settings, content, files and images, with
 * a report of every input file's fate, of every change, and of everything left for a person.
 * `--check` lists every address the Jekyll site served, worked out as Jekyll does, and counts how
 * many the built site (dist/) serves at the same path; with `--against` (the old site's Jekyll build,
 * or its address), it also compares what each page says (check-against.ts). Exits with status 1
 * when anything needs a person, or (with `--check`) when an address is missing or a page falls short.
 */
import { access, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { glob } from "tinyglobby";
import { checkContent } from "#check/content-check.ts";
import { outputFileFor } from "#core/site-paths.ts";
import { formatProblem } from "#core/problems.ts";
import { PROJECT } from "../lib/copy-site.ts";
import { joinedToEntry, matchGenerated } from "./bib-source.ts";
import { liquidRunner } from "./liquid.ts";
import { isOwnDocument } from "./own-documents.ts";
import { removedAsComments, withoutSettings, type RemovedSetting } from "./settings-fields.ts";
import { checkAgainst } from "./check-against.ts";
import { cvFromJson, cvYaml, isJsonResume, showsJsonCv } from "./cv.ts";
import {
  TALKMAP_FILES,
  placesFromCoordinatesJson,
  placesFromOrgLocations,
  placesYaml,
  showsTalkMap,
  type Coordinates,
} from "./talk-places.ts";
import { talkPlace } from "#routing/talk-places.ts";
import { confinedFile, destinationProblem } from "./destination.ts";
import { UNREADABLE_SENTENCE, readSiteFile, readSiteText } from "./site-files.ts";
import { convertConfig, convertEntry, ownCollectionsOf, plainCss, type Note } from "./convert.ts";
import {
  isRecord,
  isThemeFile,
  jekyllOutputs,
  outputExtension,
  readJekyllSite,
  readYaml,
  redirectsOf,
  servedAt,
  type JekyllEntry,
  type JekyllOutput,
  type JekyllSite,
} from "./jekyll-site.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const valueOf = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const source = args.find(
  (arg, i) => !arg.startsWith("--") && args[i - 1] !== "--into" && args[i - 1] !== "--against",
);
if (source === undefined) {
  console.error(
    "Usage: npm run import -- <path-to-jekyll-site> [--dry-run] [--force] [--into <folder>] [--check [--against <old-site-build-or-address>]]",
  );
  process.exit(2);
}
const jekyll = path.resolve(source);
const into = path.resolve(valueOf("into") ?? PROJECT);
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const configRead = await readSiteFile(jekyll, "_config.yml");
if ("unreadable" in configRead) {
  console.error(
    configRead.unreadable === "missing"
      ? `${jekyll} has no _config.yml: is it a Jekyll site?`
      : `${jekyll}/_config.yml ${UNREADABLE_SENTENCE[configRead.unreadable]}: the site's settings cannot be read.`,
  );
  process.exit(2);
}

const site = await readJekyllSite(jekyll);

/** The files Jekyll wrote that count as the old site's addresses: not the theme's, no query. */
function servedAddresses(jekyllSite: JekyllSite): Map<string, JekyllOutput> {
  const served = new Map<string, JekyllOutput>();
  for (const output of jekyllOutputs(jekyllSite)) {
    if (isThemeFile(output.output) || output.output.includes("?")) continue;
    served.set(output.output, output);
  }
  return served;
}

if (flag("check")) {
  const dist = path.join(into, "dist");
  const files = new Set(await glob("**/*", { cwd: dist, dot: true }));
  if (files.size === 0) {
    console.error(`${dist} is empty: run npm run build first.`);
    process.exit(2);
  }
  const served = servedAddresses(site);
  const missing = [...served.values()].filter((o) => !files.has(o.output));
  console.log(
    `The Jekyll site served ${served.size} addresses: pages, redirects, the feed, the sitemap and files (the theme's own files are not counted).`,
  );
  for (const output of missing.sort((a, b) => a.output.localeCompare(b.output)))
    console.log(`  missing: ${servedAt(output.output)} (${output.from})`);
  console.log(`${served.size - missing.length} of ${served.size} addresses served.`);
  const against = valueOf("against");
  const contentPassed =
    against === undefined ||
    (await checkAgainst(
      against,
      site,
      [...served.keys()].filter((o) => files.has(o)),
      dist,
    ));
  process.exit(missing.length === 0 && contentPassed ? 0 : 1);
}

const notes: Note[] = [];
/** Files to write, by path in the project, with their content or the file to copy. */
const writes = new Map<string, { text: string } | { from: string }>();
const fates = new Map<string, string>();
/**
 * Whether the import may not write `target` for the site's file `source`: a name the site chose
 * (a collection `..`, a permalink) can point anywhere, and only the content folders are written.
 */
const refusedTarget = (source: string, target: string): boolean => {
  const problem = destinationProblem(target);
  if (problem === undefined) return false;
  fates.set(source, "left for a person");
  notes.push({
    file: source,
    kind: "person",
    message: `was not imported: it would be written as ${JSON.stringify(target)}, but ${problem}.`,
  });
  return true;
};

if (site.configProblem !== undefined) {
  notes.push({
    file: "_config.yml",
    line: site.configProblem.line,
    kind: "person",
    message: `is not valid YAML (${site.configProblem.reason}): its settings were not read.`,
  });
}
const config = site.config;
const navigationText = await readSiteText(jekyll, "_data/navigation.yml");
const navigationRead = navigationText === undefined ? undefined : readYaml(navigationText);
if (navigationRead?.problem !== undefined) {
  notes.push({
    file: "_data/navigation.yml",
    line: navigationRead.problem.line,
    kind: "person",
    message: `is not valid YAML (${navigationRead.problem.reason}): the menu was not read.`,
  });
}

// Symbolic links are never followed, and collections whose names cannot be folders are not read.
for (const link of site.links) fates.set(link, `skipped: it ${UNREADABLE_SENTENCE.link}`);
for (const label of site.refusedCollections) {
  notes.push({
    file: "_config.yml",
    kind: "person",
    message: `collections: "${label}" cannot name a folder here (a collection's name is letters, digits, "_", "-" and ".", not first): its files were not imported.`,
  });
}

// The portrait, into the image pipeline.
const author = isRecord(config["author"]) ? config["author"] : {};
const avatarName =
  typeof author["avatar"] === "string" ? path.posix.basename(author["avatar"]) : undefined;
const avatarRead =
  avatarName === undefined ? undefined : await readSiteFile(jekyll, `images/${avatarName}`);
const refusedAvatar =
  avatarRead !== undefined &&
  "bytes" in avatarRead &&
  refusedTarget("_config.yml", `src/images/${avatarName ?? ""}`);
/** Whether the portrait was found, or why not, in the words of the report. */
const avatarFound: true | string =
  avatarRead === undefined || refusedAvatar
    ? "it cannot be imported"
    : "bytes" in avatarRead
      ? true
      : avatarRead.unreadable === "missing"
        ? "there is no such file in images/"
        : `images/${avatarName ?? ""} ${UNREADABLE_SENTENCE[avatarRead.unreadable]}`;
const hasAvatar = avatarFound === true;
if (hasAvatar && avatarName !== undefined)
  writes.set(`src/images/${avatarName}`, { from: path.join(jekyll, "images", avatarName) });

// Settings.
const { settings, notes: configNotes } = convertConfig(
  config,
  navigationRead?.data,
  avatarFound,
  path.basename(jekyll),
);
if (hasAvatar && avatarName !== undefined)
  (settings["author"] as Record<string, unknown>)["avatar"] = avatarName;
notes.push(...configNotes);
fates.set("_config.yml", "converted into src/data/site.yaml");
if (navigationRead !== undefined)
  fates.set("_data/navigation.yml", "converted into navigation in src/data/site.yaml");

// Who wrote each file of the old site: when two entries wrote one file, the later one was served.
// Only what is imported counts here: a file that is left for a person cannot take an address.
// An entry Jekyll did not write is still imported (a draft, a future one, published: false keep
// their meaning here), but for a collection Jekyll writes nothing of (output: false).
const convertible = (entry: JekyllEntry) => entry.unpublished?.why !== "no-output";
const imported = (entry: JekyllEntry) =>
  convertible(entry) && outputExtension(entry.file) === ".html";
const entryOf = new Map(site.entries.map((entry) => [entry.file, entry]));
const outputs = jekyllOutputs(site).filter((output) => {
  const entry = entryOf.get(output.from);
  return entry === undefined || imported(entry);
});
const last = new Map(outputs.map((output) => [output.output, output]));
const overwrittenBy = new Map<string, string>();
/** Old addresses of each file whose redirect was not served, and what was served there instead. */
const lostRedirects = new Map<string, Map<string, string>>();
const loseRedirect = (file: string, address: string, servedBy: string) =>
  lostRedirects.set(
    file,
    (lostRedirects.get(file) ?? new Map<string, string>()).set(address, servedBy),
  );
for (const output of outputs) {
  const winner = last.get(output.output);
  if (winner === undefined || winner === output) continue;
  if (output.kind === "redirect" && output.address !== undefined) {
    loseRedirect(output.from, output.address, winner.from);
  } else if (winner.kind === "redirect" && winner.from === output.from && winner.address) {
    // A page whose old address is its own: the page stays, the redirect goes.
    loseRedirect(output.from, winner.address, `${output.from} itself`);
  } else if (output.kind === "page" || output.kind === "document") {
    overwrittenBy.set(output.from, winner.from);
  }
}

const published = site.entries.filter((entry) => entry.unpublished === undefined);
const resolve = (kind: "link" | "post_url", reference: string): string | undefined => {
  if (kind === "link") return entryOf.get(reference.replace(/^\/+/, ""))?.url;
  const name = reference.split("/").pop() ?? reference;
  return published.find(
    (e) => e.collection === "posts" && path.posix.basename(e.file).replace(/\.[^.]+$/, "") === name,
  )?.url;
};
/** The site's own collections (`_preprints`): folders of src/content/collections/ here. */
const ownCollections = ownCollectionsOf(site.collections);

// The JSON CV (academicpages' _data/cv.json), when a page showed it: it becomes src/data/cv.yaml.
const CV_JSON = "_data/cv.json";
const cvJson: unknown = await readSiteText(jekyll, CV_JSON).then((text) => {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch (error) {
    notes.push({
      file: CV_JSON,
      kind: "person",
      message: `is not valid JSON (${error instanceof Error ? error.message : String(error)}): the CV was not read from it.`,
    });
    return undefined;
  }
});
let cvPage: JekyllEntry | undefined;

// The talk map's coordinates (academicpages' talkmap/): they become src/data/places.yaml, and the
// page that showed the old map (an <iframe> of talkmap/map.html) gives the new one its address.
const talkmapPlaces = new Map<string, Coordinates>();
const talkmapSources: string[] = [];
for (const file of TALKMAP_FILES) {
  const text = await readSiteText(jekyll, file);
  if (text === undefined) continue;
  const found = file.endsWith(".json")
    ? placesFromCoordinatesJson(text)
    : placesFromOrgLocations(text);
  if (found.size === 0) continue;
  talkmapSources.push(file);
  for (const [name, at] of found) if (!talkmapPlaces.has(name)) talkmapPlaces.set(name, at);
}
/** Where each published talk was given, as far as the old map's data says. */
const talkWhere = Object.fromEntries(talkmapPlaces);
const talksByPlace = published.flatMap((entry) => {
  if (entry.collection !== "talks") return [];
  const { location, lat, lng } = entry.data;
  if (typeof location !== "string") return [];
  const coordinates = typeof lat === "number" && typeof lng === "number" ? { lat, lng } : {};
  return [{ entry, location, place: talkPlace({ location, ...coordinates }, talkWhere) }];
});
/** Whether the new map has a place: some talk's location has coordinates in the old map's data. */
const hasTalkMap = talksByPlace.some(({ place }) => place.kind === "place");
let talkMapPage: JekyllEntry | undefined;

// Content.
const runLiquid = await liquidRunner(site, resolve);
for (const { file, line, reason } of runLiquid.dataProblems) {
  // The menu and the JSON CV have lines of their own.
  if (file === "_data/navigation.yml" || file === CV_JSON) continue;
  notes.push({
    file,
    ...(line !== undefined && { line }),
    kind: "person",
    message: `cannot be read (${reason}): Liquid that showed it shows nothing of it here.`,
  });
}
for (const { file, line, tag, reason, setAside } of runLiquid.includeChanges)
  notes.push({
    file,
    line,
    kind: setAside ? "person" : "converted",
    message: setAside
      ? `the tag "${tag}" could not run here (${reason}): pages that use this include show the rest of it.`
      : `"${tag}" ${reason} (in every page that uses this include).`,
  });
const staticOutputs = new Set(site.statics.map((file) => file.output));
for (const entry of site.entries) {
  if (!convertible(entry)) {
    fates.set(entry.file, `skipped, because ${entry.unpublished?.because ?? ""}`);
    continue;
  }
  // A feed, a text, or an HTML document with no layout: the file Jekyll wrote, not a page here.
  if (outputExtension(entry.file) !== ".html" || (await isOwnDocument(entry, site))) {
    if (isThemeFile(entry.file) || isThemeFile(entry.output)) {
      fates.set(entry.file, "skipped, because it is the theme's, and this site has its own");
      continue;
    }
    if (refusedTarget(entry.file, `public/${entry.output}`)) continue;
    const sass = /\.s[ac]ss$/i.test(entry.file);
    const css = sass ? plainCss(entry.body) : undefined;
    if (css !== undefined) {
      writes.set(`public/${entry.output}`, { text: css });
      fates.set(entry.file, `converted to public/${entry.output}`);
      notes.push({
        file: entry.file,
        kind: "converted",
        message: `its text is plain CSS, written as ${entry.output}, the file Jekyll made from it.`,
      });
      continue;
    }
    // Any other file with front matter (a feed, a text): Jekyll ran its Liquid and wrote the result.
    const rendered = sass ? undefined : runLiquid(entry.body, entry, true);
    if (rendered?.ok === true) {
      writes.set(`public/${entry.output}`, { text: rendered.text });
      fates.set(entry.file, `converted to public/${entry.output}`);
      notes.push({
        file: entry.file,
        kind: "converted",
        message: `Jekyll made ${entry.output} from it with Liquid: that was run once here, and its output written as public/${entry.output}. It no longer changes with what it showed.`,
      });
      continue;
    }
    fates.set(entry.file, "left for a person");
    notes.push({
      file: entry.file,
      kind: "person",
      message: `Jekyll made ${entry.output} from it with its template language${rendered === undefined ? " (Sass)" : ""}, which does not run here: put the file it made into public/${entry.output}.`,
    });
    continue;
  }
  if (
    cvPage === undefined &&
    isJsonResume(cvJson) &&
    entry.kind === "page" &&
    entry.unpublished === undefined &&
    showsJsonCv(entry.body)
  ) {
    cvPage = entry;
    continue;
  }
  if (
    talkMapPage === undefined &&
    hasTalkMap &&
    entry.kind === "page" &&
    entry.unpublished === undefined &&
    showsTalkMap(entry.body)
  ) {
    talkMapPage = entry;
    continue;
  }
  const result = convertEntry(entry, {
    config,
    overwrittenBy: overwrittenBy.get(entry.file),
    lostRedirects: lostRedirects.get(entry.file) ?? new Map(),
    resolve,
    ownCollections,
    hasFile: (file) => staticOutputs.has(file),
    runLiquid,
  });
  const target = `src/content/${result.collection}/${result.name}`;
  if (refusedTarget(entry.file, target)) continue;
  if (writes.has(target)) {
    notes.push({
      file: entry.file,
      kind: "person",
      message: `was not imported: ${target} is taken by another file of the site. Move it by hand.`,
    });
    continue;
  }
  writes.set(target, { text: result.text });
  notes.push(...result.notes);
  fates.set(
    entry.file,
    `${result.notes.some((n) => n.kind === "converted") ? "converted" : "imported"} as ${target}`,
  );
}

if (cvPage !== undefined && isJsonResume(cvJson)) {
  const titles = (collection: string) =>
    published.flatMap((entry) =>
      entry.collection === collection && typeof entry.data["title"] === "string"
        ? [entry.data["title"]]
        : [],
    );
  const title = cvPage.data["title"];
  const { data, changes } = cvFromJson(
    cvJson,
    {
      permalink: cvPage.url,
      title: typeof title === "string" ? title : undefined,
      redirect_from: redirectsOf(cvPage),
    },
    { publications: titles("publications"), talks: titles("talks"), teaching: titles("teaching") },
  );
  writes.set("src/data/cv.yaml", { text: cvYaml(data, CV_JSON) });
  fates.set(CV_JSON, "converted into src/data/cv.yaml");
  fates.set(cvPage.file, "converted into the CV page, made from src/data/cv.yaml");
  notes.push({
    file: CV_JSON,
    kind: "converted",
    message: `is src/data/cv.yaml now (the same sections, in YAML; empty values left out${changes.length === 0 ? "" : `; ${changes.join("; ")}`}).`,
  });
  const rest = cvPage.body
    .replace(
      /\{%-?\s*include\s+(cv-template|base_path)\.html\s*-?%\}|\{%-?\s*include\s+base_path\s*-?%\}/g,
      "",
    )
    .trim();
  notes.push({
    file: cvPage.file,
    kind: "converted",
    message: `showed the JSON CV: its page at ${cvPage.url} is now made from src/data/cv.yaml, which has its address${redirectsOf(cvPage).length > 0 ? " and old addresses" : ""}${rest === "" ? "" : `. The rest of its text is not on that page: ${JSON.stringify(rest.length > 120 ? `${rest.slice(0, 117)}...` : rest)}`}.`,
  });
}

// Files served as they are: everything Jekyll copied, but the theme's.
for (const file of site.statics) {
  if (isThemeFile(file.file)) {
    fates.set(file.file, "skipped, because it is the theme's, and this site has its own");
    continue;
  }
  if (refusedTarget(file.file, `public/${file.output}`)) continue;
  writes.set(`public/${file.output}`, { from: path.join(jekyll, file.file) });
  fates.set(file.file, `copied to public/${file.output}`);
}
// Publications generated from a .bib by academicpages' pubsFromBib: that .bib becomes their source.
for (const bibFile of site.files.filter((file) =>
  /^(markdown_generator|files)\/[^/]+\.bib$/.test(file),
)) {
  const publications = [...writes].flatMap(([target, content]) =>
    target.startsWith("src/content/publications/") && "text" in content
      ? [{ target, text: content.text }]
      : [],
  );
  const bibText = (await readSiteText(jekyll, bibFile)) ?? "";
  const generated = matchGenerated(bibText, bibFile, publications);
  const copied = fates.get(bibFile);
  if ("reason" in generated) {
    if (copied === undefined)
      fates.set(bibFile, `skipped: not the publications' source, as ${generated.reason}`);
    continue;
  }
  const target = `src/content/publications/${path.posix.basename(bibFile)}`;
  writes.set(target, { text: bibText });
  fates.set(bibFile, `${copied === undefined ? "" : `${copied}, and `}imported as ${target}`);
  for (const [publication, entry] of generated.matches) {
    const content = writes.get(publication);
    if (content === undefined || !("text" in content)) continue;
    const joined = joinedToEntry(content.text, entry);
    writes.set(publication, { text: joined.text });
    notes.push({
      file: publication,
      kind: "converted",
      message: `was made from the entry "${entry.key}" of ${bibFile} (pubsFromBib): joined to it with "bibkey", so its page shows the entry's authors, DOI, abstract and citation downloads${joined.removed.length === 0 ? "" : `; ${joined.removed.join(", ")} removed, as the entry says the same`}.`,
    });
  }
  notes.push({
    file: bibFile,
    kind: "converted",
    message: `${generated.matches.size === 1 ? "the site's publication was" : `the site's ${generated.matches.size} publications were`} made from it: it is their source now, as ${target}.`,
  });
}
if (hasTalkMap) {
  writes.set("src/data/places.yaml", { text: placesYaml(talkmapPlaces, talkmapSources) });
  for (const file of talkmapSources) {
    const copied = fates.get(file);
    fates.set(
      file,
      `${copied === undefined ? "" : `${copied}, and `}read into src/data/places.yaml`,
    );
  }
  notes.push({
    file: talkmapSources.join(", "),
    kind: "converted",
    message: `the coordinates of ${talkmapPlaces.size === 1 ? "1 place" : `${String(talkmapPlaces.size)} places`} of talks are in src/data/places.yaml, which the talk map is drawn from when the site is built.`,
  });
  if (talkMapPage !== undefined) {
    settings["talkmap_permalink"] = talkMapPage.url;
    fates.set(talkMapPage.file, `converted into the talk map at ${talkMapPage.url}`);
    const rest = talkMapPage.body
      .replace(/<iframe[\s\S]*?(<\/iframe>|\/>)/gi, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    notes.push({
      file: talkMapPage.file,
      kind: "converted",
      message: `showed the talk map (talkmap/map.html, drawn in the browser with tiles from elsewhere): ${talkMapPage.url} is now the site's own map, drawn when the site is built (talkmap_permalink in the settings)${rest === "" ? "" : `. The rest of its text is not on that page: ${JSON.stringify(rest.length > 120 ? `${rest.slice(0, 117)}...` : rest)}`}.`,
    });
  }
}
if (talkmapSources.length > 0) {
  // The talks the map leaves out, by location: their coordinates are for a person to add.
  const missing = new Map<string, number>();
  for (const { location, place } of talksByPlace)
    if (place.kind === "unknown") missing.set(location, (missing.get(location) ?? 0) + 1);
  if (missing.size > 0) {
    const talks = [...missing.values()].reduce((sum, count) => sum + count, 0);
    notes.push({
      file: talkmapSources.join(", "),
      kind: "person",
      message: `${String(talks)} ${talks === 1 ? "talk is" : "talks are"} not on the talk map: ${talkmapSources.length === 1 ? "it has" : "they have"} no coordinates for ${[...missing].map(([location, count]) => `"${location}"${count > 1 ? ` (${String(count)} talks)` : ""}`).join(", ")}. Add ${missing.size === 1 ? "it" : "them"} to src/data/places.yaml with their lat and lng.`,
    });
  }
}
for (const file of site.unread) {
  if (fates.has(file)) continue;
  const top = file.split("/")[0] ?? "";
  fates.set(
    file,
    site.refusedCollections.some((label) => top === `_${label}`)
      ? "skipped, because its collection's name cannot name a folder here"
      : top === "_data"
        ? "read for the Liquid of the pages that showed it (run once at import), not copied"
        : ["_layouts", "_includes", "_sass", "_plugins"].includes(top)
          ? "skipped, because this site has its own layouts, styles, scripts and build"
          : "skipped, because Jekyll did not publish it (_config.yml excludes it, or Jekyll skips such names)",
  );
}

// Stage the content and settings, check them as the build will, and keep only menu links that work.
const stage = await mkdtemp(path.join(os.tmpdir(), "import-"));
const stageWrite = async (target: string, content: { text: string } | { from: string }) => {
  const file = path.join(stage, target);
  await mkdir(path.dirname(file), { recursive: true });
  if ("text" in content) await writeFile(file, content.text);
  else await copyFile(content.from, file);
};
for (const [target, content] of writes) {
  if (target.startsWith("src/")) await stageWrite(target, content);
}
await stageWrite("src/data/site.yaml", { text: yaml.dump(settings, { lineWidth: 100 }) });
let report = await checkContent(stage);
const badLinks = new Set(
  report.problems
    .filter(
      (p) =>
        p.field?.startsWith("navigation") === true &&
        p.message.includes("no page has that permalink"),
    )
    .map((p) => /goes to "([^"]*)"/.exec(p.message)?.[1]),
);
if (badLinks.size > 0) {
  settings["navigation"] = (settings["navigation"] as { title: string; url: string }[]).filter(
    (link) => {
      if (!badLinks.has(link.url)) return true;
      notes.push({
        file: "_data/navigation.yml",
        kind: "person",
        message: `the menu link "${link.title}" (${link.url}) was left out: the site has no page there. Add one, then the link.`,
      });
      return false;
    },
  );
  await stageWrite("src/data/site.yaml", { text: yaml.dump(settings, { lineWidth: 100 }) });
  report = await checkContent(stage);
}
// Settings this site cannot take are taken out, so that the site builds; they wait as comments.
const removedSettings: RemovedSetting[] = [];
for (let round = 0; round < 3; round++) {
  const fields = report.problems.flatMap((p) =>
    p.severity === "error" && p.file === "src/data/site.yaml" && p.field !== undefined
      ? [p.field]
      : [],
  );
  const taken = withoutSettings(settings, fields);
  if (taken.removed.length === 0) break;
  for (const { field } of taken.removed) {
    const problem = report.problems.find((p) => p.field === field);
    notes.push({
      file: "_config.yml",
      kind: "person",
      message: `the setting ${field} was left out (${problem?.message ?? "this site cannot read it"}); it waits as a comment at the end of src/data/site.yaml.`,
    });
  }
  removedSettings.push(...taken.removed);
  for (const key of Object.keys(settings))
    if (!(key in taken.settings)) Reflect.deleteProperty(settings, key);
  Object.assign(settings, taken.settings);
  await stageWrite("src/data/site.yaml", { text: yaml.dump(settings, { lineWidth: 100 }) });
  report = await checkContent(stage);
}
for (const problem of report.problems.filter((p) => p.severity === "error")) {
  notes.push({
    file: problem.file,
    kind: "person",
    message: formatProblem(problem).slice(problem.file.length + 2),
  });
}
// The project's own entries that the import does not replace but whose address an imported page
// takes (the starter About page at /, when the old site has its own home page): with --force they
// are removed, as the imported site replaces them; without it, they are left for a person.
const importedAt = new Set(report.entries.map((entry) => outputFileFor(entry.permalink)));
const existing = await checkContent(into);
const displaced = existing.entries.filter(
  (entry) => !writes.has(entry.file) && importedAt.has(outputFileFor(entry.permalink)),
);
await rm(stage, { recursive: true, force: true });
writes.set("src/data/site.yaml", {
  text: `# Imported from ${path.basename(jekyll)}/_config.yml.\n${yaml.dump(settings, { lineWidth: 100 })}${removedAsComments(removedSettings)}`,
});

// Write, unless it is a dry run; never over an existing file without --force.
let refused = 0;
if (!flag("dry-run")) {
  for (const [target, content] of writes) {
    // Checked again on disk: a folder of the project may be a symbolic link to elsewhere.
    const confined = await confinedFile(into, target);
    if ("problem" in confined) {
      refused++;
      notes.push({
        file: target,
        kind: "person",
        message: `was not written: ${confined.problem}.`,
      });
      continue;
    }
    const { file } = confined;
    if (!flag("force") && (await exists(file))) {
      refused++;
      notes.push({
        file: target,
        kind: "person",
        message: "exists already and was not overwritten (use --force to replace it).",
      });
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    if ("text" in content) await writeFile(file, content.text);
    else await copyFile(content.from, file);
  }
}
for (const entry of displaced) {
  const at = `the imported site has its own page at ${entry.permalink}`;
  if (flag("force")) {
    if (!flag("dry-run")) await rm(path.join(into, entry.file));
    notes.push({ file: entry.file, kind: "converted", message: `removed: ${at}.` });
  } else {
    notes.push({
      file: entry.file,
      kind: "person",
      message: `${at}: remove this file (or use --force, which removes it).`,
    });
  }
}

const people = notes.filter((n) => n.kind === "person");
const converted = notes.filter((n) => n.kind === "converted");
const line = (n: Note) => `  ${n.file}${n.line === undefined ? "" : `:${n.line}`}: ${n.message}`;
console.log(
  `${flag("dry-run") ? "Dry run (nothing written): " : ""}import of ${jekyll} into ${into}\n`,
);
console.log("Every input file:");
for (const [file, fate] of [...fates].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${file}: ${fate}`);
if (converted.length > 0) {
  console.log("\nConverted:");
  for (const note of converted) console.log(line(note));
}
if (people.length > 0) {
  console.log("\nLeft for a person:");
  for (const note of people) console.log(line(note));
}
console.log(
  `\n${writes.size - refused} files ${flag("dry-run") ? "would be written" : "written"}; ${converted.length} conversions; ${people.length} thing${people.length === 1 ? "" : "s"} left for a person.`,
);
if (people.length > 0) process.exitCode = 1;

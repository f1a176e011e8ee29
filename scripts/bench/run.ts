/**
 * `npm run bench [-- --sizes 100,300+media,1000,5000 --runs 3 --dev 300+media,1000 --previews 300+media,1000 --sites <dirs>]`: builds
 * synthetic sites of each size cold (output and caches deleted), warm (caches kept, nothing
 * changed) and warm with one entry edited, and the same Markdown cold with Jekyll and Hugo (when
 * Debian's `jekyll` and `hugo` are installed, each with a minimal layout) and with a bare Astro
 * site, in the same run. A size with `+media` adds what real sites have: 30 figures, a portrait and
 * 20 PDFs. For the `--dev` sizes it also times `astro dev`: from its start to the first page served,
 * and from saving an edited entry to the new text being served. `--sites` names Jekyll sites (such
 * as a checkout of an academicpages site) to import and time the same way, beside Jekyll's build
 * of the site itself (with the plugins it names that are installed). For the `--previews` sizes it
 * also builds the site with `preview_images: false`, to show what drawing the link-preview images
 * adds to a cold and a warm build. Prints and writes
 * `bench/results.md`. Times are reported, never asserted.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { format } from "prettier";
import { glob } from "tinyglobby";
import { withoutColours } from "#core/text.ts";
import { isRecord, pluginsOf, readYaml } from "../import/jekyll-site.ts";
import { freePort } from "../lib/chromium.ts";
import { copySite, PROJECT } from "../lib/copy-site.ts";
import { buildPhases } from "./breakdown.ts";
import {
  syntheticEntries,
  syntheticMedia,
  withMedia,
  yamlFrontMatter,
  type SyntheticEntry,
  type SyntheticMedia,
} from "./synthetic.ts";

interface Run {
  wall: number;
  cpu: number;
  /** Peak resident memory in MiB. */
  peak: number;
  /** What the command printed. */
  output: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
/** A size to measure: how many entries, and whether the site has media too (`300+media`). */
interface Size {
  entries: number;
  media: boolean;
  name: string;
}
const sizes = (list: string): Size[] =>
  list
    .split(",")
    .filter((name) => name !== "")
    .map((name) => ({ entries: Number.parseInt(name, 10), media: name.endsWith("+media"), name }));
const SIZES = sizes(option("sizes", "100,300+media,1000,5000"));
const DEV = new Set(sizes(option("dev", "300+media,1000")).map((size) => size.name));
const RUNS = Number(option("runs", "3"));
/** The sizes also built without link-preview images. */
const PREVIEWS = new Set(sizes(option("previews", "300+media,1000")).map((size) => size.name));
/** Jekyll sites (folders) to import and time beside Jekyll's own build of them: `--sites a,b`. */
const IMPORTED = option("sites", "")
  .split(",")
  .filter((site) => site !== "");
const SITES = path.join(PROJECT, "bench/.sites");
const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);
const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" });
const HUGO = hugo.status === 0 ? hugo.stdout.trim() : undefined;
const jekyll = spawnSync("jekyll", ["--version"], { encoding: "utf8" });
const JEKYLL = jekyll.status === 0 ? jekyll.stdout.trim() : undefined;

/**
 * Writes out pending file data and, where allowed (as root on Linux), empties the page cache, so
 * that every build meets the machine in the same state: on the machine the results were measured
 * on, a full page cache made the same build's file work several times slower as a series went on.
 */
async function settle(): Promise<boolean> {
  spawnSync("sync");
  try {
    await writeFile("/proc/sys/vm/drop_caches", "3\n");
    return true;
  } catch {
    return false;
  }
}
/** Whether the page cache was emptied before each build. */
const dropped: boolean[] = [];

/** Runs a command and measures it: wall time, CPU time and peak memory (with GNU time). */
async function measure(command: string, commandArgs: string[], cwd: string): Promise<Run> {
  dropped.push(await settle());
  const stats = path.join(cwd, ".time");
  const start = process.hrtime.bigint();
  const child = hasTime
    ? spawnSync(TIME, ["-o", stats, "-f", "%e %U %S %M", command, ...commandArgs], {
        cwd,
        encoding: "utf8",
      })
    : spawnSync(command, commandArgs, { cwd, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) {
    throw new Error(
      `${command} ${commandArgs.join(" ")} failed:\n${child.stdout}\n${child.stderr}`,
    );
  }
  const output = `${child.stdout}${child.stderr}`;
  if (!hasTime) return { wall, cpu: Number.NaN, peak: Number.NaN, output };
  const [, user, system, peakKb] = (await readFile(stats, "utf8")).trim().split(/\s+/).map(Number);
  return { wall, cpu: (user ?? 0) + (system ?? 0), peak: (peakKb ?? 0) / 1024, output };
}

type Write = (file: string, content: string | Buffer) => Promise<void>;

/** A new, empty folder for a benchmark site, and a function that writes files into it. */
async function newSite(name: string): Promise<{ root: string; write: Write }> {
  const root = path.join(SITES, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const write: Write = async (file, content) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  };
  return { root, write };
}

/**
 * The entries as Markdown files, one folder per collection, named `prefix` and the collection's
 * name (`src/content/` gives `src/content/posts/`, `_` gives Jekyll's `_posts/`); `fields` gives
 * the front matter.
 */
async function writeEntries(
  write: Write,
  prefix: string,
  entries: SyntheticEntry[],
  fields = (entry: SyntheticEntry) => entry.fields,
): Promise<void> {
  for (const entry of entries) {
    await write(
      `${prefix}${entry.collection}/${entry.name}`,
      `${yamlFrontMatter(fields(entry))}\n${entry.body}`,
    );
  }
}

/** Writes `media` for a site whose files served as they are live in `files` (`public`, `static`). */
async function writeMedia(
  write: Write,
  media: SyntheticMedia | undefined,
  files: string,
  besideIn?: (entry: number) => string,
): Promise<void> {
  if (media === undefined) return;
  for (const figure of media.figures) {
    const beside = besideIn !== undefined && figure.beside;
    await write(
      beside
        ? path.posix.join(besideIn(figure.entry), figure.name)
        : `${files}/images/${figure.name}`,
      figure.bytes,
    );
  }
  for (const file of media.pdfs) await write(`${files}/files/${file.name}`, file.bytes);
  await write(`${files}/images/profile.png`, media.portrait);
}

async function astroSite(
  size: Size,
  entries: SyntheticEntry[],
  media: SyntheticMedia | undefined,
  { previews = true } = {},
): Promise<string> {
  const { root, write } = await newSite(`astro-${size.name}${previews ? "" : "-no-previews"}`);
  await copySite(root, { withoutPages: true });
  const shown = media === undefined ? entries : withMedia(entries, media, { beside: true });
  await writeEntries(write, "src/content/", shown);
  await writeMedia(write, media, "public", (index) => `src/content/${entries[index]?.collection}`);
  if (media !== undefined) {
    await write("src/images/profile.png", media.portrait);
    const settings = path.join(root, "src/data/site.yaml");
    const text = await readFile(settings, "utf8");
    await writeFile(settings, text.replace(/^ {2}avatar:.*$/m, "  avatar: profile.png"));
  }
  await write(
    "src/content/pages/index.md",
    `---\ntitle: Home\npermalink: /\n---\nA synthetic site of ${size.entries} entries.\n`,
  );
  if (!previews) {
    const settings = path.join(root, "src/data/site.yaml");
    await writeFile(settings, `${await readFile(settings, "utf8")}\npreview_images: false\n`);
  }
  return root;
}

/**
 * Astro alone, as its own documentation starts a site: the same Markdown in glob collections without
 * schemas, each entry rendered into one minimal template. No checks, lists, redirects or sitemap:
 * the floor under what any Astro site of this size costs to build on this machine.
 */
const BARE_ASTRO = {
  "astro.config.mjs": `import { defineConfig } from "astro/config";\nexport default defineConfig({});\n`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
const files = (dir: string) => defineCollection({ loader: glob({ pattern: "**/*.md", base: \`./src/content/\${dir}\` }) });
export const collections = { pages: files("pages"), publications: files("publications"), posts: files("posts") };
`,
  "src/pages/[...slug].astro": `---
import { getCollection, render } from "astro:content";
export async function getStaticPaths() {
  const names = ["pages", "publications", "posts"] as const;
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return entries.map((entry) => ({ params: { slug: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
};

async function bareAstroSite(
  size: Size,
  entries: SyntheticEntry[],
  media: SyntheticMedia | undefined,
): Promise<string> {
  const { root, write } = await newSite(`bare-astro-${size.name}`);
  for (const [file, text] of Object.entries(BARE_ASTRO)) await write(file, text);
  const shown = media === undefined ? entries : withMedia(entries, media, { beside: true });
  await writeEntries(write, "src/content/", shown);
  await writeMedia(write, media, "public", (index) => `src/content/${entries[index]?.collection}`);
  await symlink(path.join(PROJECT, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

const HUGO_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</body></html>`;

async function hugoSite(
  size: Size,
  entries: SyntheticEntry[],
  media: SyntheticMedia | undefined,
): Promise<string> {
  const { root, write } = await newSite(`hugo-${size.name}`);
  await writeMedia(write, media, "static");
  const shown = media === undefined ? entries : withMedia(entries, media, { beside: false });
  await write("hugo.toml", `baseURL = "https://example.org/"\ntitle = "Synthetic"\n`);
  await write("layouts/_default/baseof.html", HUGO_LAYOUT);
  await write("layouts/_default/single.html", `{{ define "main" }}{{ .Content }}{{ end }}`);
  await write(
    "layouts/_default/list.html",
    `{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}`,
  );
  await write("layouts/index.html", `<!doctype html><title>Home</title><h1>Home</h1>`);
  // Hugo names a page's address `url` and its old addresses `aliases`.
  await writeEntries(write, "content/", shown, (entry) => {
    const { permalink, redirect_from: aliases, ...fields } = entry.fields;
    return { ...fields, url: permalink, ...(aliases === undefined ? {} : { aliases }) };
  });
  return root;
}

const JEKYLL_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head><body><h1>{{ page.title }}</h1>{{ content }}</body></html>`;

/**
 * The same Markdown as a Jekyll site, as academicpages lays it out (`_pages`, `_publications`,
 * `_posts`), with one minimal layout and the plugins academicpages uses for old addresses and the
 * sitemap.
 */
async function jekyllSite(
  size: Size,
  entries: SyntheticEntry[],
  media: SyntheticMedia | undefined,
): Promise<string> {
  const { root, write } = await newSite(`jekyll-${size.name}`);
  await write(
    "_config.yml",
    [
      "title: Synthetic",
      "url: https://example.org",
      "include: [_pages]",
      "exclude: [.time]",
      "plugins: [jekyll-redirect-from, jekyll-sitemap]",
      "collections:",
      "  publications:",
      "    output: true",
      "defaults:",
      '  - scope: { path: "" }',
      "    values: { layout: default }",
      "",
    ].join("\n"),
  );
  await write("_layouts/default.html", JEKYLL_LAYOUT);
  await writeMedia(write, media, ".");
  const shown = media === undefined ? entries : withMedia(entries, media, { beside: false });
  await writeEntries(write, "_", shown);
  await write("index.md", `---\ntitle: Home\n---\nA synthetic site of ${size.entries} entries.\n`);
  return root;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function row(name: string, size: Size, runs: Run[]): string {
  const walls = runs.map((r) => r.wall);
  const wall = median(walls);
  const cpu = median(runs.map((r) => r.cpu));
  const peak = Math.max(...runs.map((r) => r.peak));
  return `| ${name} | ${size.name.replace("+", " + ")} | ${wall.toFixed(2)} s | ${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)} s | ${cpu.toFixed(1)} s | ${peak.toFixed(0)} MiB | ${((wall / size.entries) * 1000).toFixed(2)} ms |`;
}

const ASTRO_BIN = path.join(PROJECT, "node_modules/astro/bin/astro.mjs");
const astroBuild = (root: string, { log = false } = {}) =>
  measure(process.execPath, [ASTRO_BIN, "build", ...(log ? [] : ["--silent"])], root);

/** Seconds until `url` answers 200 with a body that `ready` accepts (polled every 25 ms). */
async function secondsUntil(url: string, ready: (body: string) => boolean): Promise<number> {
  const start = process.hrtime.bigint();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && ready(await response.text()))
        return Number(process.hrtime.bigint() - start) / 1e9;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer in 180 s`);
}

interface DevRun {
  /** From starting `astro dev` to the first page served. */
  start: number;
  /** From saving an edited entry to its page serving the new text. */
  edit: number;
}

/** Starts `astro dev` in `root`, times the first page and one edit of `file` (shown at `page`). */
async function measureDev(root: string, file: string, page: string): Promise<DevRun> {
  await settle();
  const port = await freePort();
  const start = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [ASTRO_BIN, "dev", "--host", "127.0.0.1", "--port", String(port)],
    {
      cwd: root,
      detached: true,
      stdio: "ignore",
    },
  );
  try {
    const url = `http://127.0.0.1:${port}${page}`;
    await secondsUntil(url, () => true);
    const started = Number(process.hrtime.bigint() - start) / 1e9;
    const text = await readFile(file, "utf8");
    const marker = `Edited ${Date.now()}`;
    await writeFile(file, `${text}\n${marker}.\n`);
    const edit = await secondsUntil(url, (body) => body.includes(marker));
    await writeFile(file, text);
    return { start: started, edit };
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  }
}

const lines = [
  "| build | entries | median wall | min–max | CPU (median) | peak memory | per entry |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
];
const devLines = [
  "| site | entries | first page after start (median, min–max) | edit served after save (median, min–max) |",
  "| --- | ---: | ---: | ---: |",
];
const ratios: string[] = [];
const previewLines: string[] = [];
const breakdown: string[] = [];
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";
console.log(
  `${os.cpus().length} cores; ${RUNS} runs each; sizes ${SIZES.map((s) => s.name).join(", ")}; ${JEKYLL ?? "jekyll not installed"}; ${HUGO ?? "hugo not installed"}`,
);
const wall = (runs: Run[]) => median(runs.map((r) => r.wall));
const times = (runs: Run[], base: Run[]) => `${(wall(runs) / wall(base)).toFixed(2)} ×`;
const spread = (values: number[]) =>
  `${median(values).toFixed(2)} s (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)} s)`;

/** Deletes what an Astro build leaves: its output, and Astro's and Vite's caches. */
async function deleteAstroOutput(site: string): Promise<void> {
  for (const dir of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"]) {
    await rm(path.join(site, dir), { recursive: true, force: true });
  }
}

interface AstroRuns {
  cold: Run[];
  warm: Run[];
  edited: Run[];
}

/**
 * One round of this site's builds in `root`: cold, warm, and warm with a paragraph added to
 * `editedFile` (the edit an editor makes most), which is then put back.
 */
async function astroRound(
  root: string,
  editedFile: string | undefined,
  runs: AstroRuns,
  label: string,
): Promise<void> {
  await deleteAstroOutput(root);
  runs.cold.push(await astroBuild(root));
  runs.warm.push(await astroBuild(root));
  if (editedFile !== undefined) {
    const text = await readFile(editedFile, "utf8");
    await writeFile(editedFile, `${text}\nA paragraph added in run ${runs.cold.length}.\n`);
    runs.edited.push(await astroBuild(root));
    await writeFile(editedFile, text);
  }
  console.log(
    `${label}: cold ${runs.cold.at(-1)?.wall.toFixed(2)} s, warm ${runs.warm.at(-1)?.wall.toFixed(2)} s, one entry edited ${runs.edited.at(-1)?.wall.toFixed(2)} s`,
  );
}

/** The table's rows for `runs`, each named after `name`. */
const astroRows = (name: string, size: Size, runs: AstroRuns) => [
  row(`${name}, cold`, size, runs.cold),
  row(`${name}, warm`, size, runs.warm),
  ...(runs.edited.length > 0 ? [row(`${name}, warm, one entry edited`, size, runs.edited)] : []),
];

/** Jekyll's cold build of the site in `root`. */
async function jekyllCold(root: string, label: string, args: string[] = []): Promise<Run> {
  for (const dir of ["_site", ".jekyll-cache"]) {
    await rm(path.join(root, dir), { recursive: true, force: true });
  }
  const run = await measure("jekyll", ["build", "--quiet", ...args], root);
  console.log(`jekyll ${label}: cold ${run.wall.toFixed(2)} s`);
  return run;
}

for (const size of SIZES) {
  const entries = syntheticEntries(size.entries);
  const media = size.media ? syntheticMedia(entries) : undefined;
  const root = await astroSite(size, entries, media);
  const runs: AstroRuns = { cold: [], warm: [], edited: [] };
  const dev: DevRun[] = [];
  const bareDev: DevRun[] = [];
  const first = entries[0];
  const editedFile =
    first === undefined ? undefined : path.join(root, "src/content", first.collection, first.name);
  // Each cold build is followed by a warm one, and the other tools' builds come in between, so that
  // all meet the machine in the same state (a long series of builds slows its file system down).
  const jekyllRoot = JEKYLL === undefined ? undefined : await jekyllSite(size, entries, media);
  const jekyllRuns: Run[] = [];
  const hugoRoot = HUGO === undefined ? undefined : await hugoSite(size, entries, media);
  const hugoRuns: Run[] = [];
  const bareRoot = await bareAstroSite(size, entries, media);
  const bareRuns: Run[] = [];
  const plainRoot = PREVIEWS.has(size.name)
    ? await astroSite(size, entries, media, { previews: false })
    : undefined;
  const plainRuns: AstroRuns = { cold: [], warm: [], edited: [] };
  for (let i = 0; i < RUNS; i++) {
    await astroRound(root, editedFile, runs, `astro ${size.name}`);
    if (plainRoot !== undefined && first !== undefined) {
      const plainEdited = path.join(plainRoot, "src/content", first.collection, first.name);
      await astroRound(plainRoot, plainEdited, plainRuns, `astro ${size.name} without previews`);
    }
    if (DEV.has(size.name) && editedFile !== undefined && first !== undefined) {
      dev.push(await measureDev(root, editedFile, first.permalink));
      console.log(
        `astro dev ${size.name}: first page ${dev.at(-1)?.start.toFixed(2)} s, edit ${dev.at(-1)?.edit.toFixed(2)} s`,
      );
    }
    if (jekyllRoot !== undefined) jekyllRuns.push(await jekyllCold(jekyllRoot, size.name));
    if (hugoRoot !== undefined) {
      for (const dir of ["public", "resources"]) {
        await rm(path.join(hugoRoot, dir), { recursive: true, force: true });
      }
      hugoRuns.push(await measure("hugo", ["--quiet"], hugoRoot));
      console.log(`hugo ${size.name}: cold ${hugoRuns.at(-1)?.wall.toFixed(2)} s`);
    }
    await deleteAstroOutput(bareRoot);
    bareRuns.push(await astroBuild(bareRoot));
    console.log(`bare astro ${size.name}: cold ${bareRuns.at(-1)?.wall.toFixed(2)} s`);
    if (DEV.has(size.name) && first !== undefined) {
      const file = path.join(bareRoot, "src/content", first.collection, first.name);
      const page = `/${first.collection}/${first.name.replace(/\.md$/, "")}`;
      bareDev.push(await measureDev(bareRoot, file, page));
      console.log(
        `bare astro dev ${size.name}: first page ${bareDev.at(-1)?.start.toFixed(2)} s, edit ${bareDev.at(-1)?.edit.toFixed(2)} s`,
      );
    }
  }
  if (size.media && breakdown.length === 0) {
    // One more cold build, with Astro's log, to see where its time goes.
    await deleteAstroOutput(root);
    const run = await astroBuild(root, { log: true });
    breakdown.push(
      `Where the time of a cold build of the ${size.name.replace("+", " + ")} site goes (one more build, ${run.wall.toFixed(2)} s, read from Astro's log):`,
      "",
      "| phase | seconds |",
      "| --- | ---: |",
      ...buildPhases(withoutColours(run.output), run.wall).map(
        (phase) => `| ${phase.name} | ${phase.seconds.toFixed(2)} |`,
      ),
      "",
    );
  }
  if (plainRoot !== undefined) {
    const images = (await glob("og/**/*.png", { cwd: path.join(root, "dist") })).length;
    const added = (kind: keyof AstroRuns) => {
      const seconds = wall(runs[kind]) - wall(plainRuns[kind]);
      return `${seconds.toFixed(2)} s (${times(runs[kind], plainRuns[kind])} the build without them)`;
    };
    previewLines.push(
      `- ${size.name.replace("+", " + ")} entries, ${images} images: a cold build ${added("cold")}, ${(((wall(runs.cold) - wall(plainRuns.cold)) / images) * 1000).toFixed(1)} ms an image; a warm build ${added("warm")}; with one entry edited ${added("edited")}.`,
    );
  }
  lines.push(
    ...astroRows("this site", size, runs),
    ...(plainRoot === undefined
      ? []
      : astroRows("this site without preview images", size, plainRuns)),
    row("Astro alone, cold", size, bareRuns),
    ...(jekyllRuns.length > 0 ? [row("Jekyll, cold", size, jekyllRuns)] : []),
    ...(hugoRuns.length > 0 ? [row("Hugo, cold", size, hugoRuns)] : []),
  );
  const devRow = (name: string, runs: DevRun[]) =>
    `| ${name} | ${size.name.replace("+", " + ")} | ${spread(runs.map((d) => d.start))} | ${spread(runs.map((d) => d.edit))} |`;
  if (dev.length > 0) devLines.push(devRow("this site", dev));
  if (bareDev.length > 0) devLines.push(devRow("Astro alone", bareDev));
  const against = (runs: Run[]) =>
    [
      ...(jekyllRuns.length > 0 ? [`${times(runs, jekyllRuns)} Jekyll's`] : []),
      ...(hugoRuns.length > 0 ? [`${times(runs, hugoRuns)} Hugo's`] : []),
      `${times(runs, bareRuns)} Astro alone's`,
    ].join(", ");
  ratios.push(
    `- ${size.name.replace("+", " + ")} entries: a cold build takes ${against(runs.cold)} cold build; with one entry edited, ${against(runs.edited)}.`,
  );
}

/**
 * A copy of a Jekyll site that Debian's Jekyll builds as GitHub Pages would (safe mode), with the
 * plugins it names that are installed (a missing one would stop the build), and no Gemfile.
 */
async function jekyllCopy(site: string, name: string): Promise<string> {
  const { root, write } = await newSite(`jekyll-${name}`);
  await cp(site, root, {
    recursive: true,
    filter: (file) => !/\/(\.git|_site|\.jekyll-cache)$/.test(file),
  });
  await rm(path.join(root, "Gemfile"), { force: true });
  await rm(path.join(root, "Gemfile.lock"), { force: true });
  const { data } = readYaml(await readFile(path.join(root, "_config.yml"), "utf8"));
  const installed = [...pluginsOf(isRecord(data) ? data : {})].filter(
    (plugin) => spawnSync("ruby", ["-rjekyll", "-e", `require '${plugin}'`]).status === 0,
  );
  await write(
    "_override.yml",
    `plugins: [${installed.join(", ")}]\nwhitelist: [${installed.join(", ")}]\nexclude: [.time]\n`,
  );
  return root;
}

for (const site of IMPORTED) {
  const name = path.basename(path.resolve(site));
  const { root } = await newSite(`imported-${name}`);
  await copySite(root);
  const imported = spawnSync(
    process.execPath,
    [path.join(PROJECT, "scripts/import/main.ts"), site, "--into", root, "--force"],
    { encoding: "utf8" },
  );
  console.log(imported.stdout.trim().split("\n").at(-1));
  const files = (await glob("src/content/**/*.{md,mdx}", { cwd: root })).sort();
  const size: Size = { entries: files.length, media: false, name: String(files.length) };
  // The edit: a paragraph added to the first publication (or the first entry there is).
  const editedFile = path.join(
    root,
    files.find((f) => f.includes("/publications/")) ?? files[0] ?? "",
  );
  const jekyllRoot = JEKYLL === undefined ? undefined : await jekyllCopy(site, name);
  const runs: AstroRuns = { cold: [], warm: [], edited: [] };
  const jekyllRuns: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    await astroRound(root, editedFile, runs, `imported ${name}`);
    if (jekyllRoot !== undefined) {
      const args = ["--safe", "--config", "_config.yml,_override.yml"];
      jekyllRuns.push(await jekyllCold(jekyllRoot, name, args));
    }
  }
  lines.push(
    ...astroRows(`${name} imported`, size, runs),
    ...(jekyllRuns.length > 0 ? [row(`${name} with Jekyll, cold`, size, jekyllRuns)] : []),
  );
  if (jekyllRuns.length > 0)
    ratios.push(
      `- ${name}, imported (${files.length} entries): a cold build takes ${times(runs.cold, jekyllRuns)} Jekyll's cold build of the original; with one entry edited, ${times(runs.edited, jekyllRuns)}.`,
    );
}

const node = execFileSync(process.execPath, ["--version"], { encoding: "utf8" }).trim();
// Notes written by hand below "## Notes" in the last results are kept.
const RESULTS = path.join(PROJECT, "bench/results.md");
const last = existsSync(RESULTS) ? await readFile(RESULTS, "utf8") : "";
const notes = last.includes("\n## Notes\n")
  ? [last.slice(last.indexOf("\n## Notes\n") + 1).trimEnd(), ""]
  : [];
const report = [
  "# Build benchmarks",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}, ${JEKYLL ?? "Jekyll not installed"}, ${HUGO ?? "Hugo not installed"}.`,
  `Synthetic academicpages sites (20% pages, 50% publications, 30% posts; 2–5 KB Markdown bodies; one entry in five with redirect_from), ${RUNS} runs of each build. "+ media" sites also have what real sites have: 30 figures shown in entries (6 beside their entry, which this site optimises; 24 in images/, as academicpages keeps them), a portrait, and 20 PDFs of 100–300 KB linked from publications. Cold: output and caches deleted first. Warm: the same build again, right after each cold one, with nothing changed (every page copied from the last build), then with one entry's text edited. In the same run, the same Markdown is built cold by Jekyll (academicpages' layout of folders, with jekyll-redirect-from and jekyll-sitemap, one minimal layout), by Hugo (one minimal layout), and by "Astro alone": a bare Astro site (glob collections without schemas, one minimal template; no checks, lists, redirects or sitemap). ${dropped.every(Boolean) ? "Before each build, pending writes were flushed and the page cache emptied." : "Before each build, pending writes were flushed (emptying the page cache needs root)."}`,
  "",
  ...lines,
  "",
  "Side by side in the same run (median wall times):",
  "",
  ...ratios,
  "",
  ...(previewLines.length > 0
    ? [
        "What drawing the link-preview images (`preview_images`, one 1200×630 PNG a page) adds, against the same site built without them in the same run (median wall times):",
        "",
        ...previewLines,
        "",
      ]
    : []),
  ...(devLines.length > 2
    ? [
        "`astro dev`, in the same run: the time from starting it to the first page served, and from saving an entry with a paragraph added to its page serving the new text:",
        "",
        ...devLines,
        "",
      ]
    : []),
  ...breakdown,
  "Made by `npm run bench`; times are measurements of one machine, not promises.",
  "",
  ...notes,
];
// Written as the project's formatter would write it, so the format check stays clean.
await writeFile(
  RESULTS,
  await format(report.join("\n"), { parser: "markdown", proseWrap: "preserve" }),
);
console.log(`\n${report.join("\n")}`);

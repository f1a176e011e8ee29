/**
 * `npm run bench [-- --sizes 100,1000,5000 --runs 3]`: builds synthetic sites of each size cold
 * (output and caches deleted), warm (caches kept, nothing changed) and warm with one entry edited,
 * and, when Debian's `hugo` is installed, the same Markdown with a minimal Hugo layout, cold, in the
 * same run. Prints and writes `bench/results.md`. Times are reported, never asserted.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { format } from "prettier";
import { copySite, PROJECT } from "../lib/copy-site.ts";
import { syntheticEntries, yamlFrontMatter, type SyntheticEntry } from "./synthetic.ts";

interface Run {
  wall: number;
  cpu: number;
  /** Peak resident memory in MiB. */
  peak: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
const SIZES = option("sizes", "100,1000,5000").split(",").map(Number);
const RUNS = Number(option("runs", "3"));
const SITES = path.join(PROJECT, "bench/.sites");
const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);
const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" });
const HUGO = hugo.status === 0 ? hugo.stdout.trim() : undefined;

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
  if (!hasTime) return { wall, cpu: Number.NaN, peak: Number.NaN };
  const [, user, system, peakKb] = (await readFile(stats, "utf8")).trim().split(/\s+/).map(Number);
  return { wall, cpu: (user ?? 0) + (system ?? 0), peak: (peakKb ?? 0) / 1024 };
}

type Write = (file: string, text: string) => Promise<void>;

/** A new, empty folder for a benchmark site, and a function that writes files into it. */
async function newSite(name: string): Promise<{ root: string; write: Write }> {
  const root = path.join(SITES, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  return { root, write };
}

/** The entries as Markdown files in `dir`, one folder per collection; `fields` gives the front matter. */
async function writeEntries(
  write: Write,
  dir: string,
  entries: SyntheticEntry[],
  fields = (entry: SyntheticEntry) => entry.fields,
): Promise<void> {
  for (const entry of entries) {
    await write(
      `${dir}/${entry.collection}/${entry.name}`,
      `${yamlFrontMatter(fields(entry))}\n${entry.body}`,
    );
  }
}

async function astroSite(size: number, entries: SyntheticEntry[]): Promise<string> {
  const { root, write } = await newSite(`astro-${size}`);
  await copySite(root, { withoutPages: true });
  await writeEntries(write, "src/content", entries);
  await write(
    "src/content/pages/index.md",
    `---\ntitle: Home\npermalink: /\n---\nA synthetic site of ${size} entries.\n`,
  );
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

async function bareAstroSite(size: number, entries: SyntheticEntry[]): Promise<string> {
  const { root, write } = await newSite(`bare-astro-${size}`);
  for (const [file, text] of Object.entries(BARE_ASTRO)) await write(file, text);
  await writeEntries(write, "src/content", entries);
  await symlink(path.join(PROJECT, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

const HUGO_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</body></html>`;

async function hugoSite(size: number, entries: SyntheticEntry[]): Promise<string> {
  const { root, write } = await newSite(`hugo-${size}`);
  await write("hugo.toml", `baseURL = "https://example.org/"\ntitle = "Synthetic"\n`);
  await write("layouts/_default/baseof.html", HUGO_LAYOUT);
  await write("layouts/_default/single.html", `{{ define "main" }}{{ .Content }}{{ end }}`);
  await write(
    "layouts/_default/list.html",
    `{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}`,
  );
  await write("layouts/index.html", `<!doctype html><title>Home</title><h1>Home</h1>`);
  // Hugo names a page's address `url` and its old addresses `aliases`.
  await writeEntries(write, "content", entries, (entry) => {
    const { permalink, redirect_from: aliases, ...fields } = entry.fields;
    return { ...fields, url: permalink, ...(aliases === undefined ? {} : { aliases }) };
  });
  return root;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function row(name: string, size: number, runs: Run[]): string {
  const walls = runs.map((r) => r.wall);
  const wall = median(walls);
  const cpu = median(runs.map((r) => r.cpu));
  const peak = Math.max(...runs.map((r) => r.peak));
  return `| ${name} | ${size} | ${wall.toFixed(2)} s | ${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)} s | ${cpu.toFixed(1)} s | ${peak.toFixed(0)} MiB | ${((wall / size) * 1000).toFixed(2)} ms |`;
}

const ASTRO_BIN = path.join(PROJECT, "node_modules/astro/bin/astro.mjs");
const astroBuild = (root: string) =>
  measure(process.execPath, [ASTRO_BIN, "build", "--silent"], root);

const lines = [
  "| build | entries | median wall | min–max | CPU (median) | peak memory | per entry |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
];
const ratios: string[] = [];
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";
console.log(
  `${os.cpus().length} cores; ${RUNS} runs each; sizes ${SIZES.join(", ")}; ${HUGO ?? "hugo not installed"}`,
);
for (const size of SIZES) {
  const entries = syntheticEntries(size);
  const root = await astroSite(size, entries);
  const cold: Run[] = [];
  const warm: Run[] = [];
  const edited: Run[] = [];
  // The edit an editor makes most: a paragraph added to one entry.
  const first = entries[0];
  const editedFile =
    first === undefined ? undefined : path.join(root, "src/content", first.collection, first.name);
  // Each cold build is followed by a warm one, and Hugo's builds come in between, so that all three
  // meet the machine in the same state (a long series of builds slows its file system down).
  const hugoRoot = HUGO === undefined ? undefined : await hugoSite(size, entries);
  const hugoRuns: Run[] = [];
  const bareRoot = await bareAstroSite(size, entries);
  const bareRuns: Run[] = [];
  const deleteAstroOutput = async (site: string) => {
    for (const dir of ["dist", ".astro", "node_modules/.astro"]) {
      await rm(path.join(site, dir), { recursive: true, force: true });
    }
  };
  for (let i = 0; i < RUNS; i++) {
    await deleteAstroOutput(root);
    cold.push(await astroBuild(root));
    warm.push(await astroBuild(root));
    if (editedFile !== undefined) {
      const text = await readFile(editedFile, "utf8");
      await writeFile(editedFile, `${text}\nA paragraph added in run ${i + 1}.\n`);
      edited.push(await astroBuild(root));
      await writeFile(editedFile, text);
    }
    console.log(
      `astro ${size}: cold ${cold.at(-1)?.wall.toFixed(2)} s, warm ${warm.at(-1)?.wall.toFixed(2)} s, one entry edited ${edited.at(-1)?.wall.toFixed(2)} s`,
    );
    if (hugoRoot !== undefined) {
      for (const dir of ["public", "resources"]) {
        await rm(path.join(hugoRoot, dir), { recursive: true, force: true });
      }
      hugoRuns.push(await measure("hugo", ["--quiet"], hugoRoot));
      console.log(`hugo ${size}: cold ${hugoRuns.at(-1)?.wall.toFixed(2)} s`);
    }
    await deleteAstroOutput(bareRoot);
    bareRuns.push(await astroBuild(bareRoot));
    console.log(`bare astro ${size}: cold ${bareRuns.at(-1)?.wall.toFixed(2)} s`);
  }
  lines.push(
    row("this site, cold", size, cold),
    row("this site, warm", size, warm),
    ...(edited.length > 0 ? [row("this site, warm, one entry edited", size, edited)] : []),
  );
  lines.push(row("Astro alone, cold", size, bareRuns));
  if (hugoRuns.length > 0) lines.push(row("Hugo, cold", size, hugoRuns));
  const wall = (runs: Run[]) => median(runs.map((r) => r.wall));
  const times = (runs: Run[], base: Run[]) => `${(wall(runs) / wall(base)).toFixed(2)} ×`;
  ratios.push(
    hugoRuns.length > 0
      ? `- ${size} entries: this site's cold build takes ${times(cold, bareRuns)} Astro alone's and ${times(cold, hugoRuns)} Hugo's; Astro alone takes ${times(bareRuns, hugoRuns)} Hugo's.`
      : `- ${size} entries: this site's cold build takes ${times(cold, bareRuns)} Astro alone's.`,
  );
}

const node = execFileSync(process.execPath, ["--version"], { encoding: "utf8" }).trim();
const report = [
  "# Build benchmarks",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}, ${HUGO ?? "Hugo not installed"}.`,
  `Synthetic academicpages sites (20% pages, 50% publications, 30% posts; 2–5 KB Markdown bodies; one entry in five with redirect_from), ${RUNS} runs of each build. Cold: output and caches deleted first. Warm: the same build again, right after each cold one, with nothing changed (every page copied from the last build), then with one entry's text edited; Hugo's cold build follows, then "Astro alone": the same Markdown in a bare Astro site (glob collections without schemas, one minimal template; no checks, lists, redirects or sitemap). ${dropped.every(Boolean) ? "Before each build, pending writes were flushed and the page cache emptied." : "Before each build, pending writes were flushed (emptying the page cache needs root)."}`,
  "",
  ...lines,
  "",
  "Cold builds side by side in the same run:",
  "",
  ...ratios,
  "",
  "Made by `npm run bench`; times are measurements of one machine, not promises.",
  "",
];
// Written as the project's formatter would write it, so the format check stays clean.
await writeFile(
  path.join(PROJECT, "bench/results.md"),
  await format(report.join("\n"), { parser: "markdown", proseWrap: "preserve" }),
);
console.log(`\n${report.join("\n")}`);

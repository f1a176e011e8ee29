/**
 * `npm run import -- <path-to-jekyll-site> [--dry-run] [--force] [--into <folder>] [--check]`
 *
 * Moves an academicpages (Jekyll) site into this project: settings, content, files and images, with
 * a report of every input file's fate and of everything left for a person. `--check` lists every
 * address the Jekyll site served and checks that the built site (dist/) serves it too.
 * Exits with status 1 when anything needs a person.
 */
import { access, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { glob } from "tinyglobby";
import { checkContent } from "../../src/lib/content-check.ts";
import { serves } from "../../src/lib/link-check.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { PROJECT } from "../lib/copy-site.ts";
import {
  configDefault,
  convertConfig,
  convertEntry,
  JEKYLL_FOLDERS,
  permalinkTemplate,
  type JekyllFolder,
  type Note,
} from "./convert.ts";
import { jekyllUrls } from "./urls.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const valueOf = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const source = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--into");
if (source === undefined) {
  console.error(
    "Usage: npm run import -- <path-to-jekyll-site> [--dry-run] [--force] [--into <folder>] [--check]",
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

async function readYaml(file: string): Promise<unknown> {
  return (await exists(file)) ? yaml.load(await readFile(file, "utf8")) : undefined;
}

if (!(await exists(path.join(jekyll, "_config.yml")))) {
  console.error(`${jekyll} has no _config.yml: is it a Jekyll site?`);
  process.exit(2);
}

if (flag("check")) {
  const urls = await jekyllUrls(jekyll);
  const dist = path.join(into, "dist");
  const files = new Set(await glob("**/*", { cwd: dist, dot: true }));
  if (files.size === 0) {
    console.error(`${dist} is empty: run npm run build first.`);
    process.exit(2);
  }
  const missing = urls.filter((url) => !serves(files, decodeURI(url)));
  console.log(`The Jekyll site served ${urls.length} addresses.`);
  for (const url of missing) console.log(`  missing: ${url}`);
  console.log(
    missing.length === 0 ? "Every one of them is in dist/." : `${missing.length} are not in dist/.`,
  );
  process.exit(missing.length === 0 ? 0 : 1);
}

const config = (await readYaml(path.join(jekyll, "_config.yml"))) as Record<string, unknown>;
const navigation = await readYaml(path.join(jekyll, "_data/navigation.yml"));
const notes: Note[] = [];
/** Files to write, by path in the project, with their content or the file to copy. */
const writes = new Map<string, { text: string } | { from: string }>();
const fates: string[] = [];

// The portrait, into the image pipeline.
const author = (config["author"] ?? {}) as Record<string, unknown>;
const avatarName =
  typeof author["avatar"] === "string" ? path.basename(author["avatar"]) : undefined;
const avatarFile = avatarName === undefined ? undefined : path.join(jekyll, "images", avatarName);
const hasAvatar = avatarFile !== undefined && (await exists(avatarFile));
if (hasAvatar && avatarName !== undefined) {
  writes.set(`src/images/${avatarName}`, { from: avatarFile });
}

// Settings.
const { settings, notes: configNotes } = convertConfig(config, navigation, hasAvatar);
if (hasAvatar && avatarName !== undefined)
  (settings["author"] as Record<string, unknown>)["avatar"] = avatarName;
notes.push(...configNotes);
fates.push("_config.yml: converted into src/data/site.yaml");
if (navigation !== undefined)
  fates.push("_data/navigation.yml: converted into navigation in src/data/site.yaml");

// Content.
for (const folder of Object.keys(JEKYLL_FOLDERS) as JekyllFolder[]) {
  const dir = path.join(jekyll, folder);
  for (const relative of (await glob("**/*", { cwd: dir })).sort()) {
    const file = `${folder}/${relative}`;
    if (!/\.(md|markdown|mkdown|mkdn|mkd|html)$/i.test(relative)) {
      fates.push(`${file}: skipped, because it is not a Markdown or HTML entry`);
      continue;
    }
    const type = folder === "_drafts" ? "posts" : folder.slice(1);
    const result = convertEntry(
      folder,
      relative,
      await readFile(path.join(dir, relative), "utf8"),
      {
        author_profile: configDefault(config, type, "author_profile"),
        permalinkTemplate: permalinkTemplate(config, folder),
        config,
      },
    );
    if ("skipped" in result) {
      fates.push(`${file}: skipped, because ${result.skipped}`);
      continue;
    }
    const target = `src/content/${result.collection}/${result.name}`;
    writes.set(target, { text: result.text });
    notes.push(...result.notes);
    fates.push(
      `${file}: ${result.notes.some((n) => n.kind === "converted") ? "converted" : "imported"} as ${target}`,
    );
  }
}

// Files and images, served as they are.
for (const folder of ["files", "images"]) {
  for (const relative of await glob("**/*", { cwd: path.join(jekyll, folder), dot: true })) {
    writes.set(`public/${folder}/${relative}`, { from: path.join(jekyll, folder, relative) });
    fates.push(`${folder}/${relative}: copied to public/${folder}/${relative}`);
  }
}

// Everything else is the Jekyll theme and its machinery, which this site replaces.
const handled = new Set([
  "_config.yml",
  "_data/navigation.yml",
  ...Object.keys(JEKYLL_FOLDERS),
  "files",
  "images",
]);
const rest = (await glob("**/*", { cwd: jekyll, dot: false })).filter(
  (file) => ![...handled].some((h) => file === h || file.startsWith(`${h}/`)),
);
for (const file of rest.sort()) {
  fates.push(`${file}: skipped, because this site has its own layouts, styles, scripts and build`);
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
for (const problem of report.problems.filter((p) => p.severity === "error")) {
  notes.push({
    file: problem.file,
    kind: "person",
    message: formatProblem(problem).slice(problem.file.length + 2),
  });
}
await rm(stage, { recursive: true, force: true });
writes.set("src/data/site.yaml", {
  text: `# Imported from ${path.basename(jekyll)}/_config.yml.\n${yaml.dump(settings, { lineWidth: 100 })}`,
});

// Write, unless it is a dry run; never over an existing file without --force.
let refused = 0;
if (!flag("dry-run")) {
  for (const [target, content] of writes) {
    const file = path.join(into, target);
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

const people = notes.filter((n) => n.kind === "person");
const converted = notes.filter((n) => n.kind === "converted");
const line = (n: Note) => `  ${n.file}${n.line === undefined ? "" : `:${n.line}`}: ${n.message}`;
console.log(
  `${flag("dry-run") ? "Dry run (nothing written): " : ""}import of ${jekyll} into ${into}\n`,
);
console.log("Every input file:");
for (const fate of fates) console.log(`  ${fate}`);
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

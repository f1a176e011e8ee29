/**
 * The built sites, file by file, against the output recorded in `tests/fixtures/output/`: a change
 * to the code that should not change what visitors get (a refactoring) must leave every byte as it
 * was. Text files are compared whole, other files by their SHA-256, the search index aside. When a change to the output is
 * meant, record it again with `UPDATE_OUTPUT=1 npm test -- tests/output.test.ts` and review the diff.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, test } from "node:test";
import { glob } from "tinyglobby";
import { buildSite, fixtureSite, type FixtureOptions } from "./helpers/fixture-site.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const RECORDED = path.join(PROJECT, "tests/fixtures/output");
const TEXT = /\.(html|xml|txt|css|js|json|svg|webmanifest)$/;
const UPDATE = process.env["UPDATE_OUTPUT"] === "1";

/**
 * A built file with what may change without a visitor seeing it replaced by fixed names: the
 * footer's copyright year (the year of the build) is `YEAR`; Astro's scoped-style names
 * (`data-astro-cid-…`, a hash of the component's file path, so they change when a component moves)
 * are numbered by first appearance, and the hashes of inline styles in the content security
 * policy, which contain those names, are `(style)`.
 */
function normalised(text: string): string {
  const cids = new Map<string, string>();
  return text
    .replaceAll(`© ${new Date().getFullYear()}`, "© YEAR")
    .replace(/data-astro-cid-([a-z0-9]+)/g, (_, cid: string) => {
      if (!cids.has(cid)) cids.set(cid, String(cids.size + 1));
      return `data-astro-cid-${cids.get(cid) ?? ""}`;
    })
    .replace(/style-src [^;"]*/g, (policy) =>
      policy.replace(/'sha256-[^']+'/g, "'sha256-(style)'"),
    );
}

/**
 * Every file of a built site: text files as they are, other files as `sha256 <hex>`. The search
 * index (`pagefind/`) is Pagefind's own output, tested by what it finds (search.test.ts).
 */
async function outputOf(dist: string): Promise<Map<string, string>> {
  const files = (await glob("**/*", { cwd: dist, dot: true, ignore: ["pagefind/**"] })).sort();
  const output = new Map<string, string>();
  for (const file of files) {
    const bytes = await readFile(path.join(dist, file));
    output.set(
      file,
      TEXT.test(file)
        ? normalised(bytes.toString("utf8"))
        : `sha256 ${createHash("sha256").update(bytes).digest("hex")}\n`,
    );
  }
  return output;
}

/** A recorded file's name: binary files are recorded as `<name>.sha256`. */
const recordedName = (file: string) => (TEXT.test(file) ? file : `${file}.sha256`);

async function recordedOutput(dir: string): Promise<Map<string, string>> {
  const files = (await glob("**/*", { cwd: dir, dot: true })).sort();
  const output = new Map<string, string>();
  for (const file of files)
    output.set(file.replace(/\.sha256$/, ""), await readFile(path.join(dir, file), "utf8"));
  return output;
}

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

const SITES: [name: string, options: FixtureOptions][] = [
  ["seed", {}],
  ["academic", { withoutPages: true, from: "academic" }],
];

describe("the built sites are what was recorded", () => {
  for (const [name, options] of SITES) {
    test(`${name}: every file of dist/, byte for byte`, async () => {
      const root = await fixtureSite(`output-${name}`, options);
      roots.push(root);
      const result = await buildSite(root);
      assert.equal(result.error, undefined, result.log);
      const built = await outputOf(path.join(root, "dist"));
      const dir = path.join(RECORDED, name);
      if (UPDATE) {
        await rm(dir, { recursive: true, force: true });
        for (const [file, text] of built) {
          const target = path.join(dir, recordedName(file));
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, text);
        }
      }
      const recorded = await recordedOutput(dir);
      assert.deepEqual([...built.keys()], [...recorded.keys()], "the same files");
      for (const [file, text] of built) assert.equal(text, recorded.get(file), file);
    });
  }
});

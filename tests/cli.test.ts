import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { fixtureSite, plainLog } from "./helpers/fixture-site.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const roots: string[] = [];
after(async () => {
  for (const root of roots) await removeDir(root);
});

/** Runs a command as an editor would in the fixture's folder; resolves with its exit code and output. */
async function command(root: string, args: string[]) {
  const { code, stdout, stderr } = await runNode(args, root);
  return { code, output: plainLog(stdout + stderr) };
}

const BAD_PAGES = {
  "src/content/pages/about.md": "---\ntitle: About\npermalink: /\n---\nHello.\n",
  "src/content/pages/bad.md":
    "---\ntittle: Research\npermalink: https://example.com/research\nredirect_from: /\nauthor_profile: yes please\n---\n",
};

const REPORT = [
  "Found 4 problems in 1 file. Fix them and build again:",
  '  ✗ src/content/pages/bad.md, field "title": expected text (the page title), but found nothing (the field is missing).',
  '  ✗ src/content/pages/bad.md, field "permalink": expected a path on this site, such as "/about/", but found the external URL "https://example.com/research".',
  '  ✗ src/content/pages/bad.md, field "author_profile": expected true or false, but found the text "yes please".',
  '  ✗ src/content/pages/bad.md, field "tittle": not a known field. Did you mean "title"?',
].join("\n");

test("astro build: the report is the first thing printed, and no stack trace follows", async () => {
  const root = await fixtureSite("cli-build", { withoutPages: true, files: BAD_PAGES });
  roots.push(root);
  const { code, output } = await command(root, [
    path.join(PROJECT, "node_modules/astro/bin/astro.mjs"),
    "build",
  ]);
  assert.equal(code, 1);
  assert.ok(output.startsWith(`[ERROR] [academic-site] ${REPORT}\n`), output);
  assert.match(output, /\[AstroUserError\] The site was not built: 4 problems are listed above\./);
  assert.doesNotMatch(output, /Stack trace| {4}at /);
});

test("npm run check:content prints the same report without building", async () => {
  const root = await fixtureSite("cli-check", { withoutPages: true, files: BAD_PAGES });
  roots.push(root);
  const { code, output } = await command(PROJECT, ["scripts/check-content.ts", root]);
  assert.equal(code, 1);
  assert.equal(output, `${REPORT}\n`);
});

test("npm run check:content on the live site", async () => {
  const { code, output } = await command(PROJECT, ["scripts/check-content.ts"]);
  assert.equal(code, 0, output);
  assert.match(output, /^Content is fine: \d+ entr(y|ies), \d+ redirects?\.\n$/);
});

test("npm run check:content counts entries and redirects", async () => {
  const root = await fixtureSite("cli-seed");
  roots.push(root);
  const { code, output } = await command(PROJECT, ["scripts/check-content.ts", root]);
  assert.equal(code, 0);
  assert.equal(output, "Content is fine: 1 entry, 2 redirects.\n");
});

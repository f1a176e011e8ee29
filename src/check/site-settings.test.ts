import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { SITE_SETTINGS_FILE } from "#routing/collections.ts";
import { readSiteSettings } from "./site-settings.ts";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A project whose settings file holds `text` (none when `undefined`). */
async function project(text: string | undefined): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "site-settings-"));
  dirs.push(dir);
  if (text !== undefined) {
    await mkdir(path.join(dir, "src/data"), { recursive: true });
    await writeFile(path.join(dir, SITE_SETTINGS_FILE), text);
  }
  return dir;
}

const lines = async (text: string | undefined) => {
  const result = await readSiteSettings(await project(text));
  return result.problems.map(formatProblem);
};

test("valid settings are read, with their defaults", async () => {
  const result = await readSiteSettings(
    await project("title: Lab\nurl: https://lab.example.org\nauthor:\n  name: A. Person\n"),
  );
  assert.ok(result.ok);
  assert.equal(result.data.title, "Lab");
  assert.deepEqual(result.data.navigation, []);
});

test("a missing file, broken YAML and a wrong field each get a sentence", async () => {
  assert.deepEqual(await lines(undefined), [
    "src/data/site.yaml: is missing. The site needs it for its title, address and author profile.",
  ]);
  assert.deepEqual(await lines("title: [unclosed\n"), [
    "src/data/site.yaml: line 2 is not valid YAML: unexpected end of the stream within a flow collection.",
  ]);
  assert.deepEqual(await lines("title: Lab\nurl: lab.example.org\nauthor:\n  name: A\n"), [
    'src/data/site.yaml, field "url": expected the address the site is published at, such as "https://name.github.io", but found the text "lab.example.org".',
  ]);
});

test("the home page's sections and counts: a number of news items below 1, or a section that does not exist", async () => {
  const base = "title: Lab\nurl: https://lab.example.org\nauthor:\n  name: A. Person\n";
  assert.deepEqual(
    await lines(`${base}home:\n  sections: [news, awards]\n  news: 0\n  recent: 2.5\n`),
    [
      'src/data/site.yaml, field "home.sections (item 2)": expected one of "selected_publications", "recent_posts", "upcoming_talks", "recent_talks", "news", but found the text "awards".',
      'src/data/site.yaml, field "home.recent": expected a whole number, such as 5, but found the number 2.5.',
      'src/data/site.yaml, field "home.news": expected a number of at least 1, but found the number 0.',
    ],
  );
  const result = await readSiteSettings(await project(`${base}home:\n  sections: [news]\n`));
  assert.ok(result.ok);
  assert.deepEqual(result.data.home, { sections: ["news"], recent: 5, news: 5 });
});

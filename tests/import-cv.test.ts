/** academicpages' JSON CV (_data/cv.json and the page that shows it) imported as src/data/cv.yaml. */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { jekyllOutputs, readJekyllSite } from "../scripts/import/jekyll-site.ts";
import { buildSite, distFile, fixtureSite, type BuildResult } from "./helpers/fixture-site.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const JEKYLL = path.join(PROJECT, "tests/fixtures/jekyll-cv");

/** Runs `npm run import -- …` as an editor would. */
async function importer(...args: string[]) {
  const { code, stdout } = await runNode([path.join(PROJECT, "scripts/import/main.ts"), ...args]);
  return { code, output: stdout };
}

describe("importing the JSON CV", () => {
  let root = "";
  let imported: { code: number | null; output: string };
  let built: BuildResult;
  before(async () => {
    root = await fixtureSite("import-cv");
    imported = await importer(JEKYLL, "--into", root, "--force");
    built = await buildSite(root);
  });
  after(() => removeDir(root));

  test("the report says what became of cv.json and of the page that showed it", () => {
    assert.equal(imported.code, 0, imported.output);
    for (const line of [
      "  _data/cv.json: converted into src/data/cv.yaml",
      "  _pages/cv-json.md: converted into the CV page, made from src/data/cv.yaml",
      "  _data/cv.json: is src/data/cv.yaml now (the same sections, in YAML; empty values left out; 1 of its publications is left out, as src/content/publications/ has it and the CV lists that folder; 1 of its presentations is left out, as src/content/talks/ has it and the CV lists that folder).",
      '  _pages/cv-json.md: showed the JSON CV: its page at /cv-json/ is now made from src/data/cv.yaml, which has its address and old addresses. The rest of its text is not on that page: "<a href=\\"/files/cv.pdf\\">Download CV as PDF</a>".',
    ])
      assert.ok(imported.output.includes(`\n${line}\n`), line);
  });

  test("cv.yaml has the page's address and old addresses, and no empty values", async () => {
    const text = await readFile(path.join(root, "src/data/cv.yaml"), "utf8");
    assert.match(text, /^# The CV, made from _data\/cv\.json at import\./);
    assert.match(
      text,
      /\npermalink: \/cv-json\/\nredirect_from:\n {2}- \/resume-json\nbasics:\n {2}name: Ada Example\n/,
    );
    assert.doesNotMatch(text, /: ''|phone|gpa|presentations|A Journal Paper/);
    assert.match(text, /publications:\n {2}- name: A Workshop Paper\n/);
  });

  test("the site builds: the CV at its old address, the Markdown CV at /cv/, the old address redirects", async () => {
    assert.equal(built.error, undefined, built.log);
    const cv = await distFile(root, "cv-json/index.html");
    const text = cv
      .slice(cv.indexOf("<body"))
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    assert.match(
      text,
      /Professor September 2019 – present Example University Leads the Examples group\. Teaches Examples 101/,
    );
    assert.match(
      text,
      /Publications A Workshop Paper June 1, 2017 Workshop on Examples A Journal Paper Published in Journal of Examples · May 1, 2016 Talks A Keynote/,
    );
    assert.match(cv, /<a href="\/publications\/2016-journal\/"[^>]*>A Journal Paper<\/a>/);
    assert.match(cv, /<a href="\/talks\/2014-keynote\/"[^>]*>A Keynote<\/a>/);
    assert.match(
      await distFile(root, "cv/index.html"),
      /Ph\.D\. in Examples, Example University, 2012/,
    );
    assert.match(await distFile(root, "resume-json.html"), /url=\/cv-json\//);
  });

  test("Jekyll's own build of the fixture wrote exactly the files the import reads it to write", async () => {
    const model = jekyllOutputs(await readJekyllSite(JEKYLL)).map((output) => output.output);
    const served = await readFile(
      path.join(PROJECT, "tests/fixtures/jekyll-cv.served.txt"),
      "utf8",
    );
    assert.deepEqual(
      model.sort(),
      served
        .split("\n")
        .filter((line) => line !== "")
        .sort(),
    );
  });

  test("--check finds every address the Jekyll site served", async () => {
    const { code, output } = await importer(JEKYLL, "--into", root, "--check");
    assert.equal(code, 0, output);
    assert.match(output, /\n6 of 6 addresses served\.\n$/);
  });
});

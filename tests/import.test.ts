import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import yaml from "js-yaml";
import { buildSite, distFile, fixtureSite } from "./helpers/fixture-site.ts";
import { PROJECT, removeDir } from "./helpers/temp-dir.ts";

const JEKYLL = path.join(PROJECT, "tests/fixtures/jekyll-site");
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Runs `npm run import -- …` as an editor would; resolves with the exit code and the report. */
async function importer(...args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(PROJECT, "scripts/import/main.ts"),
      ...args,
    ]);
    return { code: 0, output: stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, output: stdout };
  }
}

let root = "";
before(async () => {
  root = await fixtureSite("import");
});
after(() => removeDir(root));

describe("npm run import", () => {
  test("--dry-run prints the report and writes nothing", async () => {
    const before = await readFile(path.join(root, "src/data/site.yaml"), "utf8");
    const { code, output } = await importer(JEKYLL, "--into", root, "--dry-run");
    assert.equal(code, 1, "things are left for a person");
    assert.match(output, /^Dry run \(nothing written\): import of /);
    assert.match(output, /23 files would be written; 10 conversions; 3 things left for a person\./);
    assert.equal(await readFile(path.join(root, "src/data/site.yaml"), "utf8"), before);
    assert.equal(await exists(path.join(root, "src/content/talks/2013-tutorial.md")), false);
  });

  test("never overwrites an existing file without --force", async () => {
    const { code, output } = await importer(JEKYLL, "--into", root);
    assert.equal(code, 1);
    assert.match(
      output,
      / {2}src\/data\/site\.yaml: exists already and was not overwritten \(use --force to replace it\)\./,
    );
    assert.match(
      output,
      / {2}src\/content\/pages\/about\.md: exists already and was not overwritten/,
    );
    assert.match(
      await readFile(path.join(root, "src/data/site.yaml"), "utf8"),
      /Christian F\. Baumgartner/,
    );
  });

  test("the report: every input file's fate, conversions, and what is left for a person with file and line", async () => {
    const { code, output } = await importer(JEKYLL, "--into", root, "--force");
    assert.equal(code, 1);
    for (const line of [
      "  _config.yml: converted into src/data/site.yaml",
      "  _pages/publications.html: converted as src/content/pages/publications.md",
      "  _talks/2013-tutorial.md: converted as src/content/talks/2013-tutorial.md",
      "  _teaching/2014-spring-teaching-1.md: imported as src/content/teaching/2014-spring-teaching-1.md",
      "  _drafts/an-idea.md: imported as src/content/posts/_drafts/an-idea.md",
      "  files/thesis.pdf: copied to public/files/thesis.pdf",
      "  _layouts/default.html: skipped, because this site has its own layouts, styles, scripts and build",
      "  assets/css/main.scss: skipped, because this site has its own layouts, styles, scripts and build",
      "  Gemfile: skipped, because this site has its own layouts, styles, scripts and build",
      '  _pages/about.md:10: "{:target="_blank"}" was dropped (links open in the same tab).',
      '  _pages/about.md:13: "{: .notice--info}" made the paragraph above it a notice (a quote).',
      "  _pages/tag-archive.html: its Liquid loop became this site's tags list (listing: tags); permalink and redirect_from are kept.",
      "  _talks/2012-03-01-talk-1.md: author_profile: false added, from the defaults in _config.yml.",
      '  _config.yml: analytics.provider "google-universal" is not carried over: only "google-analytics-4" with a measurement ID (G-…) works here.',
      '  _pages/notes.md:5: the Jekyll template tag "{{ page.title }}" does not work here, and waits in an HTML comment. Write the title itself.',
      '  _data/navigation.yml: the menu link "CV" (/cv/) was left out: the site has no page there. Add one, then the link.',
    ]) {
      assert.ok(output.split("\n").includes(line), `missing: ${line}\n${output}`);
    }
    assert.match(output, /\n23 files written; 10 conversions; 3 things left for a person\.\n$/);
  });

  test("settings, portrait, content and files land where this site keeps them", async () => {
    const settings = yaml.load(
      await readFile(path.join(root, "src/data/site.yaml"), "utf8"),
    ) as Record<string, unknown>;
    assert.equal(settings["title"], "Ada Example");
    assert.equal(settings["title_separator"], "|");
    assert.equal((settings["author"] as Record<string, unknown>)["avatar"], "profile.png");
    assert.deepEqual(settings["navigation"], [
      { title: "Publications", url: "/publications/" },
      { title: "Talks", url: "/talks/" },
      { title: "Blog Posts", url: "/year-archive/" },
    ]);
    assert.equal(settings["analytics"], undefined);
    assert.ok(await exists(path.join(root, "src/images/profile.png")));
    assert.ok(await exists(path.join(root, "public/files/paper1.pdf")));
    const about = await readFile(path.join(root, "src/content/pages/about.md"), "utf8");
    assert.match(about, /\n> My first paper is out\.\n/);
    assert.match(about, /\[thesis\]\(\{\{ base_path \}\}\/files\/thesis\.pdf\)\.\n/);
    const publications = await readFile(
      path.join(root, "src/content/pages/publications.md"),
      "utf8",
    );
    assert.match(publications, /\nlisting: publications\n---\n/);
    assert.match(
      publications,
      /<a href="https:\/\/scholar\.google\.com\/citations\?user=ADA">my Google Scholar profile<\/a>/,
    );
    assert.doesNotMatch(publications, /\{%|\{\{/);
  });

  test("the imported site builds, and serves every address the Jekyll site served", async () => {
    const { error, log } = await buildSite(root);
    assert.equal(error, undefined, log);
    const { code, output } = await importer(JEKYLL, "--into", root, "--check");
    assert.equal(output, "The Jekyll site served 25 addresses.\nEvery one of them is in dist/.\n");
    assert.equal(code, 0);
    assert.match(await distFile(root, "wordpress/blog-posts/index.html"), /url=\/year-archive\//);
    const publications = await distFile(root, "publications/index.html");
    assert.match(publications, /my Google Scholar profile/);
    assert.match(publications, /Paper Title Number 1/);
    assert.match(
      await distFile(root, "contact/index.html"),
      /<div class="contact">\n<p>Write to <a href="mailto:ada@example\.org">/,
    );
    assert.match(
      await distFile(root, "notes/index.html"),
      /This page is called\s+and is kept in Markdown\./,
    );
    assert.match(await distFile(root, "index.html"), /<title>About me \| Ada Example<\/title>/);
  });

  test("--check names every address the built site lacks", async () => {
    await rm(path.join(root, "dist/talks/2013-tutorial"), { recursive: true });
    await rm(path.join(root, "dist/feed.xml"));
    const { code, output } = await importer(JEKYLL, "--into", root, "--check");
    assert.equal(code, 1);
    assert.equal(
      output,
      "The Jekyll site served 25 addresses.\n  missing: /feed.xml\n  missing: /talks/2013-tutorial/\n2 are not in dist/.\n",
    );
  });
});

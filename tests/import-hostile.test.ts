/**
 * A Jekyll site made by someone else, written to escape: collections named `..`, permalinks with
 * encoded dots, symbolic links to files outside it in every place the import reads, a build
 * script and configuration files it must never write, and code it must never run. The import may
 * write only into the four content folders, with and without `--force`.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { access, lstat, mkdir, readdir, readFile, readlink, symlink } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fixtureSite } from "./helpers/fixture-site.ts";
import { runNode } from "./helpers/node-process.ts";
import { PROJECT, removeDir, tempDir, writeFiles } from "./helpers/temp-dir.ts";

const CONTENT_FOLDERS = ["src/content", "src/data", "src/images", "public"];
const SECRET = "SECRET-OUTSIDE-THE-SITE";

/** Every file below `dir` with a hash of its bytes (a link: where it points), `skip` left out. */
async function snapshot(dir: string, skip: readonly string[] = []): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const file = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (skip.includes(file)) continue;
      const full = path.join(dir, file);
      if (entry.isSymbolicLink()) files.set(file, `link to ${await readlink(full)}`);
      else if (entry.isDirectory()) await walk(file);
      else if (!entry.isFile()) files.set(file, "not a file");
      else
        files.set(
          file,
          createHash("sha256")
            .update(await readFile(full))
            .digest("hex"),
        );
    }
  };
  await walk("");
  return files;
}

/** The texts of every file in the content folders of the project at `root`, joined. */
async function contentText(root: string): Promise<string> {
  const texts: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const files = await snapshot(path.join(root, folder)).catch(() => new Map<string, string>());
    for (const file of files.keys())
      texts.push(await readFile(path.join(root, folder, file), "utf8").catch(() => ""));
  }
  return texts.join("\n");
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Code that leaves `ran.txt` beside the site if anything runs it. */
const RUNS = (where: string) =>
  `require("node:fs").writeFileSync(${JSON.stringify(path.join(where, "ran.txt"))}, "ran");\n`;

let place = "";
let site = "";
let outside = "";
let project = "";

before(async () => {
  place = await tempDir("hostile");
  site = path.join(place, "site");
  outside = path.join(place, "outside");
  await writeFiles(outside, {
    "secret.yml": `- title: ${SECRET}\n  url: /${SECRET}/\n`,
    "secret.json": JSON.stringify({ basics: { name: SECRET }, work: [] }),
    "secret.png": `${SECRET}\n`,
    "secret.bib": `@article{secret, title = {${SECRET}}, year = {2020}}\n`,
    "secret.js": `var addressPoints = [["${SECRET}<br />Here; Zurich", 47.3, 8.5]];\n`,
    "secret.md": `---\ntitle: ${SECRET}\n---\n${SECRET}\n`,
    "secret.html": `${SECRET}\n`,
    "data/more.yml": `value: ${SECRET}\n`,
  });
  await writeFiles(site, {
    "_config.yml": [
      "title: A hostile site",
      "author:",
      "  name: Someone Else",
      "  avatar: ../../outside/secret.png",
      "collections:",
      "  ..:",
      "    output: true",
      "  ../..:",
      "    output: true",
      "  .hidden:",
      "    output: true",
      "  talks:",
      "    output: true",
      "plugins: [jekyll-redirect-from]",
      "include: [_pages]",
      "",
    ].join("\n"),
    // A collection whose folder would be the project's own top level.
    "_../postcss.config.mjs": RUNS(place),
    "_../package.json": '{ "scripts": { "build": "touch ran.txt" } }\n',
    "_../page.md": "---\ntitle: Up\n---\nUp one folder.\n",
    // Pages whose addresses are written to climb.
    "_pages/encoded.md": "---\ntitle: Encoded\npermalink: /%2e%2e/%2E%2E/package.json\n---\nx\n",
    "_pages/dots.md": "---\ntitle: Dots\npermalink: /../../../etc/\n---\nx\n",
    "config.txt": "---\npermalink: /%2e%2e/astro.config.mjs\n---\nexport default {};\n",
    // Code and build files the import must never run or write.
    "package.json": '{ "scripts": { "postinstall": "touch ran.txt" } }\n',
    "_plugins/evil.rb": "File.write('ran.txt', 'ran')\n",
    "talkmap/org-locations.js": `${RUNS(place)}var addressPoints = [["Talk<br />Here; Z\\xfcrich", 47.3, 8.5]];\n`,
    "_talks/2020-talk.md": "---\ntitle: A talk\nlocation: Zürich\n---\nx\n",
    "_pages/about.md": "---\ntitle: About\npermalink: /\n---\n{% include linked.html %}\n",
    "_includes/own.html": "own include\n",
    "images/.keep": "",
  });
  // A symbolic link to a file outside the site in every place the import reads.
  const links: [string, string][] = [
    ["_data/navigation.yml", "secret.yml"],
    ["_data/cv.json", "secret.json"],
    ["_data/linked", "data"],
    ["talkmap/location-coordinates.json", "secret.json"],
    ["markdown_generator/pubs.bib", "secret.bib"],
    ["images/secret.png", "secret.png"],
    ["_pages/linked.md", "secret.md"],
    ["_includes/linked.html", "secret.html"],
    ["files/linked.pdf", "secret.png"],
    ["_talks/linked.md", "secret.md"],
    ["linked-folder", "."],
  ];
  for (const [from, to] of links) {
    await mkdir(path.dirname(path.join(site, from)), { recursive: true });
    await symlink(path.join(outside, to), path.join(site, from));
  }
  // Named pipes, which a reader waits on for ever: neither listed nor read.
  for (const pipe of ["_data/pipe.yml", "files/pipe.pdf"])
    execFileSync("mkfifo", [path.join(site, pipe)]);
  project = await fixtureSite("hostile-into");
});
after(async () => {
  await removeDir(place);
  await removeDir(project);
});

describe("importing a hostile site", () => {
  for (const force of [false, true]) {
    test(`writes only into the four content folders${force ? " with --force" : ""}`, async () => {
      const skip = [...CONTENT_FOLDERS, "node_modules"];
      const projectBefore = await snapshot(project, skip);
      const placeBefore = await snapshot(place);
      const { code, stdout, stderr } = await runNode(
        [
          path.join(PROJECT, "scripts/import/main.ts"),
          site,
          "--into",
          project,
          ...(force ? ["--force"] : []),
        ],
        place,
      );
      assert.equal(stderr, "", "no uncaught exception");
      assert.equal(code, 1, "things are left for a person");
      assert.deepEqual(await snapshot(project, skip), projectBefore);
      assert.deepEqual(await snapshot(place), placeBefore);
      assert.equal(await exists(path.join(place, "ran.txt")), false, "nothing of the site ran");
      assert.equal(await exists(path.join(project, "ran.txt")), false);
      assert.doesNotMatch(await contentText(project), new RegExp(SECRET));

      for (const line of [
        '  _config.yml: collections: ".." cannot name a folder here (a collection\'s name is letters, digits, "_", "-" and ".", not first): its files were not imported.',
        '  _config.yml: collections: "../.." cannot name a folder here (a collection\'s name is letters, digits, "_", "-" and ".", not first): its files were not imported.',
        "  _../postcss.config.mjs: skipped, because its collection's name cannot name a folder here",
        "  _../package.json: skipped, because its collection's name cannot name a folder here",
        `  _config.yml: author.avatar names "../../outside/secret.png", but images/secret.png is a symbolic link, which is never followed (Jekyll's safe mode on GitHub Pages skips links too): the profile shows initials until a portrait is in src/images/.`,
        "  package.json: copied to public/package.json",
        "  config.txt: converted to public/astro.config.mjs.txt",
        "  _plugins/evil.rb: skipped, because this site has its own layouts, styles, scripts and build",
      ])
        assert.ok(stdout.includes(`${line}\n`), line);
      for (const link of [
        "_data/navigation.yml",
        "_data/cv.json",
        "_data/linked",
        "talkmap/location-coordinates.json",
        "markdown_generator/pubs.bib",
        "images/secret.png",
        "_pages/linked.md",
        "_includes/linked.html",
        "files/linked.pdf",
        "_talks/linked.md",
        "linked-folder",
      ])
        assert.ok(
          stdout.includes(
            `  ${link}: skipped: it is a symbolic link, which is never followed (Jekyll's safe mode on GitHub Pages skips links too)\n`,
          ),
          link,
        );
    });
  }

  test("reads JavaScript's escapes in org-locations.js as data, and climbs out of no address", async () => {
    const places = await readFile(path.join(project, "src/data/places.yaml"), "utf8");
    assert.match(places, /\nZürich: \{lat: 47\.3, lng: 8\.5\}\n/);
    const encoded = await readFile(path.join(project, "src/content/pages/encoded.md"), "utf8");
    assert.match(encoded, /permalink: \/%2e%2e\/%2E%2E\/package\.json/);
    assert.equal((await lstat(path.join(project, "package.json"))).isFile(), true);
  });
});

/** YAML of ten lines whose aliases, written out, stand for ten billion values. */
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x, x]",
  ...Array.from({ length: 9 }, (_, i) => {
    const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
    return `${name}: &${name} [${Array<string>(10).fill(`*${previous}`).join(", ")}]`;
  }),
].join("\n");

describe("importing a malformed site", () => {
  test("a _config.yml that is a symbolic link is not read, and the import stops with why", async () => {
    const linked = await tempDir("linked-config", { "real.yml": "title: Elsewhere\n" });
    try {
      await mkdir(path.join(linked, "site"));
      await symlink(path.join(linked, "real.yml"), path.join(linked, "site/_config.yml"));
      const { code, stdout, stderr } = await runNode([
        path.join(PROJECT, "scripts/import/main.ts"),
        path.join(linked, "site"),
        "--dry-run",
      ]);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.equal(
        stderr,
        `${path.join(linked, "site")}/_config.yml is a symbolic link, which is never followed (Jekyll's safe mode on GitHub Pages skips links too): the site's settings cannot be read.\n`,
      );
    } finally {
      await removeDir(linked);
    }
  });

  test("every malformed input is a report line, never an uncaught exception", async () => {
    const malformed = await tempDir("malformed", {
      "_config.yml": "title: Malformed\nurl: https://m.example\nauthor:\n  name: M\n  avatar: ..\n",
      "images/.keep": "",
      "_data/cv.json": "{ not json",
      "_data/bomb.yml": `${ALIAS_BOMB}\n`,
      "_pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n{% include cv-template.html %}\n",
      "_pages/bomb.md": "---\ntitle: Bomb\npermalink: /bomb/\n---\n{{ site.data.bomb.j.size }}\n",
      "talkmap/org-locations.js": 'var addressPoints = [["Broken \\x2", 47.3, 8.5]];\n',
    });
    const bombed = await tempDir("bombed", { "_config.yml": `${ALIAS_BOMB}\n` });
    const into = await fixtureSite("malformed-into");
    try {
      const run = (site: string) =>
        runNode([path.join(PROJECT, "scripts/import/main.ts"), site, "--into", into, "--dry-run"]);
      const first = await run(malformed);
      assert.equal(first.stderr, "");
      assert.equal(first.code, 1);
      for (const line of [
        '  _config.yml: author.avatar names "..", but images/.. lies outside the site\'s folder: the profile shows initials until a portrait is in src/images/.',
        "  _data/cv.json: is not valid JSON (Expected property name or '}' in JSON at position 2 (line 1 column 3)): the CV was not read from it.",
        "  _data/bomb.yml:1: cannot be read (its YAML aliases (*name), written out, add more than 100,000 values): Liquid that showed it shows nothing of it here.",
      ])
        assert.ok(first.stdout.includes(`${line}\n`), line);
      const second = await run(bombed);
      assert.equal(second.stderr, "");
      assert.ok(
        second.stdout.includes(
          "  _config.yml:1: is not valid YAML (its YAML aliases (*name), written out, add more than 100,000 values): its settings were not read.\n",
        ),
        second.stdout,
      );
    } finally {
      await removeDir(malformed);
      await removeDir(bombed);
      await removeDir(into);
    }
  });
});

import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { readCv, readPlaces } from "./data-files.ts";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A project with `files` in src/data/. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "data-files-"));
  dirs.push(dir);
  await mkdir(path.join(dir, "src/data"), { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(dir, "src/data", name), text);
  return dir;
}

test("a site without cv.yaml or places.yaml has none, which is no mistake", async () => {
  const root = await project({});
  assert.equal(await readCv(root), undefined);
  assert.equal(await readPlaces(root), undefined);
});

test("places: each a name with its lat and lng, within their ranges", async () => {
  const root = await project({
    "places.yaml":
      "Zürich: { lat: 47.37, lng: 8.54, label: Zurich }\nNowhere: { lat: 100, lng: 8 }\nSomewhere: { lat: 1 }\nLucerne: [47, 8]\n",
  });
  const result = await readPlaces(root);
  assert.deepEqual(result?.problems.map(formatProblem), [
    'src/data/places.yaml, field "Nowhere.lat": expected a latitude: a number from -90 to 90, but found the number 100.',
    'src/data/places.yaml, field "Somewhere.lng": expected a longitude: a number from -180 to 180, but found nothing (the field is missing).',
    'src/data/places.yaml, field "Lucerne": expected a group of fields written as `key: value` lines, but found a list of 2 items.',
  ]);
  const valid = await readPlaces(
    await project({ "places.yaml": "Zürich: { lat: 47.37, lng: 8.54 }\n" }),
  );
  assert.deepEqual(valid, { ok: true, data: { Zürich: { lat: 47.37, lng: 8.54 } }, problems: [] });
});

test("broken YAML in cv.yaml names its line", async () => {
  const result = await readCv(await project({ "cv.yaml": "basics:\n  name: [Ada\n" }));
  assert.ok(result !== undefined && !result.ok);
  assert.match(
    result.problems.map(formatProblem).join("\n"),
    /^src\/data\/cv\.yaml: line \d+ is not valid YAML/,
  );
});

test("HTML that acts in cv.yaml is an error naming the field, in plain and Markdown fields alike", async () => {
  const result = await readCv(
    await project({
      "cv.yaml": [
        "education:",
        '  - institution: \'ETH <meta http-equiv="refresh" content="0;url=https://elsewhere">\'',
        "    studyType: <b onclick='x()'>PhD</b>",
        "    summary: '[Thesis](javascript:alert(1))'",
        "skills:",
        "  - name: Python",
        "    keywords: ['<script>alert(1)</script>']",
        "work:",
        "  - name: <em>Fine</em> & <a href='https://uni.example'>well</a>",
        "",
      ].join("\n"),
    }),
  );
  assert.deepEqual(result?.problems.map(formatProblem), [
    'src/data/cv.yaml, field "education (item 1).summary": expected text (Markdown), but found a link to a "javascript:" address, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.',
    'src/data/cv.yaml, field "education (item 1).institution": expected text, but found a <meta> element, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.',
    'src/data/cv.yaml, field "education (item 1).studyType": expected text, but found an "onclick" attribute, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.',
    'src/data/cv.yaml, field "skills (item 1).keywords (item 1)": expected text, but found a <script> element, which acts instead of showing text (it can run code or send visitors elsewhere). Remove it.',
  ]);
});

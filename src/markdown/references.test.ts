import assert from "node:assert/strict";
import { test } from "node:test";
import { isLocalImage, references } from "./references.ts";

test("images Astro reads from the project: not full addresses, site paths or Liquid", () => {
  assert.deepEqual(
    [
      "figure.png",
      "./a/b.png",
      "../x.jpg",
      "/images/x.png",
      "https://x.org/a.png",
      "{{ base_path }}/a.png",
      "",
    ].map(isLocalImage),
    [true, true, true, false, false, false, false],
  );
});

test("a Markdown file's images, at their lines, decoded as Astro decodes them; none in comments", () => {
  const source = [
    "---",
    "title: A",
    "---",
    "![A](./fig.png) and ![B](/images/b.png)",
    "",
    "![C](sub%20dir/c.png) ![D](100%-d.png)",
    "<!--",
    "![E](hidden.png)",
    "-->",
    "![F](https://example.org/f.png)",
  ].join("\n");
  assert.deepEqual(references(source, false).images, [
    { name: "./fig.png", line: 4 },
    { name: "sub dir/c.png", line: 6 },
    { name: "100%-d.png", line: 6, malformed: true },
  ]);
});

test("an MDX file's imports and the components it uses without defining them", () => {
  const source = [
    "---",
    "title: A",
    "---",
    'import Note from "../../components/Note.astro";',
    'import Plot, { Axis as X, Legend } from "./plot.ts";',
    'import * as Icons from "./icons.ts";',
    "export const Year = () => 2024;",
    "",
    "<Note /> <Plot /> <X /> <Legend /> <Icons.Star /> <Year /> <div />",
    "",
    "<Card>",
    "",
    "Text <Card />",
    "",
    "</Card>",
  ].join("\n");
  const found = references(source, true);
  assert.deepEqual(found.imports, [
    { name: "../../components/Note.astro", line: 4 },
    { name: "./plot.ts", line: 5 },
    { name: "./icons.ts", line: 6 },
  ]);
  assert.deepEqual(found.undefinedComponents, [
    { name: "Card", line: 11 },
    { name: "Card", line: 13 },
  ]);
});

test("MDX that cannot be read has no references (its own problem says why)", () => {
  assert.deepEqual(references("<Unclosed\n", true), {
    images: [],
    imports: [],
    undefinedComponents: [],
  });
});

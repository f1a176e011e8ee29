import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { references } from "#markdown/references.ts";
import { removeDir, tempDir } from "#test-helpers/temp-dir.ts";
import { referenceProblems } from "./referenced-files.ts";

let root = "";
before(async () => {
  const files = [
    "src/content/pages/figure.png",
    "src/content/pages/sub dir/plot.svg",
    "src/components/Note.astro",
    "src/content/pages/lib/index.ts",
    "public/images/photo.jpg",
  ];
  root = await tempDir("referenced-files", Object.fromEntries(files.map((file) => [file, ""])));
});
after(() => removeDir(root));

const problems = async (file: string, body: string) => {
  const found = references(`---\ntitle: A\n---\n${body}`, file.endsWith(".mdx"));
  return (await referenceProblems(root, file, found)).map(formatProblem);
};

test("images beside the file that are there pass; a missing one is named with its line and path", async () => {
  assert.deepEqual(
    await problems(
      "src/content/pages/a.md",
      "![A](figure.png) ![B](sub%20dir/plot.svg)\n\n![C](./figures/gone.png)\n\n![C](./figures/gone.png)\n",
    ),
    [
      'src/content/pages/a.md: lines 6 and 8: the image "./figures/gone.png" is not there: there is no file src/content/pages/figures/gone.png. Add the image, or correct its path.',
    ],
  );
});

test("an image of public/ written without its leading slash is shown its address", async () => {
  assert.deepEqual(await problems("src/content/pages/a.md", "![P](images/photo.jpg)\n"), [
    'src/content/pages/a.md: line 4: the image "images/photo.jpg" is looked for beside this file, where there is none; public/images/photo.jpg is at the address "/images/photo.jpg". Write that, starting with "/".',
  ]);
});

test("an image address with a stray % would stop the build: named", async () => {
  assert.deepEqual(
    await problems("src/content/pages/a.md", "![P](https://x.org/100%-sure.png)\n"),
    [
      'src/content/pages/a.md: line 4: the image address "https://x.org/100%-sure.png" has a "%" that is not followed by two hex digits, which stops the build. Write "%25" for a percent sign.',
    ],
  );
});

test("MDX: imports that lead nowhere and components never imported", async () => {
  assert.deepEqual(
    await problems(
      "src/content/pages/a.mdx",
      [
        'import Note from "../../components/Note.astro";',
        'import { f } from "./lib";',
        'import Nope from "../../components/Nope.astro";',
        'import confetti from "canvas-confetti";',
        "",
        "<Note /> <Nope /> <Card />",
      ].join("\n"),
    ),
    [
      'src/content/pages/a.mdx: line 6: imports "../../components/Nope.astro", but there is no file src/components/Nope.astro. Correct the path, or remove the import.',
      'src/content/pages/a.mdx: line 9: uses the component <Card>, which this file does not import. Import it at the top (such as import Card from "../../components/Card.astro";), or remove it.',
    ],
  );
});

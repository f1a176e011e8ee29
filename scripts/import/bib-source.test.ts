import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generatedName, joinedToEntry, matchGenerated } from "./bib-source.ts";

const BIB = [
  "@article{smith2020deep,",
  "  title = {Deep {L}earning for {MRI}},",
  "  author = {Smith, John and Doe, Jane},",
  "  journal = {Medical Image Analysis}, year = 2020, month = {3},",
  "  doi = {10.1000/abc}",
  "}",
  "@inproceedings{doe2019, title = {Sparse Things}, author = {Doe, Jane}, booktitle = {MICCAI}, year = 2019}",
].join("\n");

/** A publication as pubsFromBib wrote it, after the import converted it. */
const generated = (name: string, title: string, date: string, venue: string) => ({
  target: `src/content/publications/${name}`,
  text: `---\ntitle: "${title}"\ncollection: publications\npermalink: /publication/${name.replace(/\.md$/, "")}\ndate: ${date}\nvenue: '${venue}'\ncitation: ' John Smith, Jane Doe, &quot;${title}.&quot; ${venue}, 2020.'\n---\nUse Google Scholar for full citation\n`,
});

describe("matchGenerated", () => {
  test("each entry is matched to the file pubsFromBib named after its date and title, or to its title", () => {
    const result = matchGenerated(BIB, "markdown_generator/publications.bib", [
      generated(
        "2020-03-01-Deep-Learning-for-MRI.md",
        "Deep Learning for MRI",
        "2020-03-01",
        "Medical Image Analysis",
      ),
      generated("2019-sparse.md", "Sparse things", "2019-01-01", "MICCAI"),
    ]);
    assert.ok("matches" in result);
    assert.deepEqual(
      [...result.matches].map(([target, entry]) => [target, entry.key]),
      [
        ["src/content/publications/2020-03-01-Deep-Learning-for-MRI.md", "smith2020deep"],
        ["src/content/publications/2019-sparse.md", "doe2019"],
      ],
    );
  });

  test("a .bib with an entry that no publication was made from is not the source (academicpages' example file)", () => {
    const result = matchGenerated(BIB, "files/bibtex1.bib", [
      generated(
        "2020-03-01-Deep-Learning-for-MRI.md",
        "Deep Learning for MRI",
        "2020-03-01",
        "Medical Image Analysis",
      ),
    ]);
    assert.deepEqual(result, {
      reason: 'its entry "doe2019" has no publication of the site made from it',
    });
  });
});

describe("generatedName", () => {
  test("is pubsFromBib's: the date with 01 for what is missing, the title's letters, digits and dashes", () => {
    const result = matchGenerated(BIB, "a.bib", [
      generated("2020-03-01-Deep-Learning-for-MRI.md", "x", "2020-03-01", "y"),
      generated("2019-01-01-Sparse-Things.md", "y", "2019-01-01", "z"),
    ]);
    assert.ok("matches" in result);
    assert.deepEqual([...result.matches.values()].map(generatedName), [
      "2020-03-01-Deep-Learning-for-MRI.md",
      "2019-01-01-Sparse-Things.md",
    ]);
  });
});

describe("joinedToEntry", () => {
  test("adds bibkey and removes the fields that say what the entry says, keeping address, citation and text", () => {
    const publication = generated(
      "2020-03-01-Deep-Learning-for-MRI.md",
      "Deep Learning for MRI",
      "2020-03-01",
      "Medical Image Analysis",
    );
    const result = matchGenerated(BIB.split("\n@inproceedings")[0] ?? "", "a.bib", [publication]);
    assert.ok("matches" in result);
    const entry = [...result.matches.values()][0];
    assert.ok(entry !== undefined);
    const joined = joinedToEntry(publication.text, entry);
    assert.deepEqual(joined.removed, ["title", "date", "venue"]);
    assert.equal(
      joined.text,
      `---\nbibkey: "smith2020deep"\ncollection: publications\npermalink: /publication/2020-03-01-Deep-Learning-for-MRI\ncitation: ' John Smith, Jane Doe, &quot;Deep Learning for MRI.&quot; Medical Image Analysis, 2020.'\n---\nUse Google Scholar for full citation\n`,
    );
  });
});

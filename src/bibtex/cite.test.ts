import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { publicationSchema } from "#schemas/publications.ts";
import { citationFile, citationKey } from "./cite.ts";
import { readLibrary } from "./library.ts";
import { readBib } from "./read.ts";

const fromBib = (text: string, key: string) => {
  const entry = readLibrary([{ file: "refs.bib", text }]).entries.get(key);
  assert.ok(entry !== undefined);
  return publicationSchema.parse(entry.publication);
};

describe("citationFile", () => {
  const data = fromBib(
    [
      "@article{lopez2023,",
      "  title = {Flow in the {Fran\\c{c}ois} Model},",
      "  author = {L{\\'o}pez, Mar{\\'\\i}a and {The ATLAS Collaboration} and others},",
      "  journal = {Medical Image Analysis}, year = 2023, month = aug, volume = 88, pages = {1--9},",
      "  doi = {10.1016/j.media.2023.102841}",
      "}",
    ].join("\n"),
    "lopez2023",
  );

  test("the BibTeX download reads back as the same title, authors, year, venue and DOI", () => {
    const entry = readBib(citationFile("bib", data, "lopez2023"), "download.bib").entries[0];
    assert.ok(entry !== undefined);
    assert.equal(entry.key, "lopez2023");
    assert.equal(entry.type, "article");
    assert.equal(entry.record.title, "Flow in the François Model");
    assert.deepEqual(
      entry.record.author?.map((name) => [name.given, name.family]),
      [
        ["María", "López"],
        [undefined, "The ATLAS Collaboration"],
        [undefined, "others"],
      ],
    );
    assert.deepEqual(entry.record.issued?.["date-parts"], [[2023, 8]]);
    assert.equal(entry.record["container-title"], "Medical Image Analysis");
    assert.equal(entry.record.DOI, "10.1016/j.media.2023.102841");
  });

  test("an arXiv paper's BibTeX names it as BibTeX does (eprint), and gives its address once", () => {
    const preprint = fromBib(
      "@misc{p, title = {P}, author = {Doe, Jane}, year = 2024, eprint = {2405.01234}, archivePrefix = {arXiv}}",
      "p",
    );
    const bibtex = citationFile("bib", preprint, "p");
    assert.match(bibtex, /\turl = \{https:\/\/arxiv\.org\/abs\/2405\.01234\},\n/);
    assert.doesNotMatch(bibtex, /howpublished/);
    assert.match(bibtex, /\teprint = \{2405\.01234\},\n\tarchivePrefix = \{arXiv\},\n\}\n$/);
  });

  test("a thesis's BibTeX is a @phdthesis or @mastersthesis, and reads back as one", () => {
    const bib =
      "@phdthesis{t, title = {T}, author = {Doe, Jane}, school = {ETH}, year = 2016}\n@mastersthesis{m, title = {M}, author = {Doe, Jane}, school = {ETH}, year = 2012}";
    const phd = citationFile("bib", fromBib(bib, "t"), "t");
    const masters = citationFile("bib", fromBib(bib, "m"), "m");
    assert.match(phd, /^@phdthesis\{t,\n/);
    assert.match(masters, /^@mastersthesis\{m,\n/);
    assert.doesNotMatch(phd + masters, /\ttype = /);
    assert.equal(readBib(phd, "t.bib").entries[0]?.record.publisher, "ETH");
  });

  test("the RIS download has one line per field, ending in ER", () => {
    assert.equal(
      citationFile("ris", data, "lopez2023"),
      [
        "TY  - JOUR",
        "ID  - lopez2023",
        "TI  - Flow in the François Model",
        "AU  - López, María",
        "AU  - The ATLAS Collaboration",
        "AU  - et al.",
        "PY  - 2023",
        "DA  - 2023/08//",
        "T2  - Medical Image Analysis",
        "VL  - 88",
        "SP  - 1",
        "EP  - 9",
        "DO  - 10.1016/j.media.2023.102841",
        "ER  -",
        "",
      ].join("\r\n"),
    );
  });

  test("a Markdown publication is cited by its fields, under its file's name", () => {
    const markdown = publicationSchema.parse({
      title: "Paper <em>One</em>",
      date: "2021-05-03",
      authors: "Jane Doe and Roe, Richard",
      venue: "Journal 1",
      category: "conferences",
    });
    const key = citationKey(markdown, "src/content/publications/2021-paper-one.md");
    assert.equal(key, "2021-paper-one");
    assert.deepEqual(JSON.parse(citationFile("json", markdown, key)), [
      {
        id: "2021-paper-one",
        "citation-key": "2021-paper-one",
        type: "paper-conference",
        title: "Paper One",
        issued: { "date-parts": [[2021, 5, 3]] },
        author: [
          { family: "Doe", given: "Jane" },
          { family: "Roe", given: "Richard" },
        ],
        "container-title": "Journal 1",
      },
    ]);
  });
});

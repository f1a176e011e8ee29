import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { joinedFields, readLibrary } from "./library.ts";

const FILE = "src/content/publications/refs.bib";
const YEAR =
  'expected the year of publication (Google Scholar needs it), such as "year = {2024}" (four digits, from 1000 to 9999, with "month = may" or "month = 5" if you like), but found';
const library = (text: string, more: { file: string; text: string }[] = []) =>
  readLibrary([{ file: FILE, text }, ...more]);
const report = (text: string, more: { file: string; text: string }[] = []) =>
  library(text, more).problems.map(formatProblem);

describe("readLibrary", () => {
  test("an entry becomes a publication's fields, with its kind as category and an address from its key", () => {
    const { entries, problems } = library(
      [
        "@misc{Sun:2024,",
        "  title = {Sparse $\\alpha$-entmax},",
        "  author = {Sun, Susu and Baumgartner, C. F. and others},",
        "  year = 2024, eprint = {2405.01234}, archivePrefix = {arXiv},",
        "  doi = {https://doi.org/10.1000/xyz}, pdf = {/files/sun.pdf}, code = {https://github.com/x/y},",
        "  keywords = {selected, uncertainty}, abstract = {We show things.}",
        "}",
      ].join("\n"),
    );
    assert.deepEqual(problems, []);
    const { csl, ...fields } = entries.get("Sun:2024")?.publication ?? {};
    assert.equal((csl as { id?: string }).id, "Sun:2024");
    assert.deepEqual(fields, {
      title: "Sparse α-entmax",
      authors: ["Susu Sun", "C. F. Baumgartner", "et al."],
      date: "2024",
      venue: "arXiv",
      category: "preprint",
      doi: "10.1000/xyz",
      arxiv: "2405.01234",
      paperurl: "/files/sun.pdf",
      codeurl: "https://github.com/x/y",
      abstract: "We show things.",
      selected: true,
      bibkey: "Sun:2024",
      permalink: "/publications/sun-2024/",
    });
  });

  test("kinds: journal, conference, thesis with its school, chapter, report, and a journal on arXiv as preprint", () => {
    const { entries } = library(
      [
        "@article{j, title = {J}, author = {A, B}, journal = {Nature}, year = 2020}",
        "@inproceedings{c, title = {C}, author = {A, B}, booktitle = {MICCAI}, year = 2020}",
        '@phdthesis{t, title = {T}, author = {A, B}, school = {ETH Z{\\"u}rich}, year = 2016}',
        "@incollection{ch, title = {Ch}, author = {A, B}, booktitle = {Handbook}, year = 2021}",
        "@techreport{r, title = {R}, author = {A, B}, institution = {Lab}, year = 2018}",
        "@article{p, title = {P}, author = {A, B}, journal = {arXiv preprint arXiv:2210.06780}, year = 2022}",
      ].join("\n"),
    );
    const shown = [...entries.values()].map((entry) => [
      entry.key,
      entry.publication["category"],
      entry.publication["venue"],
    ]);
    assert.deepEqual(shown, [
      ["j", "journal", "Nature"],
      ["c", "conference", "MICCAI"],
      ["t", "thesis", "PhD thesis, ETH Zürich"],
      ["ch", "chapter", "Handbook"],
      ["r", "report", "Technical report, Lab"],
      ["p", "preprint", "arXiv preprint arXiv:2210.06780"],
    ]);
  });

  test("what Google Scholar needs, a malformed DOI or arXiv id, and a key used twice are errors with line and key", () => {
    assert.deepEqual(
      report(
        [
          "@article{notitle, author = {A, B}, year = 2020}",
          "@article{nobody, title = {T}, year = 2020}",
          "@article{undated, title = {T}, author = {A, B}}",
          "@article{baddoi, title = {T}, author = {A, B}, year = 2020, doi = {doi.org/10.1000}}",
          "@misc{badarxiv, title = {T}, author = {A, B}, year = 2020, eprint = {abs-2101}, archivePrefix = {arXiv}}",
          "@article{twice, title = {T}, author = {A, B}, year = 2020}",
        ].join("\n"),
        [
          {
            file: "src/content/publications/more.bib",
            text: "\n@article{twice, title = {U}, author = {C, D}, year = 2021}",
          },
        ],
      ),
      [
        `${FILE}:1, entry "notitle", field "title": expected the title of the paper (Google Scholar needs it), but found none.`,
        `${FILE}:2, entry "nobody", field "author": expected at least one author (Google Scholar needs them), such as "author = {Doe, Jane and Roe, Richard}", but found none.`,
        `${FILE}:3, entry "undated", field "year": ${YEAR} none.`,
        `${FILE}:4, entry "baddoi", field "doi": expected a DOI such as "10.1000/xyz123", but found "doi.org/10.1000".`,
        `${FILE}:5, entry "badarxiv", field "eprint": expected an arXiv identifier such as "2101.00001" or "hep-th/9901001", but found "abs-2101".`,
        `src/content/publications/more.bib:2, entry "twice": the key "twice" is also the key of the entry at ${FILE}:6. Give one of them another key.`,
      ],
    );
  });

  test("a year that is no year is an error, never another date", () => {
    assert.deepEqual(
      report(
        [
          "@article{minus, title = {T}, author = {A, B}, year = {-5}}",
          "@article{zero, title = {T}, author = {A, B}, year = {0}}",
          "@article{month, title = {T}, author = {A, B}, year = {2020}, month = {13}}",
          "@article{fine, title = {T}, author = {A, B}, year = {2020}, month = may}",
        ].join("\n"),
      ),
      [
        `${FILE}:1, entry "minus", field "year": ${YEAR} "year = {-5}".`,
        `${FILE}:2, entry "zero", field "year": ${YEAR} "year = {0}".`,
        `${FILE}:3, entry "month", field "year": ${YEAR} "year = {2020}, month = {13}".`,
      ],
    );
  });

  test("a crossref that leads back to its own entry is an error naming the entries, never a loop", () => {
    assert.deepEqual(
      report(
        [
          "@inproceedings{self, title = {T}, author = {A, B}, year = 2020, crossref = {self}}",
          "@inproceedings{a, title = {T}, author = {A, B}, year = 2020, crossref = {b}}",
          "@proceedings{b, title = {P}, year = 2020, crossref = {a}}",
          "@inproceedings{fine, title = {T}, author = {A, B}, crossref = {p}}",
          "@proceedings{p, title = {P}, year = 2021}",
        ].join("\n"),
      ),
      [
        `${FILE}:1, entry "self", field "crossref": the entry names itself in crossref, which names the book or proceedings it is part of. Remove the field, or name that entry.`,
        `${FILE}:2, entry "a", field "crossref": crossref leads back to this entry ("a" → "b" → "a"): an entry cannot be part of itself. Remove the crossref of one of them.`,
        `${FILE}:3, entry "b", field "crossref": crossref leads back to this entry ("b" → "a" → "b"): an entry cannot be part of itself. Remove the crossref of one of them.`,
      ],
    );
  });

  test("a key with no letter or digit makes no address: an error with the line and the key", () => {
    assert.deepEqual(report("@article{.., title = {T}, author = {A, B}, year = 2020}"), [
      `${FILE}:1, entry "..": the key ".." has no letter or digit, and a publication's address is made of its key (/publications/<key>/). Give the entry a key such as "smith2020deep".`,
    ]);
  });

  test("the proceedings that an entry takes its book from (crossref) is no publication of its own", () => {
    const { entries, problems } = library(
      "@inproceedings{a, title = {A}, author = {A, B}, crossref = {p}}\n@proceedings{p, title = {P}, year = 2023}",
    );
    assert.deepEqual(problems, []);
    assert.deepEqual([...entries.keys()], ["a"]);
  });
});

describe("joinedFields", () => {
  const entry = library(
    "@article{k, title = {From BibTeX}, author = {A, B}, journal = {J}, year = 2020}",
  ).entries.get("k");
  assert.ok(entry !== undefined);

  test("the Markdown file's fields are used, and each that differs from the entry's is a warning", () => {
    const joined = joinedFields(
      {
        title: "From Markdown",
        venue: "J",
        excerpt: "Teaser",
        // More exact than the entry's year: the same, and no warning.
        date: new Date("2020-05-03T00:00:00Z"),
      },
      entry,
      "src/content/publications/k.md",
    );
    assert.equal(joined.data["title"], "From Markdown");
    assert.equal(joined.data["excerpt"], "Teaser");
    assert.deepEqual(joined.data["date"], new Date("2020-05-03T00:00:00Z"));
    assert.equal(joined.data["bibkey"], "k");
    // The file keeps its own address: the one its name gives, not the entry's /publications/k/.
    assert.equal(joined.data["permalink"], undefined);
    assert.deepEqual(joined.problems.map(formatProblem), [
      `src/content/publications/k.md, field "title": is also in the BibTeX entry "k" (${FILE}:1), which says something else; this file's value is used. Remove it from one of them.`,
    ]);
  });
});

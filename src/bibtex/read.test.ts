import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { bibPieces, readBib } from "./read.ts";

const FILE = "src/content/publications/refs.bib";
const report = (text: string) => readBib(text, FILE).problems.map(formatProblem);

describe("bibPieces", () => {
  test("finds each entry with its type, key and first line; text between entries is a comment", () => {
    const text = `% my papers\n@string{j = "J"}\n\n@Article{a2020,\n  title = {A {B} c},\n}\nfree text @ here\n@misc(b, title = "x")\n`;
    assert.deepEqual(
      bibPieces(text).map(({ type, key, line }) => [type, key, line]),
      [
        ["string", "j", 2],
        ["article", "a2020", 4],
        ["misc", "b", 8],
      ],
    );
  });

  test("an entry whose closing brace is missing ends where the next entry starts", () => {
    const pieces = bibPieces(`@article{a, title = {x}\n@article{b, title = {y}}\n`);
    assert.deepEqual(
      pieces.map((piece) => [piece.key, piece.text.trim()]),
      [
        ["a", "@article{a, title = {x}"],
        ["b", "@article{b, title = {y}}"],
      ],
    );
  });
});

describe("readBib", () => {
  test("reads fields in Unicode, resolves @string and crossref, and keeps each entry's line", () => {
    const { entries, problems } = readBib(
      [
        '@string{mia = "Medical Image Analysis"}',
        "@article{muller2020,",
        '  title = {{MRI} of the $\\alpha$ {M}{\\"u}ller case},',
        '  author = {M{\\"u}ller, J{\\"o}rg and {The ATLAS Collaboration} and others},',
        "  journal = mia, year = 2020, month = mar,",
        "}",
        "@inproceedings{b, title = {B}, author = {Doe, Jane}, crossref = {proc}}",
        "@proceedings{proc, title = {Proc}, booktitle = {Proceedings of X}, year = 2021}",
      ].join("\n"),
      FILE,
    );
    assert.deepEqual(problems, []);
    const [first, second] = [entries[0], entries[1]];
    assert.ok(first !== undefined && second !== undefined);
    assert.equal(first.line, 2);
    assert.equal(first.type, "article");
    assert.equal(first.record.title, "MRI of the α Müller case");
    assert.deepEqual(
      first.record.author?.map((name) => name.family),
      ["Müller", "The ATLAS Collaboration", "others"],
    );
    assert.equal(first.record["container-title"], "Medical Image Analysis");
    assert.deepEqual(first.record.issued?.["date-parts"], [[2020, 3]]);
    assert.equal(second.line, 7);
    // BibLaTeX's rule: the proceedings' title is the paper's booktitle.
    assert.equal(second.record["container-title"], "Proc");
    assert.deepEqual(second.record.issued?.["date-parts"], [[2021]]);
  });

  test("a syntax error names the line and the entry, and every broken entry is named", () => {
    assert.deepEqual(
      report(
        [
          "@article{good, title = {Fine}, author = {A, B}, year = 2020}",
          "@article{broken, title = {x},, author = {A, B}}",
          "@article{open, title = {y}",
          "@article{last, title = {z}, author = {C, D}, year = 2021}",
        ].join("\n"),
      ),
      [
        `${FILE}:2: the entry "broken" could not be read: BibTeX expected "}" where it found "," (column 30). Check the braces, quotation marks and commas of this entry.`,
        `${FILE}:3: the entry "open" could not be read: BibTeX expected "}" where it found the end of the entry. Check the braces, quotation marks and commas of this entry.`,
      ],
    );
  });

  test("an entry type that is not BibTeX's is an error that suggests the likely one", () => {
    assert.deepEqual(
      report("@artcle{a, title = {A}, author = {B, C}, year = 2020}\n@webpage{b, title = {B}}"),
      [
        `${FILE}:1, entry "a": expected a BibTeX entry type such as @article, @inproceedings, @incollection, @book, @phdthesis, @misc, but found @artcle. Did you mean @article?`,
        `${FILE}:2, entry "b": expected a BibTeX entry type such as @article, @inproceedings, @incollection, @book, @phdthesis, @misc, but found @webpage.`,
      ],
    );
  });
});

/**
 * `npm run bench:bibtex`: how long reading a `.bib` file of 500 entries takes (parsing, LaTeX to
 * Unicode, the checks, and each entry made a publication's fields): the median of 5 runs, after one
 * run to warm up. A measurement of this machine, reported, never asserted.
 */
import { readLibrary } from "#bibtex/library.ts";

const ENTRIES = 500;
const TYPES = ["article", "inproceedings", "incollection", "phdthesis", "misc"];

/** A `.bib` file as reference managers export them: accents, math, braces, long author lists. */
function bibFile(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const type = TYPES[i % TYPES.length] ?? "article";
    const venue =
      type === "article"
        ? "journal = {Medical Image Analysis}"
        : "booktitle = {Proceedings of {MICCAI}}";
    return [
      `@${type}{paper${i},`,
      `  title = {A {Bayesian} Model of the $\\alpha$-{M}{\\"u}ller Effect, Part ${i}},`,
      `  author = {M{\\"u}ller, J{\\"o}rg and Baumgartner, Christian F. and Fran{\\c{c}}ois, Jean and Doe, Jane and others},`,
      `  ${type === "phdthesis" ? 'school = {ETH Z{\\"u}rich}' : venue},`,
      `  year = {${2000 + (i % 25)}}, month = mar, pages = {${i}--${i + 9}},`,
      `  doi = {10.1000/paper.${i}},`,
      type === "misc" ? `  eprint = {2401.${String(10000 + i)}}, archivePrefix = {arXiv},` : "",
      `  abstract = {We study the {\\"U}berraschung of $x^2$ in ${i} settings, with care.}`,
      "}",
    ].join("\n");
  }).join("\n\n");
}

const text = bibFile(ENTRIES);
const run = () => {
  const start = performance.now();
  const library = readLibrary([{ file: "bench.bib", text }]);
  const ms = performance.now() - start;
  if (library.entries.size !== ENTRIES || library.problems.length > 0) {
    throw new Error(`Expected ${ENTRIES} entries without problems, found ${library.entries.size}.`);
  }
  return ms;
};
const first = run();
const times = Array.from({ length: 5 }, run).sort((a, b) => a - b);
console.log(
  `Read ${ENTRIES} BibTeX entries (${(text.length / 1024).toFixed(0)} KB): median ${times[2]?.toFixed(0)} ms of 5 runs (${times[0]?.toFixed(0)}–${times[4]?.toFixed(0)} ms); the first run, with the parser not yet warmed up, ${first.toFixed(0)} ms.`,
);

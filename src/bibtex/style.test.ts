import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { styledReference } from "./style.ts";

const record = {
  id: "doe2020",
  type: "article-journal" as const,
  title: "Deep Learning for MRI",
  author: [
    { family: "Doe", given: "Jane" },
    { family: "Müller", given: "Jörg" },
  ],
  "container-title": "Medical Image Analysis",
  volume: "12",
  page: "1-9",
  issued: { "date-parts": [[2020, 3]] },
  DOI: "10.1000/abc",
};

describe("styledReference", () => {
  test("IEEE and Chicago author-date, the project's own styles", () => {
    const styled = (style: "ieee" | "chicago-author-date") =>
      styledReference(record as never, style, "en-US");
    assert.equal(
      styled("ieee"),
      "J. Doe and J. Müller, “Deep Learning for MRI,” <i>Medical Image Analysis</i>, vol. 12, pp. 1–9, Mar. 2020, doi: 10.1000/abc.",
    );
    assert.equal(
      styled("chicago-author-date"),
      "Doe, Jane, and Jörg Müller. 2020. “Deep Learning for MRI.” <i>Medical Image Analysis</i> 12: 1–9. https://doi.org/10.1000/abc.",
    );
    const { volume, page, "container-title": journal, ...bare } = record;
    assert.deepEqual([volume, page, journal], ["12", "1-9", "Medical Image Analysis"]);
    const thesis = { ...bare, type: "thesis", genre: "phdthesis", publisher: "ETH Zürich" };
    assert.equal(
      styledReference(thesis as never, "ieee", "en-US"),
      "J. Doe and J. Müller, <i>Deep Learning for MRI</i>, PhD thesis, ETH Zürich, Mar. 2020, doi: 10.1000/abc.",
    );
  });

  test("APA, Vancouver (without the list's number) and Harvard, as HTML", () => {
    const styled = (style: "apa" | "vancouver" | "harvard") =>
      styledReference(record as never, style, "en-US");
    assert.equal(
      styled("apa"),
      "Doe, J., &#38; Müller, J. (2020). Deep Learning for MRI. <i>Medical Image Analysis</i>, <i>12</i>, 1–9. https://doi.org/10.1000/abc",
    );
    assert.equal(
      styled("vancouver"),
      "Doe J, Müller J. Deep Learning for MRI. Medical Image Analysis. 2020 Mar;12:1–9. doi:10.1000/abc",
    );
    assert.match(
      styled("harvard"),
      /^Doe, J\. and Müller, J\. \(2020\) “Deep Learning for MRI,” <i>Medical Image Analysis<\/i>/,
    );
  });
});

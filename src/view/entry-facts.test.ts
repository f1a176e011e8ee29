import assert from "node:assert/strict";
import { test } from "node:test";
import { entryFacts, entryHead, kindAtVenue, showsFacts } from "./entry-facts.ts";

const LAB = { baseurl: "/lab", locale: "en-US" };
const ROOT = { baseurl: "", locale: "en-GB" };

const common = {
  title: "T",
  author_profile: true,
  toc: false,
  redirect_from: [],
  published: true,
  sitemap: true,
};

test("a publication: venue, citation, date, its links with the base path, DOI and arXiv", () => {
  const { citationHtml, ...facts } = entryFacts(
    {
      collection: "publications",
      date: new Date(Date.UTC(2024, 0, 1)),
      data: {
        ...common,
        date: new Date(Date.UTC(2024, 0, 1)),
        venue: "Journal",
        citation: "A. (2024). <i>On $x^2$</i>.",
        paperurl: "/files/p.pdf",
        codeurl: "https://code.example/",
        doi: "10.1/x",
        arxiv: "2401.00001",
      },
    },
    LAB,
  );
  // The citation's inline HTML is kept and its TeX drawn as MathML.
  assert.match(
    citationHtml ?? "",
    /^A\. \(2024\)\. <i>On <span class="katex"><math [^]*<msup><mi>x<\/mi><mn>2<\/mn><\/msup>[^]*<\/math><\/span><\/i>\.$/,
  );
  assert.deepEqual(facts, {
    whereHtml: "Journal",
    date: { iso: "2024-01-01", text: "January 1, 2024" },
    links: [
      { label: "Paper", href: "/lab/files/p.pdf" },
      { label: "Code", href: "https://code.example/" },
      { label: "DOI", href: "https://doi.org/10.1/x" },
      { label: "arXiv", href: "https://arxiv.org/abs/2401.00001" },
    ],
    tags: [],
  });
});

test("a talk: its kind at its venue, the place, slides and video", () => {
  assert.deepEqual(
    entryFacts(
      {
        collection: "talks",
        data: {
          ...common,
          date: new Date(Date.UTC(2024, 0, 1)),
          talk_type: "Keynote",
          venue: "MICCAI",
          location: "Marrakesh",
          videourl: "https://video.example/1",
        },
      },
      ROOT,
    ),
    {
      kindHtml: "Keynote at MICCAI",
      place: "Marrakesh",
      links: [{ label: "Video", href: "https://video.example/1" }],
      tags: [],
    },
  );
});

test("a dated talk at its address offers its calendar file, with the base path", () => {
  const facts = entryFacts(
    {
      collection: "talks",
      url: "/talks/keynote/",
      date: new Date(Date.UTC(2024, 0, 1)),
      data: { ...common, date: new Date(Date.UTC(2024, 0, 1)) },
    },
    LAB,
  );
  assert.deepEqual(facts.calendar, { label: "Add to calendar", href: "/lab/talks/keynote.ics" });
});

test("a course, an entry of the site's own, a post and a page", () => {
  const course = { ...common, date: new Date(Date.UTC(2024, 0, 1)), type: "Course", venue: "Uni" };
  assert.deepEqual(entryFacts({ collection: "teaching", data: course }, ROOT), {
    kindHtml: "Course, Uni",
    links: [],
    tags: [],
  });
  assert.deepEqual(entryFacts({ collection: "collections", data: { ...common } }, ROOT), {
    links: [],
    tags: [],
  });
  assert.deepEqual(
    entryFacts(
      {
        collection: "posts",
        date: new Date(Date.UTC(2024, 4, 31)),
        data: { ...common, tags: ["Machine Learning"], categories: [], draft: false },
      },
      LAB,
    ),
    {
      date: { iso: "2024-05-31", text: "May 31, 2024" },
      links: [],
      tags: [{ label: "Machine Learning", href: "/lab/tags/machine-learning/" }],
    },
  );
  assert.deepEqual(entryFacts({ collection: "pages", data: {} }, ROOT), { links: [], tags: [] });
});

test("kind at venue", () => {
  assert.equal(kindAtVenue("Talk", "MICCAI"), "Talk at MICCAI");
  assert.equal(kindAtVenue("Talk", undefined), "Talk");
  assert.equal(kindAtVenue(undefined, "MICCAI"), "MICCAI");
  assert.equal(kindAtVenue(undefined, undefined), undefined);
});

test("facts under the title for every kind but pages and portfolio items", () => {
  assert.deepEqual(
    ["pages", "portfolio", "publications", "talks", "teaching", "posts", "collections"].map(
      (collection) => showsFacts({ collection }),
    ),
    [false, false, true, true, true, true, true],
  );
});

test("an entry's head: the title as plain text (TeX as written), the excerpt first", () => {
  assert.deepEqual(entryHead({ title: "On $x$ and <em>y</em>", excerpt: "E", description: "D" }), {
    title: "On $x$ and y",
    description: "E",
  });
  assert.deepEqual(entryHead({ title: "T", description: "D" }), {
    title: "T",
    description: "D",
  });
});

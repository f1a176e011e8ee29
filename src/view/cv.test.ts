import assert from "node:assert/strict";
import { test } from "node:test";
import { cvSchema } from "#schemas/cv.ts";
import { cvView } from "./cv.ts";

const SETTINGS = {
  base: "/lab",
  url: "https://example.org",
  locale: "en-GB",
  authorName: "Ada Example",
};
const NONE = { publications: [], talks: [], teaching: [] };

test("an empty CV has the author's name and no sections", () => {
  const view = cvView(cvSchema.parse({}), NONE, SETTINGS);
  assert.deepEqual(view, { title: "CV", name: "Ada Example", contact: [], sections: [] });
});

test("items: the title, the lines under it, the dates as CVs write them, and Markdown text", () => {
  const cv = cvSchema.parse({
    education: [
      { institution: "ETH Zürich", studyType: "M.Sc.", area: "Physics", endDate: 2011, gpa: 5.5 },
    ],
    work: [
      {
        name: "University of Lucerne",
        position: "Assistant Professor",
        startDate: "2024-02",
        endDate: "Present",
        url: "/group/",
        summary: "Leads *Medical AI*.",
        highlights: ["Teaches [ML](https://example.org/ml)"],
      },
    ],
    skills: [{ name: "Programming", keywords: ["Python", "TypeScript"] }],
  });
  const view = cvView(cv, NONE, SETTINGS);
  assert.deepEqual(
    view.sections.map((section) => [section.id, section.heading]),
    [
      ["cv-education", "Education"],
      ["cv-work", "Positions"],
      ["cv-skills", "Skills"],
    ],
  );
  assert.deepEqual(view.sections[0]?.rows, [
    {
      item: {
        titleHtml: "M.Sc. in Physics",
        detailsHtml: ["ETH Zürich", "5.5"],
        dates: "2011",
        highlightsHtml: [],
      },
    },
  ]);
  assert.deepEqual(view.sections[1]?.rows, [
    {
      item: {
        titleHtml: "Assistant Professor",
        href: "/lab/group/",
        detailsHtml: ["University of Lucerne"],
        dates: "February 2024 – present",
        textHtml: "<p>Leads <em>Medical AI</em>.</p>",
        highlightsHtml: ['Teaches <a href="https://example.org/ml">ML</a>'],
      },
    },
  ]);
  assert.deepEqual(view.sections[2]?.rows, [
    { item: { titleHtml: "Programming", detailsHtml: ["Python, TypeScript"], highlightsHtml: [] } },
  ]);
});

test("the collections' entries follow the items of cv.yaml in their sections", () => {
  const cv = cvSchema.parse({ presentations: [{ name: "Invited talk", date: "2024-03" }] });
  const view = cvView(cv, { publications: ["paper"], talks: ["keynote"], teaching: [] }, SETTINGS);
  assert.deepEqual(
    view.sections.map((section) => [
      section.heading,
      section.rows.map((row) => ("entry" in row ? row.entry : row.item.titleHtml)),
    ]),
    [
      ["Publications", ["paper"]],
      ["Talks", ["Invited talk", "keynote"]],
    ],
  );
  assert.equal(
    view.sections[1]?.rows[0] && "item" in view.sections[1].rows[0]
      ? view.sections[1].rows[0].item.dates
      : "",
    "March 2024",
  );
});

test("the header: name, line and contact details, linked", () => {
  const cv = cvSchema.parse({
    basics: {
      name: "Ada",
      label: "Professor",
      email: "ada@example.org",
      phone: "+41 41 000 00 00",
      website: "https://ada.example.org",
      location: { city: "Lucerne", countryCode: "CH" },
      profiles: [{ network: "GitHub", username: "ada", url: "https://github.com/ada" }],
      summary: "About *me*.",
    },
  });
  const view = cvView(cv, NONE, SETTINGS);
  assert.deepEqual(view.contact, [
    { label: "ada@example.org", href: "mailto:ada@example.org" },
    { label: "+41 41 000 00 00", href: "tel:+41410000000" },
    { label: "ada.example.org", href: "https://ada.example.org" },
    { label: "Lucerne, CH" },
    { label: "GitHub: ada", href: "https://github.com/ada" },
  ]);
  assert.equal(view.label, "Professor");
  assert.equal(view.summaryHtml, "<p>About <em>me</em>.</p>");
});

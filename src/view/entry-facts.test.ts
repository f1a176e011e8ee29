import assert from "node:assert/strict";
import { test } from "node:test";
import { entryFacts, teaserSrc } from "./entry-facts.ts";

const common = {
  title: "T",
  author_profile: true,
  redirect_from: [],
  published: true,
  sitemap: true,
};

test("a publication: venue, citation, its links with the base path, DOI and arXiv", () => {
  assert.deepEqual(
    entryFacts(
      {
        collection: "publications",
        data: {
          ...common,
          date: new Date(Date.UTC(2024, 0, 1)),
          venue: "Journal",
          citation: "A. (2024).",
          paperurl: "/files/p.pdf",
          codeurl: "https://code.example/",
          doi: "10.1/x",
          arxiv: "2401.00001",
        },
      },
      "/lab",
    ),
    {
      where: "Journal",
      citation: "A. (2024).",
      links: [
        { label: "Paper", href: "/lab/files/p.pdf" },
        { label: "Code", href: "https://code.example/" },
        { label: "DOI", href: "https://doi.org/10.1/x" },
        { label: "arXiv", href: "https://arxiv.org/abs/2401.00001" },
      ],
      tags: [],
    },
  );
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
      "",
    ),
    {
      kind: "Keynote at MICCAI",
      place: "Marrakesh",
      links: [{ label: "Video", href: "https://video.example/1" }],
      tags: [],
    },
  );
});

test("a course, an entry of the site's own, a post and a page", () => {
  const course = { ...common, date: new Date(Date.UTC(2024, 0, 1)), type: "Course", venue: "Uni" };
  assert.deepEqual(entryFacts({ collection: "teaching", data: course }, ""), {
    kind: "Course, Uni",
    links: [],
    tags: [],
  });
  assert.deepEqual(entryFacts({ collection: "collections", data: { ...common } }, ""), {
    links: [],
    tags: [],
  });
  assert.deepEqual(
    entryFacts(
      {
        collection: "posts",
        data: { ...common, tags: ["ml"], categories: [], draft: false },
      },
      "",
    ).tags,
    ["ml"],
  );
  assert.deepEqual(entryFacts({ collection: "pages", data: {} }, ""), { links: [], tags: [] });
});

test("teaserSrc: a web address as it is, a path with the base path, a file name in /images/", () => {
  assert.equal(
    teaserSrc({ header: { teaser: "https://x.org/a.png" } }, "/lab"),
    "https://x.org/a.png",
  );
  assert.equal(teaserSrc({ header: { teaser: "/files/a.png" } }, "/lab"), "/lab/files/a.png");
  assert.equal(teaserSrc({ header: { teaser: "a.png" } }, ""), "/images/a.png");
  assert.equal(teaserSrc({ header: {} }, ""), undefined);
  assert.equal(teaserSrc({}, ""), undefined);
});

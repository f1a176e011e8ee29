import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { publicationSchema } from "#schemas/publications.ts";
import { siteSchema } from "#schemas/site.ts";
import { authorList, scholarDate, scholarMeta, scholarlyArticle } from "./scholar.ts";

const settings = siteSchema.parse({
  title: "Site",
  url: "https://name.github.io",
  author: { name: "A" },
});
const publication = (fields: Record<string, unknown>) =>
  publicationSchema.parse({ title: "Paper", date: 2023, ...fields });

describe("authorList", () => {
  const cases: [string[] | undefined, string[]][] = [
    [undefined, []],
    [
      ["A. One", "B. Two"],
      ["A. One", "B. Two"],
    ],
    [["A. One and B. Two"], ["A. One", "B. Two"]],
    [["One, A.; Two, B."], ["One, A.", "Two, B."]],
    [["Baumgartner, Christian"], ["Baumgartner, Christian"]],
  ];
  for (const [authors, list] of cases)
    test(JSON.stringify(authors), () => assert.deepEqual(authorList(authors), list));
});

test("a bare year is that year, never 1 January or 1970", () => {
  assert.equal(scholarDate(publication({}).date), "2023");
});

test("a journal article with a PDF on this site", () => {
  assert.deepEqual(
    scholarMeta(
      publication({
        title: "Learning $\\alpha$ from <i>few</i> data",
        date: new Date(Date.UTC(2024, 4, 31)),
        authors: ["C. F. Baumgartner", "A. Person"],
        venue: "Medical Image Analysis",
        category: "manuscripts",
        paperurl: "/files/paper.pdf",
        doi: "10.1000/xyz",
      }),
      settings,
      true,
    ),
    [
      ["citation_title", "Learning $\\alpha$ from few data"],
      ["citation_author", "C. F. Baumgartner"],
      ["citation_author", "A. Person"],
      ["citation_publication_date", "2024/05/31"],
      ["citation_journal_title", "Medical Image Analysis"],
      ["citation_doi", "10.1000/xyz"],
      ["citation_pdf_url", "https://name.github.io/files/paper.pdf"],
    ],
  );
});

test("a conference paper whose PDF is elsewhere", () => {
  assert.deepEqual(
    scholarMeta(
      publication({
        venue: "MICCAI",
        category: "conferences",
        paperurl: "https://example.org/p.pdf",
      }),
      settings,
      false,
    ),
    [
      ["citation_title", "Paper"],
      ["citation_publication_date", "2023"],
      ["citation_conference_title", "MICCAI"],
    ],
  );
});

test("ScholarlyArticle", () => {
  assert.deepEqual(
    scholarlyArticle(publication({ authors: "A and B", venue: "J" }), "https://x.org/p/"),
    {
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "Paper",
      name: "Paper",
      url: "https://x.org/p/",
      datePublished: "2023",
      author: [
        { "@type": "Person", name: "A" },
        { "@type": "Person", name: "B" },
      ],
      isPartOf: { "@type": "Periodical", name: "J" },
    },
  );
});

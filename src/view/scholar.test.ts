import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { publicationSchema } from "#schemas/publications.ts";
import { siteSchema } from "#schemas/site.ts";
import { authorList } from "#bibtex/publication.ts";
import { localPdf, scholarDate, scholarHead, scholarMeta, scholarlyArticle } from "./scholar.ts";

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

describe("scholarHead", () => {
  const onSite = new Set(["/files/paper.pdf"]);
  const isPublicFile = (sitePath: string) => onSite.has(sitePath);
  const pdfUrl = (paperurl: string) =>
    scholarHead(publication({ paperurl }), "/publication/p/", settings, isPublicFile).tags.find(
      ([name]) => name === "citation_pdf_url",
    )?.[1];

  test("a PDF counts as on this site only when it is a file in public/", () => {
    assert.equal(pdfUrl("/files/paper.pdf"), "https://name.github.io/files/paper.pdf");
    assert.equal(pdfUrl("/files/missing.pdf"), undefined);
    assert.equal(pdfUrl("/files/paper.html"), undefined);
    assert.equal(pdfUrl("https://elsewhere.org/paper.pdf"), undefined);
  });

  test("the ScholarlyArticle names the page's address, and its hash is the script's", () => {
    const head = scholarHead(publication({}), "/publication/p/", settings, isPublicFile);
    assert.equal(
      (JSON.parse(head.article) as { url: string }).url,
      "https://name.github.io/publication/p/",
    );
    const digest = createHash("sha256").update(head.article).digest("base64");
    assert.equal(head.articleHash, `sha256-${digest}`);
  });
});

test("localPdf: a path on this site that ends in .pdf, in any case", () => {
  assert.equal(localPdf("/files/A.PDF"), "/files/A.PDF");
  assert.equal(localPdf("files/a.pdf"), undefined);
  assert.equal(localPdf(undefined), undefined);
});

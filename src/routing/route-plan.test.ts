import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "#core/problems.ts";
import { GENERATED_FOLDERS, entryFiles } from "./generated.ts";
import { planRoutes, type PageRoute } from "./route-plan.ts";

const page = (file: string, permalink: string, redirectFrom: string[] = []): PageRoute => ({
  file: `src/content/pages/${file}`,
  permalink,
  redirectFrom,
});

describe("planRoutes", () => {
  test("the seed page: two redirects to /", () => {
    const plan = planRoutes([page("about.md", "/", ["/about/", "/about.html"])]);
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(plan.redirects, [
      { from: "/about/", output: "about/index.html", to: "/", file: "src/content/pages/about.md" },
      { from: "/about.html", output: "about.html", to: "/", file: "src/content/pages/about.md" },
    ]);
  });

  test("a redirect goes to the page's permalink", () => {
    const plan = planRoutes([page("cv.md", "/cv", ["/resume"])]);
    assert.deepEqual(plan.redirects, [
      { from: "/resume", output: "resume.html", to: "/cv", file: "src/content/pages/cv.md" },
    ]);
  });

  test("the same old address twice in one page is one redirect", () => {
    const plan = planRoutes([page("a.md", "/a/", ["/old/", "/old/index.html"])]);
    assert.deepEqual(plan.problems, []);
    assert.equal(plan.redirects.length, 1);
  });

  test("/x and /x/ are two addresses, as Jekyll writes them: x.html and x/index.html", () => {
    const plan = planRoutes([page("bio.md", "/bio/", ["/bio"])]);
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(plan.redirects, [
      { from: "/bio", output: "bio.html", to: "/bio/", file: "src/content/pages/bio.md" },
    ]);
  });

  test("a page with redirect_to is a redirect at its own address", () => {
    const plan = planRoutes([
      { ...page("old.md", "/old/"), redirectTo: "https://example.org/" },
      page("a.md", "/a/", ["/old/"]),
    ]);
    assert.deepEqual(plan.redirects, [
      {
        from: "/old/",
        output: "old/index.html",
        to: "https://example.org/",
        file: "src/content/pages/old.md",
      },
    ]);
    assert.deepEqual(plan.problems.map(formatProblem), [
      'src/content/pages/a.md, field "redirect_from": "/old/" is the permalink of src/content/pages/old.md. An old address cannot be the address of another page.',
    ]);
  });

  test("old addresses with a query share their path; a page at that path keeps it", () => {
    const plan = planRoutes([
      page("a.md", "/a/", ["/wordpress/?p=15", "/?p=3"]),
      page("b.md", "/b/", ["/wordpress/?p=16"]),
      page("about.md", "/"),
    ]);
    assert.deepEqual(plan.redirects, [
      {
        from: "/wordpress/?p=15",
        output: "wordpress/index.html",
        to: "/a/",
        file: "src/content/pages/a.md",
      },
      {
        from: "/wordpress/?p=16",
        output: "wordpress/index.html",
        to: "/b/",
        file: "src/content/pages/b.md",
      },
    ]);
    assert.deepEqual(plan.problems.map(formatProblem), [
      'src/content/pages/a.md, field "redirect_from (item 2)": "/?p=3" cannot lead here: a static host ignores the "?p=3" and shows src/content/pages/about.md, whose address is "/". Old links with it show that page.',
    ]);
  });

  const errors: [string, PageRoute[], string[]][] = [
    [
      "two pages with the same permalink",
      [page("a.md", "/x/"), page("b.md", "/x/")],
      [
        'src/content/pages/b.md, field "permalink": "/x/" is already the permalink of src/content/pages/a.md. Each page needs a permalink of its own.',
      ],
    ],
    [
      "two files whose names make one address",
      [
        { ...page("2024-01-01-a.markdown", "/a/"), named: true },
        { ...page("2024-01-01-a.md", "/a/"), named: true },
      ],
      [
        'src/content/pages/2024-01-01-a.md: its name makes the address "/a/", which is already the permalink of src/content/pages/2024-01-01-a.markdown. Rename one of the files, or give one of them a permalink.',
      ],
    ],
    [
      "two permalinks for the same address",
      [page("a.md", "/x/"), page("b.md", "/x/index.html")],
      [
        'src/content/pages/b.md, field "permalink": "/x/index.html" (the same address as "/x/") is already the permalink of src/content/pages/a.md. Each page needs a permalink of its own.',
      ],
    ],
    [
      "a page that redirects to itself",
      [page("a.md", "/a/", ["/a/"])],
      [
        'src/content/pages/a.md, field "redirect_from": "/a/" is this page\'s own permalink, so the page would redirect to itself. Remove it from redirect_from.',
      ],
    ],
    [
      "a redirect from another page's permalink",
      [page("a.md", "/a/", ["/old/", "/b/index.html"]), page("b.md", "/b/")],
      [
        'src/content/pages/a.md, field "redirect_from (item 2)": "/b/index.html" (the same address as "/b/") is the permalink of src/content/pages/b.md. An old address cannot be the address of another page.',
      ],
    ],
    [
      "two pages redirecting from the same old address",
      [page("a.md", "/a/", ["/old.html"]), page("b.md", "/b/", ["/old.html"])],
      [
        'src/content/pages/b.md, field "redirect_from": "/old.html" is also in the redirect_from of src/content/pages/a.md. An old address can lead to one page only.',
      ],
    ],
  ];
  for (const [name, pages, expected] of errors) {
    test(name, () => assert.deepEqual(planRoutes(pages).problems.map(formatProblem), expected));
  }

  describe("every spelling of one address is that address", () => {
    const clash = (a: string, b: string) =>
      planRoutes([page("a.md", a), page("b.md", b)]).problems.map(formatProblem);
    const spellings: [string, string][] = [
      ["/about/", "/./about/"],
      ["/about/", "/research/../about/"],
      ["/about/", "/research/%2e%2e/about/"],
      ["/about/", "/about/index.html"],
      ["/caf%C3%A9/", "/café/"],
      ["/caf\u00e9/", "/cafe\u0301/"],
    ];
    for (const [a, b] of spellings) {
      test(`${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
        assert.deepEqual(clash(a, b), [
          `src/content/pages/b.md, field "permalink": "${b}" (the same address as "${a}") is already the permalink of src/content/pages/a.md. Each page needs a permalink of its own.`,
        ]);
      });
    }

    test("an old address spelled differently from a page's permalink is still over that page", () => {
      const plan = planRoutes([page("a.md", "/caf%C3%A9/"), page("b.md", "/b/", ["/café/"])]);
      assert.deepEqual(plan.problems.map(formatProblem), [
        'src/content/pages/b.md, field "redirect_from": "/café/" (the same address as "/caf%C3%A9/") is the permalink of src/content/pages/a.md. An old address cannot be the address of another page.',
      ]);
    });

    test("a percent-escaped old address is written where the browser asks for it", () => {
      const plan = planRoutes([page("a.md", "/a/", ["/machine%20learning/"])]);
      assert.equal(plan.redirects[0]?.output, "machine learning/index.html");
    });

    test("permalinks that differ only in capital letters: a warning naming both", () => {
      assert.deepEqual(
        planRoutes([page("a.md", "/research/"), page("b.md", "/Research/")]).problems.map(
          formatProblem,
        ),
        [
          'src/content/pages/b.md, field "permalink": "/Research/" and "/research/" (the permalink of src/content/pages/a.md) differ only in capital letters. On macOS and Windows they are one folder, so one page replaces the other there. Give one of them another permalink.',
        ],
      );
    });
  });
});

describe("every generated address is reserved", () => {
  const reserved = [
    ...GENERATED_FOLDERS,
    ...entryFiles([
      {
        file: "src/content/talks/keynote.md",
        permalink: "/talks/keynote/",
        calendar: true,
      },
      {
        file: "src/content/publications/paper.md",
        permalink: "/publications/paper/",
        citation: { key: "Smith:2020", formats: ["bib", "ris"] },
      },
    ]),
  ];
  test("a page or an old address in /og/ or /pagefind/, or at a calendar or citation file, is an error naming both", () => {
    assert.deepEqual(
      planRoutes(
        [
          page("a.md", "/og/", ["/og/index.png", "/talks/keynote.ics"]),
          page("b.md", "/pagefind/pagefind.js", ["/publications/paper/smith-2020.ris"]),
          page("c.md", "/og", ["/ogre/"]),
        ],
        reserved,
      ).problems.map(formatProblem),
      [
        'src/content/pages/a.md, field "permalink": "/og/" is in /og/, where the build writes the link-preview images. Choose another permalink.',
        'src/content/pages/b.md, field "permalink": "/pagefind/pagefind.js" is in /pagefind/, where the build writes the search index. Choose another permalink.',
        'src/content/pages/a.md, field "redirect_from (item 1)": "/og/index.png" is in /og/, where the build writes the link-preview images, which the redirect page could replace. Remove it from redirect_from.',
        'src/content/pages/a.md, field "redirect_from (item 2)": "/talks/keynote.ics" is the address of the calendar file of src/content/talks/keynote.md, which the redirect page would replace. Remove it from redirect_from.',
        'src/content/pages/b.md, field "redirect_from": "/publications/paper/smith-2020.ris" is the address of the citation download of src/content/publications/paper.md, which the redirect page would replace. Remove it from redirect_from.',
      ],
    );
  });
});

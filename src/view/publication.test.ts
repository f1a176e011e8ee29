import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { siteSchema } from "#schemas/site.ts";
import { nameKey, shownAuthors } from "./publication.ts";

const settings = siteSchema.parse({
  title: "Site",
  url: "https://name.github.io",
  author: { name: "Christian F. Baumgartner" },
  publications: {
    my_names: ["C. F. Baumgartner"],
    coauthors: [{ name: "Lisa M. Koch", url: "https://lisa.example.org" }],
  },
});

describe("shownAuthors", () => {
  test("the owner in any of their names is marked, co-authors link to their pages, et al. stays text", () => {
    assert.deepEqual(
      shownAuthors(
        ["Baumgartner, Christian F.", "Lisa M. Koch", "C. F. Baumgartner", "et al."],
        settings,
      ),
      [
        { name: "Baumgartner, Christian F.", me: true },
        { name: "Lisa M. Koch", me: false, href: "https://lisa.example.org" },
        { name: "C. F. Baumgartner", me: true },
        { name: "et al.", me: false },
      ],
    );
  });

  test("names compare without accents, dots, case or the comma order", () => {
    assert.equal(nameKey("Müller, J."), nameKey("j muller"));
    assert.notEqual(nameKey("C. Baumgartner"), nameKey("Christian Baumgartner"));
  });
});

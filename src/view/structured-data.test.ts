import assert from "node:assert/strict";
import { test } from "node:test";
import { siteSchema } from "#schemas/site.ts";
import { jsonLd, siteGraph } from "./structured-data.ts";

const settings = siteSchema.parse({
  title: "Christian F. Baumgartner",
  url: "https://baumgach.github.io",
  author: {
    name: "Christian F. Baumgartner",
    bio: "Assistant Professor @ University of Lucerne, Switzerland",
    location: "Lucerne",
    email: "christian.baumgartner@unilu.ch",
    orcid: "https://orcid.org/0000-0002-3629-4384",
    github: "baumgach",
  },
});

test("the site and the person, with sameAs for the profile links", () => {
  assert.deepEqual(siteGraph(settings), {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": "https://baumgach.github.io/#website",
        name: "Christian F. Baumgartner",
        url: "https://baumgach.github.io/",
        inLanguage: "en-US",
        publisher: { "@id": "https://baumgach.github.io/#person" },
      },
      {
        "@type": "Person",
        "@id": "https://baumgach.github.io/#person",
        name: "Christian F. Baumgartner",
        url: "https://baumgach.github.io/",
        description: "Assistant Professor @ University of Lucerne, Switzerland",
        email: "mailto:christian.baumgartner@unilu.ch",
        homeLocation: { "@type": "Place", name: "Lucerne" },
        sameAs: ["https://orcid.org/0000-0002-3629-4384", "https://github.com/baumgach"],
      },
    ],
  });
});

test("jsonLd cannot close the script element", () => {
  assert.equal(jsonLd({ a: "</script><b>" }), '{"a":"\\u003c/script>\\u003cb>"}');
});

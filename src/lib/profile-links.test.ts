import assert from "node:assert/strict";
import { test } from "node:test";
import { profileLinks } from "./profile-links.ts";

test("the seed author's links, usernames and full addresses told apart", () => {
  assert.deepEqual(
    profileLinks({
      name: "Christian F. Baumgartner",
      email: "christian.baumgartner@unilu.ch",
      googlescholar: "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
      orcid: "https://orcid.org/0000-0002-3629-4384",
      github: "baumgach",
      twitter: "c_f_baumgartner",
    }).map(({ key, href, text }) => [key, href, text]),
    [
      ["email", "mailto:christian.baumgartner@unilu.ch", "christian.baumgartner@unilu.ch"],
      [
        "googlescholar",
        "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
        "Google Scholar",
      ],
      ["orcid", "https://orcid.org/0000-0002-3629-4384", "orcid.org/0000-0002-3629-4384"],
      ["github", "https://github.com/baumgach", "baumgach"],
      ["twitter", "https://x.com/c_f_baumgartner", "c_f_baumgartner"],
    ],
  );
});

test("a full address is kept; an @ before a username is dropped", () => {
  assert.deepEqual(
    profileLinks({
      name: "A",
      github: "https://github.com/someone",
      twitter: "@handle",
      linkedin: "a-person",
    }).map((l) => l.href),
    ["https://github.com/someone", "https://x.com/handle", "https://www.linkedin.com/in/a-person"],
  );
});

test("no links when none is set", () => assert.deepEqual(profileLinks({ name: "A" }), []));

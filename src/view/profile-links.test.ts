import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { profileLinks, sameAs, serviceHref } from "./profile-links.ts";
import { PROFILE_SERVICES } from "#schemas/profile-services.ts";

const SEED_AUTHOR = {
  name: "Christian F. Baumgartner",
  email: "christian.baumgartner@unilu.ch",
  googlescholar: "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
  orcid: "https://orcid.org/0000-0002-3629-4384",
  github: "baumgach",
  twitter: "c_f_baumgartner",
};

test("the seed author's links, in order", () => {
  assert.deepEqual(
    profileLinks(SEED_AUTHOR).map(({ key, label, href, rel }) => [key, label, href, rel]),
    [
      ["email", "Email", "mailto:christian.baumgartner@unilu.ch", undefined],
      [
        "googlescholar",
        "Google Scholar",
        "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
        "me",
      ],
      ["orcid", "ORCID", "https://orcid.org/0000-0002-3629-4384", "me"],
      ["github", "GitHub", "https://github.com/baumgach", "me"],
      ["twitter", "X (Twitter)", "https://x.com/c_f_baumgartner", "me"],
    ],
  );
});

describe("usernames and full addresses are told apart as academicpages does", () => {
  const service = (key: string) => {
    const found = PROFILE_SERVICES.find((s) => s.key === key);
    assert.ok(found, key);
    return found;
  };
  const cases: [string, string, string][] = [
    ["github", "someone", "https://github.com/someone"],
    ["github", "https://github.com/someone", "https://github.com/someone"],
    ["twitter", "@handle", "https://x.com/handle"],
    ["linkedin", "a-person", "https://www.linkedin.com/in/a-person"],
    ["bluesky", "name.bsky.social", "https://bsky.app/profile/name.bsky.social"],
    ["stackoverflow", "1/jeff-atwood", "https://stackoverflow.com/users/1/jeff-atwood"],
    ["tumblr", "someone", "https://someone.tumblr.com"],
    ["youtube", "channel", "https://www.youtube.com/@channel"],
    ["gitlab", "someone", "https://gitlab.com/someone"],
    [
      "googlescholar",
      "https://scholar.google.com/citations?user=X",
      "https://scholar.google.com/citations?user=X",
    ],
    ["dblp", "https://dblp.org/pid/1/2.html", "https://dblp.org/pid/1/2.html"],
  ];
  for (const [key, value, href] of cases) {
    test(`${key}: ${value}`, () => assert.equal(serviceHref(service(key), value), href));
  }
});

test("every service key is unique", () => {
  const keys = PROFILE_SERVICES.map((s) => s.key);
  assert.equal(new Set(keys).size, keys.length);
});

test("empty values make no link; uri is the website", () => {
  assert.deepEqual(
    profileLinks({ name: "A", github: "", uri: "https://a.example.org/" }).map((l) => [
      l.key,
      l.href,
    ]),
    [["uri", "https://a.example.org/"]],
  );
});

test("sameAs lists every link but email", () => {
  assert.deepEqual(sameAs(SEED_AUTHOR), [
    "https://scholar.google.ch/citations?user=9MSArZUAAAAJ&hl=en",
    "https://orcid.org/0000-0002-3629-4384",
    "https://github.com/baumgach",
    "https://x.com/c_f_baumgartner",
  ]);
});

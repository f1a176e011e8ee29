import assert from "node:assert/strict";
import { test } from "node:test";
import { closestKey, editDistance } from "./closest-key.ts";

const KNOWN = ["title", "permalink", "excerpt", "author_profile", "redirect_from", "tags"];

const cases: [string, string | undefined][] = [
  ["tittle", "title"],
  ["titel", "title"],
  ["redirect-from", "redirect_from"],
  ["redirectFrom", "redirect_from"],
  ["authorprofile", "author_profile"],
  ["author-profil", "author_profile"],
  ["permlink", "permalink"],
  ["tag", "tags"],
  ["title", undefined],
  ["venue", undefined],
  ["foo", undefined],
  ["layout", undefined],
];

for (const [key, guess] of cases) {
  test(`closestKey(${key}) is ${String(guess)}`, () => assert.equal(closestKey(key, KNOWN), guess));
}

test("editDistance counts single edits", () => {
  assert.equal(editDistance("title", "title"), 0);
  assert.equal(editDistance("tittle", "title"), 1);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("titel", "title"), 1);
});

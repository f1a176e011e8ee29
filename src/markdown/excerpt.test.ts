import assert from "node:assert/strict";
import { test } from "node:test";
import { jekyllExcerpt } from "./excerpt.ts";

test("the first paragraph, as Jekyll takes it", () => {
  assert.equal(
    jekyllExcerpt("\nFirst *paragraph*\non two lines.\n\nSecond."),
    "First *paragraph*\non two lines.",
  );
  assert.equal(jekyllExcerpt("Only one."), "Only one.");
});

test("up to the separator the file or the settings name", () => {
  assert.equal(jekyllExcerpt("One.\n\nTwo.\n<!--more-->\nThree.", "<!--more-->"), "One.\n\nTwo.");
  assert.equal(jekyllExcerpt("No separator.\n\nTwo.", "<!--more-->"), "No separator.\n\nTwo.");
});

test("no excerpt for a document without text", () => {
  assert.equal(jekyllExcerpt("\n  \n"), undefined);
});

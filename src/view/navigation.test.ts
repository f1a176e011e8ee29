import assert from "node:assert/strict";
import { test } from "node:test";
import { menuLinks } from "./navigation.ts";

const MENU = [
  { title: "About", url: "/" },
  { title: "CV", url: "/cv/" },
  { title: "Lab", url: "https://lab.example.org/" },
];

test("paths get the base path, web addresses stay; the page's own link is current", () => {
  assert.deepEqual(menuLinks(MENU, "/lab", "/lab/cv/"), [
    { title: "About", href: "/lab/", current: false },
    { title: "CV", href: "/lab/cv/", current: true },
    { title: "Lab", href: "https://lab.example.org/", current: false },
  ]);
});

test("on a page outside the menu, no link is current", () => {
  assert.deepEqual(
    menuLinks(MENU, "", "/talks/").map((link) => link.current),
    [false, false, false],
  );
});

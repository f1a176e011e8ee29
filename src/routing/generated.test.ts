import assert from "node:assert/strict";
import { test } from "node:test";
import { calendarPath, citationPath, previewImagePath } from "./generated.ts";

test("previewImagePath: the page's address below /og/, the home page as index", () => {
  assert.equal(previewImagePath("/"), "/og/index.png");
  assert.equal(previewImagePath("/publication/paper/"), "/og/publication/paper.png");
  assert.equal(previewImagePath("/cv.html"), "/og/cv.html.png");
});

test("citationPath: the downloads sit in the page's folder, named by the key", () => {
  assert.equal(
    citationPath("/publications/sun/", "Sun:2024", "bib"),
    "/publications/sun/sun-2024.bib",
  );
  assert.equal(
    citationPath("/publication/2009-paper", "2009-paper", "ris"),
    "/publication/2009-paper/2009-paper.ris",
  );
  assert.equal(citationPath("/papers/a.html", "a", "json"), "/papers/a/a.json");
});

test("calendarPath: a talk's calendar file is beside its page", () => {
  assert.equal(calendarPath("/talks/keynote/"), "/talks/keynote.ics");
  assert.equal(calendarPath("/talks/2012-03-01-talk-1"), "/talks/2012-03-01-talk-1.ics");
  assert.equal(calendarPath("/talks/old.html"), "/talks/old.ics");
});

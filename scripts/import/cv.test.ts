import assert from "node:assert/strict";
import { test } from "node:test";
import { cvFromJson, isJsonResume, showsJsonCv, withoutEmpty } from "./cv.ts";

test("the page that shows the JSON CV includes cv-template.html", () => {
  assert.equal(showsJsonCv("{% include base_path %}\n{% include cv-template.html %}\n"), true);
  assert.equal(showsJsonCv("{%- include cv-template.html -%}"), true);
  assert.equal(showsJsonCv("{% include archive-single-cv.html %}"), false);
  assert.equal(isJsonResume({ basics: {} }), true);
  assert.equal(isJsonResume({ education: [] }), false);
});

test("empty values of cv.json are left out, at every depth", () => {
  assert.deepEqual(
    withoutEmpty({
      phone: "",
      gpa: null,
      courses: [],
      location: { city: "", region: " " },
      name: "A",
      n: 0,
    }),
    { name: "A", n: 0 },
  );
  assert.equal(withoutEmpty([{ a: "" }]), undefined);
});

test("items a collection lists are left out; the page's address comes along", () => {
  const { data, changes } = cvFromJson(
    {
      basics: { name: "Ada" },
      publications: [{ name: "A  journal paper" }, { name: "Another" }],
      presentations: [{ name: "Keynote" }],
      teaching: [{ course: "Examples 101" }],
    },
    { permalink: "/cv-json/", title: "CV", redirect_from: ["/resume-json"] },
    { publications: ["A Journal Paper"], talks: ["Keynote"], teaching: [] },
  );
  assert.deepEqual(data, {
    permalink: "/cv-json/",
    redirect_from: ["/resume-json"],
    basics: { name: "Ada" },
    publications: [{ name: "Another" }],
    teaching: [{ course: "Examples 101" }],
  });
  assert.deepEqual(changes, [
    "1 of its publications is left out, as src/content/publications/ has it and the CV lists that folder",
    "1 of its presentations is left out, as src/content/talks/ has it and the CV lists that folder",
  ]);
  const titled = cvFromJson(
    { basics: {} },
    { permalink: "/cv/", title: "Resume", redirect_from: [] },
    {
      publications: [],
      talks: [],
      teaching: [],
    },
  );
  assert.deepEqual(titled.data, { title: "Resume", permalink: "/cv/" });
});

test("cvFromJson takes out HTML that acts, and says what it removed from which field", () => {
  const { data, changes } = cvFromJson(
    {
      basics: { name: "Ada" },
      education: [
        {
          institution: 'ETH <meta http-equiv="refresh" content="0;url=https://elsewhere">Zürich',
          studyType: "<b onclick='x()'>PhD</b>",
        },
      ],
    },
    { permalink: "/cv/", title: undefined, redirect_from: [] },
    { publications: [], talks: [], teaching: [] },
  );
  assert.deepEqual(data["education"], [{ institution: "ETH Zürich", studyType: "<b>PhD</b>" }]);
  assert.deepEqual(changes, [
    'HTML that acts instead of showing text was removed: a <meta> element from education (item 1).institution; an "onclick" attribute from education (item 1).studyType',
  ]);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { publicationSchema } from "#schemas/publications.ts";
import { siteSchema } from "#schemas/site.ts";
import { talkSchema } from "#schemas/talks.ts";
import { teachingSchema } from "#schemas/teaching.ts";
import { postSchema } from "#schemas/posts.ts";
import { authorLine, cardAlt, entryCard, pageCard } from "./preview-card.ts";

const settings = siteSchema.parse({
  title: "Ada Example",
  url: "https://ada.example.org",
  baseurl: "/lab",
  locale: "en-GB",
  author: { name: "Ada Example", bio: "Professor of *Computing*" },
  publications: { my_names: ["A. Example"] },
});
const site = { site: "Ada Example", address: "ada.example.org/lab", author: "Ada Example" };

test("a publication: its authors and venue under the title, its date, TeX as characters", () => {
  const data = publicationSchema.parse({
    title: "Learning $\\alpha$-divergences ﬁrst",
    date: "2024-05-02",
    authors: ["A. Example", "B. Person"],
    venue: "*Journal* of Things",
  });
  const card = entryCard(
    { collection: "publications", data, date: new Date("2024-05-02"), url: "/publication/a/" },
    settings,
  );
  assert.deepEqual(card, {
    ...site,
    title: "Learning α-divergences first",
    kind: "Publication",
    lines: ["A. Example, B. Person", "Journal of Things"],
    date: "2 May 2024",
  });
  assert.equal(
    cardAlt(card),
    "Publication · Learning α-divergences first · A. Example, B. Person · Journal of Things · 2 May 2024 · Ada Example",
  );
});

test("a talk, a course and a post: what each shows under its title", () => {
  const talk = talkSchema.parse({
    title: "Keynote",
    date: 2024,
    talk_type: "Keynote",
    venue: "MICCAI",
    location: "Marrakesh, Morocco",
  });
  assert.deepEqual(
    entryCard({ collection: "talks", data: talk, url: "/talks/k/" }, settings).lines,
    ["Keynote at MICCAI", "Marrakesh, Morocco"],
  );
  const course = teachingSchema.parse({
    title: "ML",
    date: 2024,
    type: "Graduate course",
    venue: "Uni",
  });
  assert.deepEqual(
    entryCard({ collection: "teaching", data: course, url: "/teaching/ml/" }, settings).lines,
    ["Graduate course, Uni"],
  );
  const post = postSchema.parse({ title: "Hello" });
  const card = entryCard(
    { collection: "posts", data: post, date: new Date("2020-01-01"), url: "/posts/hello/" },
    settings,
  );
  assert.deepEqual([card.kind, card.lines, card.date], ["Post", [], "1 January 2020"]);
});

test("the home page shows the owner, a page or list its title alone", () => {
  const home = entryCard({ collection: "pages", data: { title: "About me" }, url: "/" }, settings);
  assert.deepEqual(home, { ...site, title: "Ada Example", lines: ["Professor of Computing"] });
  assert.deepEqual(pageCard("Posts tagged “x”", settings), {
    ...site,
    title: "Posts tagged “x”",
    lines: [],
  });
});

test("authorLine: as many authors as fit on a line, then et al.", () => {
  assert.equal(authorLine([]), undefined);
  assert.equal(authorLine(["A. One", "B. Two"]), "A. One, B. Two");
  const many = Array.from({ length: 30 }, (_, index) => `Author Number${index}`);
  const line = authorLine(many) ?? "";
  assert.ok(line.endsWith(", et al."), line);
  assert.ok(line.length <= 110, line);
  assert.ok(line.startsWith("Author Number0, Author Number1,"), line);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { readJekyllSite } from "./jekyll-site.ts";
import { hideUnknownTags, liquidRunner, withoutIndentedHtml } from "./liquid.ts";

const FIXTURE = fileURLToPath(new URL("../../tests/fixtures/jekyll-site", import.meta.url));

test("withoutIndentedHtml: indented HTML would be code in Markdown, so it loses its indentation", () => {
  assert.equal(
    withoutIndentedHtml("<ul>\n    <li>a</li>\n   \n\n\n    text stays\n</ul>"),
    "<ul>\n<li>a</li>\n\n    text stays\n</ul>",
  );
});

test("Liquid runs with the site's data, collections, includes and Jekyll's filters and tags", async () => {
  const site = await readJekyllSite(FIXTURE);
  const run = await liquidRunner(site, (kind, reference) =>
    kind === "post_url" ? `/posts/${reference}/` : undefined,
  );
  const page = site.entries.find((entry) => entry.file === "_pages/notes.md");
  assert.ok(page !== undefined);
  const result = run(
    [
      "{% for e in site.data.cv.education %}{{ e.degree }}; {% endfor %}",
      "{{ page.title }} by {{ site.author.name }}",
      "{{ '/files/a.pdf' | relative_url }} {{ 'b' | absolute_url }}",
      "{{ site.preprints | size }} preprints; {% post_url 2012-08-14-x %}",
      '{% include archive-single.html %}{{ "Déjà vu" | slugify }}',
    ].join("\n"),
    page,
  );
  assert.deepEqual(result, {
    ok: true,
    changes: [],
    setAside: [],
    text: [
      "Ph.D. in Examples; M.Sc. in Instances; ",
      "Notes by Ada Example",
      "/files/a.pdf /b",
      "2 preprints; /posts/2012-08-14-x/",
      '<h2><a href=""></a></h2>',
      "déjà-vu",
    ].join("\n"),
  });
  // A tag that cannot run is set aside alone, as a comment; the rest of the text runs.
  assert.deepEqual(run("{% if %}x{% endif %} {{ page.title }}", page), {
    ok: true,
    changes: [],
    setAside: [
      { line: 1, tag: "{% if %}", reason: 'invalid value expression: ""' },
      { line: 1, tag: "{% endif %}", reason: 'tag "endif" not found' },
    ],
    text: "<!-- {% if %} -->x<!-- {% endif %} --> Notes",
  });
});

test("a hash sorts into its [key, value] pairs, as Ruby sorts it", async () => {
  const site = await readJekyllSite(FIXTURE);
  const run = await liquidRunner(site, () => undefined);
  const page = site.entries.find((entry) => entry.file === "_pages/notes.md");
  assert.ok(page !== undefined);
  const result = run(
    "{% assign d = site.data/cv | sort %}{% for p in d %}{{ p[0] }};{% endfor %}",
    page,
  );
  assert.ok(result.ok);
  assert.match(result.text, /^(\w+;)+$/);
  assert.match(result.text, /education;/);
});

test("a plugin's tags are set aside so that the rest runs, and come back as HTML comments", () => {
  const known = new Set(["if", "for", "else"]);
  const hidden = hideUnknownTags(
    "{% if x %}a{% else %}b{% endif %}\n{% tabs log %}c{% endtabs %} {% cite k %}",
    known,
  );
  assert.deepEqual(
    hidden.hidden.map((h) => [h.line, h.tag]),
    [
      [2, "{% tabs log %}"],
      [2, "{% endtabs %}"],
      [2, "{% cite k %}"],
    ],
  );
  assert.equal(
    hidden.restore(hidden.text),
    "{% if x %}a{% else %}b{% endif %}\n<!-- {% tabs log %} -->c<!-- {% endtabs %} --> <!-- {% cite k %} -->",
  );
});

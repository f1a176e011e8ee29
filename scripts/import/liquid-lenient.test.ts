import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Liquid } from "liquidjs";
import { asLiquidjs, tagAround, withTagsSetAside } from "./liquid-lenient.ts";

describe("asLiquidjs", () => {
  test("an assignment to a dotted name, which Ruby Liquid stores and nothing reads, is left out", () => {
    const { text, changes } = asLiquidjs(
      "a\n{% assign site.url = site.url | append: site.baseurl %}{% assign x = 1 %}",
    );
    assert.equal(text, "a\n{% assign x = 1 %}");
    assert.deepEqual(
      changes.map((c) => [c.line, c.tag]),
      [[2, "{% assign site.url = site.url | append: site.baseurl %}"]],
    );
  });
});

describe("withTagsSetAside", () => {
  const engine = new Liquid();
  const render = (text: string) => engine.parseAndRenderSync(text, { name: "Ada" }) as string;

  test("a tag that cannot run is set aside alone; the rest of the page runs", () => {
    const outcome = withTagsSetAside("Hi {{ name }}\n{% if %}x{% endif %} {% cite a %}", render);
    assert.ok(!("error" in outcome));
    assert.equal(
      outcome.restore(outcome.result),
      "Hi Ada\n<!-- {% if %} -->x<!-- {% endif %} --> <!-- {% cite a %} -->",
    );
    assert.deepEqual(
      outcome.setAside.map((c) => [c.line, c.tag]),
      [
        [2, "{% if %}"],
        [2, "{% endif %}"],
        [2, "{% cite a %}"],
      ],
    );
  });

  test("gives up after the limit", () => {
    const outcome = withTagsSetAside("{% a %}{% b %}", render, 1);
    assert.ok("error" in outcome);
  });
});

test("tagAround finds the tag around an offset", () => {
  assert.deepEqual(tagAround("ab {% x y %} c", 6), { start: 3, end: 12 });
  assert.equal(tagAround("no tag", 2), undefined);
});

test("an output Ruby Liquid parses laxly is read as its first name, as Jekyll read it", () => {
  const engine = new Liquid();
  const outcome = withTagsSetAside(
    "a {{Governance Matters: Lessons}} b",
    (text) => engine.parseAndRenderSync(text, {}) as string,
  );
  assert.ok(!("error" in outcome));
  assert.equal(outcome.result, "a  b");
  assert.deepEqual(
    outcome.lax.map((c) => c.tag),
    ["{{Governance Matters: Lessons}}"],
  );
  assert.deepEqual(outcome.setAside, []);
});

test("a name with a slash is looked up as Ruby Liquid does, site.data/cv as site.data.cv", () => {
  const { text, changes } = asLiquidjs(
    "{% assign cv = site.data/cv | sort %}{{ '/files/a.pdf' | relative_url }}{% include head/custom.html %}",
  );
  assert.equal(
    text,
    "{% assign cv = site.data.cv | sort %}{{ '/files/a.pdf' | relative_url }}{% include head/custom.html %}",
  );
  assert.deepEqual(
    changes.map((c) => c.reason),
    ["was read as {% assign cv = site.data.cv | sort %}, as Jekyll's Liquid read it"],
  );
});

test("an output inside a tag is its expression, as Ruby Liquid read it; not in an include", () => {
  assert.equal(
    asLiquidjs('{% assign s = {{var.students | map: "name" }} %}{{ s }}{% include {{ tab }} %}')
      .text,
    '{% assign s = var.students | map: "name" %}{{ s }}{% include {{ tab }} %}',
  );
});

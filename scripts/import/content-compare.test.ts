import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { comparePage, kept, missingPassage, summarise } from "./content-compare.ts";
import { pageFacts } from "./page-facts.ts";

const page = (body: string) => pageFacts(`<main>${body}</main>`, { main: ["main"] });

describe("kept", () => {
  it("counts each item as often as it occurs", () => {
    assert.deepEqual(kept(["a", "a", "b"], ["a", "b", "c"]), { kept: 2, missing: ["a"] });
  });
});

describe("missingPassage", () => {
  it("quotes the longest run of words the new page lacks, up to 8", () => {
    const now = new Map([["keep", 2]]);
    assert.equal(missingPassage(["keep", "lost", "too", "keep"], now), "lost too");
    const long = "a b c d e f g h i j".split(" ");
    assert.equal(missingPassage(long, new Map()), "a b c d e f g h …");
  });
});

describe("comparePage", () => {
  it("passes a page that says what it said", () => {
    const result = comparePage("/", page("<p>Same words</p>"), page("<h1>T</h1><p>Same words</p>"));
    assert.deepEqual(result.short, []);
  });

  it("names each way a page falls short", () => {
    const old = page(
      `<p>one two three four five six</p><a href="https://a.org">a</a><img src="/images/x.png"><h2>Part</h2><p>\\[x\\]</p>`,
    );
    const now = page(
      `<p>one two &lt;div&gt;</p><math><mi>x</mi></math><code class="tex-error">\\y</code>`,
    );
    const result = comparePage("/p/", old, now);
    assert.deepEqual(result.differs, ['0 of 1 links (missing: "a.org")']);
    assert.deepEqual(result.short, [
      '25% of its words (missing: "three four five six a part")',
      '0 of 1 images (missing: "x")',
      '1 headings missing ("part")',
      "0 of 1 display equations displayed",
      '1 TeX errors ("\\\\y")',
      'HTML shown as text ("<div>")',
    ]);
  });
});

describe("summarise", () => {
  it("passes a site whose pages pass and that keeps 99.5% of its links", () => {
    const links = (n: number) => `<p>w</p>${'<a href="https://a.org">a</a> '.repeat(n)}`;
    const lost = comparePage("/", page(links(200)), page(links(199)));
    assert.equal(summarise([lost]).passed, true);
    const more = comparePage("/", page(links(100)), page(links(99)));
    const result = summarise([more]);
    assert.equal(result.passed, false);
    assert.equal(
      result.lines[2],
      "  links to other sites kept: 99 of 100 (99%; the site needs 99.5%)",
    );
  });
});

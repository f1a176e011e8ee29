import assert from "node:assert/strict";
import { test } from "node:test";
import { jsSource } from "./js-source.ts";

test("data as JavaScript: dates stay dates, to the millisecond", () => {
  const year = new Date(Date.UTC(2019, 0, 1, 0, 0, 0, 1));
  const value = {
    basics: { name: 'Ada "A"' },
    work: [{ startDate: year, endDate: "present" }],
    none: null,
  };
  const source = jsSource(value);
  assert.equal(
    source,
    `{"basics":{"name":"Ada \\"A\\""},"work":[{"startDate":new Date(${String(year.getTime())}),"endDate":"present"}],"none":null}`,
  );
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the source is the test
  const evaluate = new Function(`return ${source};`) as () => unknown;
  assert.deepEqual(evaluate(), value);
});

test("fields without a value are left out, as JSON leaves them", () => {
  assert.equal(jsSource({ a: undefined, b: 1 }), '{"b":1}');
});

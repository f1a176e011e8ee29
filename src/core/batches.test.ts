import assert from "node:assert/strict";
import { test } from "node:test";
import { inBatches } from "./batches.ts";

test("every item, in order, never more than the batch size at once", async () => {
  let running = 0;
  let most = 0;
  const results = await inBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5 - (n % 3)));
    running--;
    return n * 10;
  });
  assert.deepEqual(results, [10, 20, 30, 40, 50, 60, 70]);
  assert.equal(most, 3);
});

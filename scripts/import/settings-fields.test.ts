import assert from "node:assert/strict";
import { test } from "node:test";
import { removedAsComments, withoutSettings } from "./settings-fields.ts";

test("settings that cannot be taken are taken out, and kept as comments", () => {
  const { settings, removed } = withoutSettings(
    { title: "T", author: { name: "A", name2: "B" }, navigation: [] },
    ["author.name2", "navigation (item 1).url", "missing.key"],
  );
  assert.deepEqual(settings, { title: "T", author: { name: "A" }, navigation: [] });
  assert.deepEqual(removed, [{ field: "author.name2", value: "B" }]);
  assert.equal(
    removedAsComments(removed),
    "\n# Imported from _config.yml, but not taken here (see the import's report):\n# author.name2: B\n",
  );
});

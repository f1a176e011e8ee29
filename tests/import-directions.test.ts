/**
 * The folders of src/ import one another in one direction only (eslint.config.js): a file that
 * reaches the wrong way is a lint error that says which folders it may use.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ESLint } from "eslint";
import { PROJECT } from "./helpers/temp-dir.ts";

const eslint = new ESLint({ cwd: PROJECT });

/** The messages of `no-restricted-imports` for `code` written in the project's file `file`. */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("import directions", () => {
  test("a lower folder cannot import a higher one", async () => {
    const [error] = await importErrors(
      "src/routing/entries.ts",
      'import { pageHead } from "#view/head.ts";\nexport const x = pageHead;\n',
    );
    assert.match(error ?? "", /This folder may import only #routing, #core, #schemas/);
  });

  test("only src/astro/ and what renders use Astro's modules", async () => {
    assert.equal(
      (await importErrors("src/view/head.ts", 'export { getCollection } from "astro:content";\n'))
        .length,
      1,
    );
    assert.deepEqual(
      await importErrors(
        "src/astro/site-entries.ts",
        'export { getCollection } from "astro:content";\n',
      ),
      [],
    );
  });

  test("another folder is imported by its # name, not by a relative path", async () => {
    const [error] = await importErrors(
      "src/view/head.ts",
      'export { escapeHtml } from "../core/text.ts";\n',
    );
    assert.match(error ?? "", /by its # name/);
  });

  test("a folder may import the folders below it", async () => {
    assert.deepEqual(
      await importErrors(
        "src/check/content-check.ts",
        'export { entryPlace } from "#routing/entries.ts";\nexport { escapeHtml } from "#core/text.ts";\n',
      ),
      [],
    );
  });
});

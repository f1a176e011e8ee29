// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The folders of `src/` in the order a Markdown file travels through them, each with the folders
 * it may import from (see the README's "Project structure"). Imports across folders use the
 * package.json `imports` names (`#routing/entries.ts`), so that this list is the whole rule.
 */
const LAYERS = {
  core: [],
  schemas: ["core"],
  routing: ["core", "schemas"],
  markdown: ["core"],
  bibtex: ["core", "schemas", "routing"],
  check: ["core", "schemas", "routing", "markdown", "bibtex"],
  view: ["core", "schemas", "routing", "markdown", "bibtex"],
  astro: ["core", "schemas", "routing", "markdown", "bibtex", "view"],
  integration: ["core", "schemas", "routing", "markdown", "bibtex", "check", "view"],
};
const FOLDERS = [...Object.keys(LAYERS), "components", "layouts", "styles"];

/**
 * `no-restricted-imports` for code that may import the folders `allowed` (and no `astro:*` unless `astro`).
 * @param {string[]} allowed
 * @param {{ astro?: boolean }} options
 * @returns {import("eslint").Linter.RulesRecord}
 */
function importRule(allowed, { astro = false } = {}) {
  const forbidden = FOLDERS.filter((folder) => !allowed.includes(folder));
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^\\.\\./",
            message: "Import another folder of src/ by its # name (#routing/entries.ts).",
          },
          ...(forbidden.length === 0
            ? []
            : [
                {
                  regex: `^#(${forbidden.join("|")})/`,
                  message: `This folder may import only ${allowed.map((f) => `#${f}`).join(", ") || "Node and packages"}: see the README's project structure.`,
                },
              ]),
          ...(astro
            ? []
            : [
                {
                  regex: "^(astro|virtual):",
                  message: "Only src/astro/, components, layouts and pages use Astro's modules.",
                },
              ]),
        ],
      },
    ],
  };
}

/** The parser eslint-plugin-astro reads components with (the type-aware configs would replace it). */
const astroParser = astro.configs.recommended.find((config) => config.files?.includes("**/*.astro"))
  ?.languageOptions?.parser;

/** @type {import("eslint").Linter.RulesRecord} */
const TYPED_RULES = {
  "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
  "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
  // tsconfig's noPropertyAccessFromIndexSignature asks for obj["key"] on index signatures.
  "@typescript-eslint/dot-notation": "off",
};

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "tests/.tmp/",
      "tests/fixtures/jekyll-site/",
      "tests/fixtures/output/",
      "test-output/",
      "bench/.sites/",
    ],
  },
  js.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    rules: TYPED_RULES,
  },
  {
    // Components, layouts and pages get the same type-aware rules as TypeScript files.
    files: ["**/*.astro"],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parser: astroParser,
      parserOptions: {
        parser: tseslint.parser,
        project: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
    rules: {
      ...TYPED_RULES,
      // The markup a template's `.map()` returns has no type outside Astro's compiler.
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // node:test's test() and describe() return promises that the runner itself awaits.
    files: ["**/*.test.ts", "tests/**/*.ts"],
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: globals.node },
  },
  ...Object.entries(LAYERS).map(([folder, allowed]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: importRule([folder, ...allowed], { astro: folder === "astro" }),
  })),
  {
    // What renders: anything but the content check and the build's hooks.
    files: ["src/components/**", "src/layouts/**", "src/pages/**", "src/content.config.ts"],
    rules: importRule(
      FOLDERS.filter((folder) => folder !== "check" && folder !== "integration"),
      { astro: true },
    ),
  },
);

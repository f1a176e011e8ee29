/**
 * `npm run size` (after `npm run build`): what every built page weighs, as a table, and a check of
 * the budgets in `bench/budgets.json`. Exits with status 1 when a page goes over a budget.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { overBudget, weightTable, type Budgets } from "./budgets.ts";
import { pageAddress } from "#integration/link-check.ts";
import { pageWeight } from "./page-weight.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
const budgets = JSON.parse(
  await readFile(new URL("../../bench/budgets.json", import.meta.url), "utf8"),
) as Budgets;
const files = (await glob("**/*.html", { cwd: dist })).sort();
if (files.length === 0) {
  console.error(`No pages in ${dist}: run npm run build first.`);
  process.exit(1);
}
const weights = await Promise.all(files.map((file) => pageWeight(dist, file, pageAddress(file))));
console.log(weightTable(weights));
const over = overBudget(weights, budgets);
if (over.length > 0) {
  console.error(
    `\n${over.length} budget${over.length === 1 ? "" : "s"} exceeded:\n${over.join("\n")}`,
  );
  process.exitCode = 1;
} else {
  console.log(`\nAll ${weights.length} pages are within the budgets in bench/budgets.json.`);
}

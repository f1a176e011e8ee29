/**
 * Checks the content and site settings without building: `npm run check:content [folder]`.
 * Prints every problem and exits with status 1 when there is an error.
 */
import path from "node:path";
import { checkContent } from "#check/content-check.ts";
import { formatReport, hasErrors } from "#core/problems.ts";

const root = path.resolve(process.argv[2] ?? ".");
const report = await checkContent(root);
if (report.problems.length > 0) console.log(formatReport(report.problems));
if (hasErrors(report.problems)) {
  process.exitCode = 1;
} else {
  console.log(
    `Content is fine: ${report.entries.length} entr${report.entries.length === 1 ? "y" : "ies"}, ${report.redirects.length} redirect${report.redirects.length === 1 ? "" : "s"}.`,
  );
}

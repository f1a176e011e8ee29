/** Size budgets for built pages, and which pages go over them. */
import type { PageWeight } from "./page-weight.ts";

export interface Budget {
  /** Most gzip bytes of HTML and linked CSS together. */
  htmlAndCssGzip?: number;
  /** Most bytes of JavaScript. */
  jsRaw?: number;
  /** Most requests before the first paint. */
  blockingRequests?: number;
}

export interface Budgets {
  /** Budgets every page keeps, unless its own budget sets another. */
  everyPage: Budget;
  /** Budgets of single pages, by address. */
  pages: Record<string, Budget>;
}

/** One line for each budget a page goes over. */
export function overBudget(weights: readonly PageWeight[], budgets: Budgets): string[] {
  const lines: string[] = [];
  for (const weight of weights) {
    // A page's own budget takes the place of the one every page keeps (the search page's script).
    for (const budget of [{ ...budgets.everyPage, ...budgets.pages[weight.page] }]) {
      const check = (name: string, value: number, most: number | undefined, unit: string) => {
        if (most !== undefined && value > most)
          lines.push(
            `${weight.page}: ${name} is ${value} ${unit}, over the budget of ${most} ${unit}.`,
          );
      };
      check("HTML and CSS (gzip)", weight.htmlAndCss.gzip, budget.htmlAndCssGzip, "bytes");
      check("JavaScript", weight.js.raw, budget.jsRaw, "bytes");
      check(
        "requests before first paint",
        weight.blockingRequests,
        budget.blockingRequests,
        "requests",
      );
    }
  }
  return lines;
}

/** A table of the pages' weights, in Markdown. */
export function weightTable(weights: readonly PageWeight[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = weights.map(
    (w) =>
      `| ${w.page} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} | ${kb(w.images.raw)} / ${kb(w.images.gzip)} | ${w.requests} (${w.blockingRequests} before paint) |`,
  );
  return [
    "| page | HTML KB (raw / gzip) | CSS KB, inlined (raw / gzip) | JS KB | images KB | requests |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

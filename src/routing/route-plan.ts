/** Where each page is served and which old addresses redirect to it, with the rules across files. */
import type { Problem } from "#core/problems.ts";
import { outputFileFor, redirectFileFor, splitQuery } from "#core/site-paths.ts";

export interface PageRoute {
  /** The Markdown file, as the editor names it. */
  file: string;
  permalink: string;
  redirectFrom: readonly string[];
  /** Where the page sends visitors (`redirect_to`), when it is a redirect rather than a page. */
  redirectTo?: string | undefined;
}

export interface Redirect {
  /** The old address. */
  from: string;
  /** The file that serves it, such as `old.html` (old addresses with a query share their path's). */
  output: string;
  /** The page's address. */
  to: string;
  /** The file whose `redirect_from` lists the old address. */
  file: string;
}

export interface RoutePlan {
  redirects: Redirect[];
  problems: Problem[];
}

function sameAddress(path: string, other: string): string {
  return path === other ? `"${path}"` : `"${path}" (the same address as "${other}")`;
}

/** Checks that no two pages and old addresses collide, and lists the redirects to generate. */
export function planRoutes(pages: readonly PageRoute[]): RoutePlan {
  const problems: Problem[] = [];
  const pageAt = new Map<string, PageRoute>();
  for (const page of pages) {
    const key = outputFileFor(page.permalink);
    const other = pageAt.get(key);
    if (other === undefined) {
      pageAt.set(key, page);
    } else {
      problems.push({
        severity: "error",
        file: page.file,
        field: "permalink",
        message: `${sameAddress(page.permalink, other.permalink)} is already the permalink of ${other.file}. Each page needs a permalink of its own.`,
      });
    }
  }

  // Files whose names differ only in capital letters are one file on macOS and Windows.
  const byFolded = new Map<string, PageRoute>();
  for (const [key, page] of pageAt) {
    const other = byFolded.get(key.toLowerCase());
    if (other === undefined) {
      byFolded.set(key.toLowerCase(), page);
    } else {
      problems.push({
        severity: "warning",
        file: page.file,
        field: "permalink",
        message: `"${page.permalink}" and "${other.permalink}" (the permalink of ${other.file}) differ only in capital letters. On macOS and Windows they are one folder, so one page replaces the other there. Give one of them another permalink.`,
      });
    }
  }

  const redirects: Redirect[] = pages.flatMap((page) =>
    page.redirectTo === undefined
      ? []
      : [
          {
            from: page.permalink,
            output: outputFileFor(page.permalink),
            to: page.redirectTo,
            file: page.file,
          },
        ],
  );
  const redirectAt = new Map<string, Redirect>();
  for (const page of pages) {
    page.redirectFrom.forEach((from, index) => {
      const field =
        page.redirectFrom.length === 1 ? "redirect_from" : `redirect_from (item ${index + 1})`;
      const { path, query } = splitQuery(from);
      const output = redirectFileFor(path);
      const target = pageAt.get(output);
      const key = `${output}${query}`;
      const earlier = redirectAt.get(key);
      const error = (message: string) =>
        problems.push({ severity: "error", file: page.file, field, message });
      if (query !== "" && target !== undefined) {
        // A static host ignores the query: the old link shows the page at its path.
        if (target !== page)
          problems.push({
            severity: "warning",
            file: page.file,
            field,
            message: `"${from}" cannot lead here: a static host ignores the "${query}" and shows ${target.file}, whose address is "${path}". Old links with it show that page.`,
          });
      } else if (target === page || outputFileFor(page.permalink) === key) {
        error(
          `${sameAddress(from, page.permalink)} is this page's own permalink, so the page would redirect to itself. Remove it from redirect_from.`,
        );
      } else if (target !== undefined) {
        error(
          `${sameAddress(from, target.permalink)} is the permalink of ${target.file}. An old address cannot be the address of another page.`,
        );
      } else if (earlier !== undefined && earlier.file !== page.file) {
        error(
          `${sameAddress(from, earlier.from)} is also in the redirect_from of ${earlier.file}. An old address can lead to one page only.`,
        );
      } else if (earlier === undefined) {
        const redirect = { from, output, to: page.permalink, file: page.file };
        redirectAt.set(key, redirect);
        redirects.push(redirect);
      }
    });
  }
  return { redirects, problems };
}

/** Where each page is served and which old addresses redirect to it, with the rules across files. */
import type { Problem } from "#core/problems.ts";
import { outputFileFor, redirectFileFor, splitQuery } from "#core/site-paths.ts";

/** A file the site has that is no page of an editor's: a file of `public/`, the feed, the sitemap. */
export interface ReservedFile {
  /** What it is, as the editor reads it: `public/files/cv.pdf`, "the feed of posts". */
  file: string;
  /** Its address, such as `/files/cv.pdf`. */
  address: string;
  /** The file, relative to the output folder, such as `files/cv.pdf`. */
  output: string;
  /** Whether it is a folder whose every file the build writes (`og`, for `/og/…`). */
  folder?: true;
}

/** The longest name of a file or folder that file systems allow, in bytes. */
const NAME_MAX = 255;

export interface PageRoute {
  /** The Markdown file, as the editor names it. */
  file: string;
  permalink: string;
  /** Whether the address comes from the file's name, there being no `permalink` field. */
  named?: boolean | undefined;
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

/**
 * Checks that no two pages and old addresses collide, and that none replaces a file the site has
 * (`reserved`), and lists the redirects to generate.
 */
export function planRoutes(
  pages: readonly PageRoute[],
  reserved: readonly ReservedFile[] = [],
): RoutePlan {
  const problems: Problem[] = [];
  // A reserved file is at its own file and at the file a page at its address would be written to.
  const reservedAt = new Map<string, ReservedFile>();
  const folders = reserved.filter((file) => file.folder === true);
  for (const file of reserved) {
    if (file.folder === true) continue;
    reservedAt.set(file.output, file);
    reservedAt.set(outputFileFor(file.address), file);
  }
  /** The generated folder a file would be written in (`og/x.html` is in `og`). */
  const folderOf = (output: string) =>
    folders.find((folder) => output === folder.output || output.startsWith(`${folder.output}/`));
  const pageAt = new Map<string, PageRoute>();
  for (const page of pages) {
    const key = outputFileFor(page.permalink);
    const other = pageAt.get(key);
    const taken = reservedAt.get(key);
    const inFolder = folderOf(key);
    if (taken !== undefined) {
      problems.push({
        severity: "error",
        file: page.file,
        field: "permalink",
        message: `${sameAddress(page.permalink, taken.address)} is the address of ${taken.file}, which this page would replace. Choose another permalink.`,
      });
    } else if (inFolder !== undefined) {
      problems.push({
        severity: "error",
        file: page.file,
        field: "permalink",
        message: `"${page.permalink}" is in ${inFolder.address}, where the build writes ${inFolder.file}. Choose another permalink.`,
      });
    } else if (other === undefined) {
      pageAt.set(key, page);
    } else if (page.named === true) {
      problems.push({
        severity: "error",
        file: page.file,
        message: `its name makes the address ${sameAddress(page.permalink, other.permalink)}, which is already the permalink of ${other.file}. Rename one of the files, or give one of them a permalink.`,
      });
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
  const movedAt = new Set(redirects);
  const redirectAt = new Map<string, Redirect>();
  for (const page of pages) {
    page.redirectFrom.forEach((from, index) => {
      const field =
        page.redirectFrom.length === 1 ? "redirect_from" : `redirect_from (item ${index + 1})`;
      const { path, query } = splitQuery(from);
      const output = redirectFileFor(path);
      const target = pageAt.get(output);
      const taken = query === "" ? reservedAt.get(output) : undefined;
      const inFolder = folderOf(output);
      const key = `${output}${query}`;
      const earlier = redirectAt.get(key);
      const error = (message: string) =>
        problems.push({ severity: "error", file: page.file, field, message });
      if (taken !== undefined) {
        error(
          `${sameAddress(from, taken.address)} is the address of ${taken.file}, which the redirect page would replace. Remove it from redirect_from.`,
        );
      } else if (inFolder !== undefined) {
        error(
          `"${from}" is in ${inFolder.address}, where the build writes ${inFolder.file}, which the redirect page could replace. Remove it from redirect_from.`,
        );
      } else if (query !== "" && target !== undefined) {
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
  const oldAddresses = redirects.filter((redirect) => !movedAt.has(redirect));
  problems.push(...placeProblems(pageAt, oldAddresses, reserved));
  return { redirects, problems };
}

/** The folders a file is in, outermost first: `a/b/c.html` is in `a` and `a/b`. */
function foldersOf(file: string): string[] {
  const parts = file.split("/").slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join("/"));
}

/**
 * What no file system allows: a page or the redirect page of an old address inside a folder that is
 * a file of the site (`/files/cv.pdf/` when `public/files/cv.pdf` is a file), or a name longer than
 * 255 bytes.
 */
function placeProblems(
  pageAt: ReadonlyMap<string, PageRoute>,
  oldAddresses: readonly Redirect[],
  reserved: readonly ReservedFile[],
): Problem[] {
  const fileAt = new Map<string, string>();
  for (const file of reserved) if (file.folder !== true) fileAt.set(file.output, file.file);
  for (const [output, page] of pageAt) fileAt.set(output, page.file);
  for (const redirect of oldAddresses) fileAt.set(redirect.output, redirect.file);
  const placed = [
    ...[...pageAt].map(([output, page]) => ({
      output,
      address: page.permalink,
      file: page.file,
      field: "permalink",
    })),
    ...oldAddresses.map((redirect) => ({
      output: redirect.output,
      address: redirect.from,
      file: redirect.file,
      field: "redirect_from",
    })),
  ];
  return placed.flatMap(({ output, address, file, field }): Problem[] => {
    const long = output.split("/").find((name) => Buffer.byteLength(name) > NAME_MAX);
    if (long !== undefined) {
      return [
        {
          severity: "error",
          file,
          field,
          message: `"${address}" has a part of ${Buffer.byteLength(long)} bytes ("${long.slice(0, 24)}…"), and file systems allow ${NAME_MAX}. Choose a shorter address.`,
        },
      ];
    }
    const folder = foldersOf(output).find((name) => fileAt.has(name));
    const owner = folder === undefined ? undefined : fileAt.get(folder);
    if (folder === undefined || owner === undefined) return [];
    return [
      {
        severity: "error",
        file,
        field,
        message: `"${address}" would be written inside "/${folder}/", but "/${folder}" is ${owner === file ? "this page" : owner}, a file. Choose an address outside it.`,
      },
    ];
  });
}

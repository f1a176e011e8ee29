/**
 * What the content check sees of the files themselves, before their front matter: names the build
 * would not read, text that is not UTF-8, and links that lead out of the project.
 */
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { Problem } from "#core/problems.ts";
import { isEntryFile, MARKDOWN_ENDINGS } from "#routing/collections.ts";

/** Files that editors may mean as entries: Markdown and MDX, in any capitals. */
const MARKDOWN_LIKE = `**/[^_]*.{${[...MARKDOWN_ENDINGS, "mdx"].join(",")}}`;

/**
 * Files in a collection's folder (`dir`, from the project folder) that look like entries but that
 * the build would not read: MDX in capitals (`.MDX`), or files in a folder whose name ends like
 * Markdown's, which the build takes for an entry. `names` are the entry files found.
 */
export async function unreadFiles(
  root: string,
  dir: string,
  names: readonly string[],
): Promise<Problem[]> {
  const read = new Set(names.filter(isEntryFile));
  const likely = await glob(MARKDOWN_LIKE, {
    cwd: path.join(root, dir),
    caseSensitiveMatch: false,
  });
  const unread = [...new Set([...names, ...likely])].filter((name) => !read.has(name)).sort();
  return unread.map((name): Problem => {
    const file = path.posix.join(dir, name);
    const folder = name
      .split("/")
      .slice(0, -1)
      .find((part) => isEntryFile(part.toLowerCase()));
    if (folder !== undefined) {
      return {
        severity: "error",
        file,
        message: `is in the folder "${folder}", whose name ends like a Markdown file's, so the build reads the folder as a page. Rename the folder.`,
      };
    }
    const renamed = path.posix.basename(name).replace(/\.[^./]+$/, ".mdx");
    return {
      severity: "error",
      file,
      message: `is not built: MDX files are built when their names end in ".mdx", in small letters. Rename it to "${renamed}".`,
    };
  });
}

/**
 * Links (symbolic links) below `folders` of the project that lead outside it: the build would
 * publish what they point at, as Jekyll's safe mode refuses to.
 */
export async function linksOutside(root: string, folders: readonly string[]): Promise<Problem[]> {
  const project = await realpath(root);
  const problems: Problem[] = [];
  for (const folder of folders) {
    const entries = await readdir(path.join(root, folder), {
      recursive: true,
      withFileTypes: true,
    }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) continue;
      const link = path.join(entry.parentPath, entry.name);
      const target = await realpath(link).catch(() => undefined);
      const relative = target === undefined ? undefined : path.relative(project, target);
      if (relative !== undefined && !relative.startsWith("..") && !path.isAbsolute(relative))
        continue;
      problems.push({
        severity: "error",
        file: path.relative(root, link).split(path.sep).join("/"),
        message: `is a link to ${target ?? "a file that does not exist"}, outside the project. The site publishes only what is in the project: copy the file in instead of linking to it.`,
      });
    }
  }
  return problems;
}

/**
 * Why an address that a file's name makes cannot be asked for by a browser, or `undefined`: a
 * `#` starts a fragment, a `?` a query, and a `%` not followed by two hex digits is no escape.
 */
export function fileNameAddressProblem(permalink: string): string | undefined {
  if (permalink.includes("#"))
    return `"#" starts the part of an address that a browser keeps to itself`;
  if (permalink.includes("?")) return `"?" starts a query, which a static host ignores`;
  if (/%(?![0-9A-Fa-f]{2})/.test(permalink))
    return `"%" must be followed by two hex digits in an address`;
  return undefined;
}

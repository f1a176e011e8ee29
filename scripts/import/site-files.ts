/**
 * The files of a Jekyll site as the import may read them: regular files inside the site's folder,
 * reached without a symbolic link. Jekyll's safe mode (GitHub Pages) skips links, and a site made
 * by someone else may point one at any file its importer can read, so no link is ever followed.
 */
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every regular file below `root` (`a/b.md`, sorted), and the symbolic links found on the way. */
export async function listSiteFiles(root: string): Promise<{ files: string[]; links: string[] }> {
  const files: string[] = [];
  const links: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      const file = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) links.push(file);
      else if (entry.isDirectory()) {
        if (file !== ".git") await walk(file);
      } else if (entry.isFile()) files.push(file);
    }
  };
  await walk("");
  return { files: files.sort(), links: links.sort() };
}

/** Why a site file cannot be read, in the words of the import's report. */
export type UnreadableReason = "missing" | "link" | "folder" | "outside" | "unreadable";

export const UNREADABLE_SENTENCE: Record<UnreadableReason, string> = {
  missing: "does not exist",
  link: "is a symbolic link, which is never followed (Jekyll's safe mode on GitHub Pages skips links too)",
  folder: "is a folder, not a file",
  outside: "lies outside the site's folder",
  unreadable: "cannot be read",
};

/** The path's problem as a site file's name (`..`, an absolute path), or `undefined` for none. */
function outsideSite(relative: string): boolean {
  return (
    relative === "" ||
    path.posix.isAbsolute(relative) ||
    path.win32.isAbsolute(relative) ||
    relative.split(/[/\\]/).some((part) => part === ".." || part === "")
  );
}

/**
 * The bytes of `relative` (`_data/cv.json`) in the site at `root`, or why they cannot be had: no
 * part of its path may be a symbolic link or leave the site.
 */
export async function readSiteFile(
  root: string,
  relative: string,
): Promise<{ bytes: Buffer } | { unreadable: UnreadableReason }> {
  if (outsideSite(relative)) return { unreadable: "outside" };
  const parts = relative.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const stats = await lstat(path.join(root, ...parts.slice(0, i))).catch(() => undefined);
    if (stats === undefined) return { unreadable: "missing" };
    if (stats.isSymbolicLink()) return { unreadable: "link" };
    if (i === parts.length && stats.isDirectory()) return { unreadable: "folder" };
    if (i === parts.length && !stats.isFile()) return { unreadable: "unreadable" };
  }
  try {
    return { bytes: await readFile(path.join(root, relative)) };
  } catch {
    return { unreadable: "unreadable" };
  }
}

/** The text of a site file, or `undefined` when it cannot be read (see `readSiteFile`). */
export async function readSiteText(root: string, relative: string): Promise<string | undefined> {
  const read = await readSiteFile(root, relative);
  return "bytes" in read ? read.bytes.toString("utf8") : undefined;
}

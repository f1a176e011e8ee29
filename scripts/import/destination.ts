/**
 * Where the import may write: the four content folders and nothing else, whatever the imported site
 * declares. A site made by someone else can name a collection `..` or a file `../package.json`; a
 * file written beside `package.json` (a `postcss.config.mjs`, a build script) would run on the next
 * build, so every destination is checked as a name, then as a place on disk, before it is written.
 */
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";

/** The folders the import writes into, and the endings each one takes (any, for `public/`). */
const IMPORT_FOLDERS: readonly { folder: string; endings?: readonly string[] }[] = [
  { folder: "src/content/", endings: ["md", "bib"] },
  { folder: "src/data/", endings: ["yaml", "yml"] },
  {
    folder: "src/images/",
    endings: ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "tif", "tiff"],
  },
  // Files served as they are: any ending, as Jekyll copied them.
  { folder: "public/" },
];

const FOLDER_LIST = IMPORT_FOLDERS.map(({ folder }) => folder).join(", ");

/**
 * Why the import may not write `target` (a path in the project, such as `src/content/posts/a.md`),
 * in the words of its report, or `undefined` when it may.
 */
export function destinationProblem(target: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- a control character never names a file here
  if (/[\u0000-\u001F\u007F\\]/.test(target))
    return `its name has a backslash or a control character`;
  const parts = target.split("/");
  if (parts.some((part) => part === "" || part === "." || part === ".."))
    return `its path has an empty, "." or ".." part`;
  const place = IMPORT_FOLDERS.find(({ folder }) => target.startsWith(folder));
  if (place === undefined) return `the import writes only into ${FOLDER_LIST}`;
  const ending = path.posix.extname(target).slice(1).toLowerCase();
  if (place.endings !== undefined && !place.endings.includes(ending))
    return `${place.folder} takes only files ending in ${place.endings.join(", ")}`;
  return undefined;
}

/**
 * The file on disk for `target` in the project at `into`, once it is sure to lie inside its
 * folder there: no part of the way is a symbolic link that leads elsewhere. The reason otherwise.
 */
export async function confinedFile(
  into: string,
  target: string,
): Promise<{ file: string } | { problem: string }> {
  const problem = destinationProblem(target);
  if (problem !== undefined) return { problem };
  const folder = (
    IMPORT_FOLDERS.find((place) => target.startsWith(place.folder))?.folder ?? ""
  ).replace(/\/$/, "");
  const file = path.join(into, target);
  const top = path.join(into, folder);
  const realTop = await realpath(top).catch(() => undefined);
  if (realTop !== undefined && realTop !== path.join(await realpath(into), folder))
    return { problem: `${folder}/ in this project leads elsewhere (a symbolic link)` };
  // The deepest part of the way that exists already must resolve to a place inside the folder.
  let existing = file;
  while (
    existing.length > top.length &&
    !(await lstat(existing).then(
      () => true,
      () => false,
    ))
  )
    existing = path.dirname(existing);
  if (realTop !== undefined) {
    const real = await realpath(existing).catch(() => "");
    if (real !== realTop && !real.startsWith(`${realTop}${path.sep}`))
      return { problem: `a symbolic link on its way leads outside ${folder}/` };
  }
  return { file };
}

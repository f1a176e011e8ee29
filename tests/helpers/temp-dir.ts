/** Folders for tests, below `tests/.tmp/` (ignored by git), removed by the test that made them. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const TMP = path.join(PROJECT, "tests/.tmp");

/** The files to write into a folder: relative paths to their text (or bytes). */
export type Files = Record<string, string | Uint8Array>;

/** A new empty folder; `files` maps relative paths to their text. */
export async function tempDir(name: string, files: Files = {}): Promise<string> {
  await mkdir(TMP, { recursive: true });
  const dir = await mkdtemp(path.join(TMP, `${name}-`));
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: Files): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

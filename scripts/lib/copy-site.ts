/**
 * A copy of this project's site (code, settings, content and public files) in another folder, with
 * the project's node_modules linked in: what fixture sites and benchmark sites are built from.
 */
import { cp, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

const COPIED = ["package.json", "astro.config.mjs", "tsconfig.json", "src", "public"];

/** Copies the site to `dest` (an empty folder); `withoutPages` leaves the pages out. */
export async function copySite(dest: string, { withoutPages = false } = {}): Promise<void> {
  for (const entry of COPIED) {
    await cp(path.join(PROJECT, entry), path.join(dest, entry), {
      recursive: true,
      filter: (source) => !source.endsWith(".test.ts"),
    });
  }
  if (withoutPages) await rm(path.join(dest, "src/content/pages"), { recursive: true });
  await symlink(path.join(PROJECT, "node_modules"), path.join(dest, "node_modules"), "dir");
}

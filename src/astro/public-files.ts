/** The files of the site's `public/` folder, which the build copies as they are. */
import { existsSync } from "node:fs";
import path from "node:path";
import { root } from "virtual:academic/settings";

/** Whether a site path (`/files/paper.pdf`) names a file in `public/`. */
export function isPublicFile(sitePath: string): boolean {
  return existsSync(path.join(root, "public", sitePath));
}

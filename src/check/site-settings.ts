/** Reads and validates the site settings file that editors edit. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { siteSchema, type SiteSettings } from "#schemas/site.ts";
import { parseYaml } from "#markdown/front-matter.ts";
import type { Problem } from "#core/problems.ts";
import { validate, type Validated } from "#schemas/validate.ts";
import { SITE_SETTINGS_FILE } from "#routing/collections.ts";

/** Reads `src/data/site.yaml` below `root` (a folder path). */
export async function readSiteSettings(root: string): Promise<Validated<SiteSettings>> {
  let source: string;
  try {
    source = await readFile(path.join(root, SITE_SETTINGS_FILE), "utf8");
  } catch {
    const problem: Problem = {
      severity: "error",
      file: SITE_SETTINGS_FILE,
      message: "is missing. The site needs it for its title, address and author profile.",
    };
    return { ok: false, problems: [problem] };
  }
  const parsed = parseYaml(source, SITE_SETTINGS_FILE);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return validate(siteSchema, parsed.data, SITE_SETTINGS_FILE);
}

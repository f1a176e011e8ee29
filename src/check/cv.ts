/** Reads and validates the CV that editors edit (`src/data/cv.yaml`), when the site has one. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cvSchema, type Cv } from "#schemas/cv.ts";
import { parseYaml } from "#markdown/front-matter.ts";
import { validate, type Validated } from "#schemas/validate.ts";
import { CV_FILE } from "#routing/collections.ts";

/** The CV below `root` (a folder path): `undefined` when the site has no `src/data/cv.yaml`. */
export async function readCv(root: string): Promise<Validated<Cv> | undefined> {
  let source: string;
  try {
    source = await readFile(path.join(root, CV_FILE), "utf8");
  } catch {
    return undefined;
  }
  const parsed = parseYaml(source, CV_FILE);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return validate(cvSchema, parsed.data, CV_FILE);
}

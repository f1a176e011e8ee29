/** Reads and validates the data files that a site may have: the CV and the places of talks. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "astro/zod";
import { cvSchema, type Cv } from "#schemas/cv.ts";
import { placesSchema, type Places } from "#schemas/places.ts";
import { parseYaml } from "#markdown/front-matter.ts";
import { validate, type Validated } from "#schemas/validate.ts";
import { CV_FILE, PLACES_FILE } from "#routing/collections.ts";

/** The YAML file `file` below `root`, checked against `schema`; `undefined` when there is no such file. */
async function readDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): Promise<Validated<z.output<S>> | undefined> {
  let source: string;
  try {
    source = await readFile(path.join(root, file), "utf8");
  } catch {
    return undefined;
  }
  const parsed = parseYaml(source, file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return validate(schema, parsed.data, file);
}

/** The CV (`src/data/cv.yaml`), when the site has one. */
export function readCv(root: string): Promise<Validated<Cv> | undefined> {
  return readDataFile(root, CV_FILE, cvSchema);
}

/** The places of talks (`src/data/places.yaml`), when the site has them. */
export function readPlaces(root: string): Promise<Validated<Places> | undefined> {
  return readDataFile(root, PLACES_FILE, placesSchema);
}

/** Checks data that an editor wrote against a schema, and says what is wrong in plain words. */
import type { z } from "astro/zod";
import { unknownKeys } from "./base.ts";
import type { Problem } from "#core/problems.ts";

/** `redirect_from.1` becomes `redirect_from (item 2)`; `author.email` stays as it is. */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += ` (item ${part + 1})`;
    else name += name === "" ? String(part) : `.${String(part)}`;
  }
  return name === "" ? undefined : name;
}

export type Validated<T> =
  { ok: true; data: T; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates `data` from `file`. Errors name the field, what was expected and what was found;
 * keys the schema does not know (and that are no typo) are kept and reported as warnings.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): Validated<z.output<S>> {
  const warnings: Problem[] = unknownKeys(schema, data).map((field) => ({
    severity: "warning",
    file,
    field,
    message: "not a field this site uses. It is kept, but has no effect.",
  }));
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, problems: warnings };
  const errors = result.error.issues.map((issue): Problem => {
    const field = fieldName(issue.path);
    return field === undefined
      ? { severity: "error", file, message: issue.message }
      : { severity: "error", file, field, message: issue.message };
  });
  return { ok: false, problems: [...errors, ...warnings] };
}

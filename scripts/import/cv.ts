/**
 * academicpages' JSON CV (`_data/cv.json`, in JSON Resume's shape, shown by the page that includes
 * `cv-template.html`) as this site's `src/data/cv.yaml`: the page's address, title and old
 * addresses come along; empty values are left out; items that the site's collections list already
 * (publications, talks, teaching) are left out, since the CV page lists those collections.
 */
import { withoutActingHtml } from "#core/acting-html.ts";
import yaml from "js-yaml";
import { isRecord } from "./jekyll-site.ts";

/** Whether a page's text shows the JSON CV: academicpages' `{% include cv-template.html %}`. */
export function showsJsonCv(body: string): boolean {
  return /\{%-?\s*include\s+cv-template\.html\s*-?%\}/.test(body);
}

/** Whether data read from `_data/cv.json` is a CV in JSON Resume's shape. */
export function isJsonResume(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && isRecord(data["basics"]);
}

/** A value without its empty parts: `""`, `null`, `[]` and `{}` mean "not given" in cv.json. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isRecord(value)) {
    const fields = Object.entries(value).flatMap(([key, field]) => {
      const kept = withoutEmpty(field);
      return kept === undefined ? [] : [[key, kept] as const];
    });
    return fields.length === 0 ? undefined : Object.fromEntries(fields);
  }
  if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  return value;
}

/**
 * `value` with what acts taken out of every text (`withoutActingHtml`); `removed` gets a line for
 * each text changed, naming its field as the content check does (`work (item 1).department`).
 */
function withoutActing(value: unknown, field: string, removed: string[]): unknown {
  if (typeof value === "string") {
    const kept = withoutActingHtml(value);
    if (kept.removed.length > 0) removed.push(`${kept.removed.join(", ")} from ${field}`);
    return kept.text;
  }
  if (Array.isArray(value))
    return value.map((item, i) => withoutActing(item, `${field} (item ${String(i + 1)})`, removed));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      withoutActing(item, field === "" ? key : `${field}.${key}`, removed),
    ]),
  );
}

/** The sections of cv.json whose items a collection of the site lists, and the field of their title. */
const LISTED = {
  publications: { collection: "publications", title: "name" },
  presentations: { collection: "talks", title: "name" },
  teaching: { collection: "teaching", title: "course" },
} as const;

/** Titles of the site's entries by collection, to find the items of cv.json that they list. */
export type ListedTitles = Readonly<
  Record<"publications" | "talks" | "teaching", readonly string[]>
>;

/** The CV page of the old site: its address, title and old addresses. */
export interface CvPageFields {
  permalink: string;
  title?: string | undefined;
  redirect_from: readonly string[];
}

const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, " ").trim();

/** cv.json as cv.yaml's data, with a sentence for each change made. */
export function cvFromJson(
  json: Record<string, unknown>,
  page: CvPageFields,
  listed: ListedTitles,
): { data: Record<string, unknown>; changes: string[] } {
  const changes: string[] = [];
  const removed: string[] = [];
  const data = withoutActing(withoutEmpty(json) ?? {}, "", removed) as Record<string, unknown>;
  if (removed.length > 0)
    changes.push(`HTML that acts instead of showing text was removed: ${removed.join("; ")}`);
  for (const [section, { collection, title }] of Object.entries(LISTED)) {
    const items = data[section];
    if (!Array.isArray(items)) continue;
    const known = new Set(listed[collection].map(titleKey));
    const kept = items.filter(
      (item) =>
        !(isRecord(item) && typeof item[title] === "string" && known.has(titleKey(item[title]))),
    );
    const left = items.length - kept.length;
    if (left === 0) continue;
    changes.push(
      `${String(left)} of its ${section} ${left === 1 ? "is" : "are"} left out, as src/content/${collection}/ has ${left === 1 ? "it" : "them"} and the CV lists that folder`,
    );
    data[section] = kept.length === 0 ? undefined : kept;
  }
  return {
    data: {
      ...(page.title !== undefined && page.title !== "CV" && { title: page.title }),
      permalink: page.permalink,
      ...(page.redirect_from.length > 0 && { redirect_from: [...page.redirect_from] }),
      ...Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)),
    },
    changes,
  };
}

/** cv.yaml's text: a line on where it came from, then the data. */
export function cvYaml(data: Record<string, unknown>, from: string): string {
  return `# The CV, made from ${from} at import. Its fields: see the README ("The CV").\n${yaml.dump(data, { lineWidth: 100 })}`;
}

/**
 * Settings from `_config.yml` that this site cannot take as they are (a field it does not know and
 * that looks like a misspelt one, a value of the wrong kind) are taken out, so that the imported
 * site builds, and kept as comments in `src/data/site.yaml` for a person.
 */
import yaml from "js-yaml";
import { isRecord } from "./jekyll-site.ts";

/** A setting taken out: its dotted name (`author.name2`) and its value. */
export interface RemovedSetting {
  field: string;
  value: unknown;
}

/** Whether a problem's field names a setting by dotted keys alone (not a list item). */
export const isSettingPath = (field: string) => /^[\w-]+(\.[\w-]+)*$/.test(field);

/** `settings` without the fields named (`author.name2`), and what they held. */
export function withoutSettings(
  settings: Record<string, unknown>,
  fields: readonly string[],
): { settings: Record<string, unknown>; removed: RemovedSetting[] } {
  const copy = structuredClone(settings);
  const removed: RemovedSetting[] = [];
  for (const field of fields.filter(isSettingPath)) {
    const keys = field.split(".");
    let parent: unknown = copy;
    for (const key of keys.slice(0, -1)) parent = isRecord(parent) ? parent[key] : undefined;
    const last = keys.at(-1) ?? "";
    if (!isRecord(parent) || !(last in parent)) continue;
    removed.push({ field, value: parent[last] });
    Reflect.deleteProperty(parent, last);
  }
  return { settings: copy, removed };
}

/** The settings taken out, as YAML comments to put after the settings. */
export function removedAsComments(removed: readonly RemovedSetting[]): string {
  if (removed.length === 0) return "";
  const lines = removed.map(
    ({ field, value }) => `# ${field}: ${yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trim()}`,
  );
  return `\n# Imported from _config.yml, but not taken here (see the import's report):\n${lines.join("\n")}\n`;
}

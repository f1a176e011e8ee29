import { isoDate } from "./dates.ts";

/** Names a value from YAML the way an editor would say it: `the text "yes"`, `a list of 2 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value === "" ? "an empty text" : `the text "${value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid date" : `the date ${isoDate(value)}`;
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? "an empty list"
      : `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0
      ? "an empty group of fields"
      : `a group of fields (${keys.slice(0, 3).join(", ")}${keys.length > 3 ? ", …" : ""})`;
  }
  return `a value of type ${typeof value}`;
}

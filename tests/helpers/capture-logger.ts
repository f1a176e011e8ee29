/**
 * An Astro logger for tests: it keeps what a build says, as the site's log prints it without colours
 * or times, instead of writing to stdout (where the test runner talks to its parent process).
 */
import type { AstroLoggerMessage } from "astro";
import { siteLog } from "#integration/build-log.ts";

const LEVELS = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;

declare global {
  var capturedAstroLog: string[] | undefined;
}

function format({ level, label, message, newLine }: AstroLoggerMessage): string {
  const prefix = [
    level === "warn" || level === "error" ? `[${level.toUpperCase()}]` : "",
    label === null ? "" : `[${label}]`,
  ]
    .filter((part) => part !== "")
    .join(" ");
  return `${label === "SKIP_FORMAT" ? message : `${prefix} ${message}`}${newLine ? "\n" : ""}`;
}

export default function captureLogger(options: { level?: keyof typeof LEVELS } = {}) {
  const threshold = LEVELS[options.level ?? "warn"];
  return siteLog({
    write(event: AstroLoggerMessage) {
      if (LEVELS[event.level] < threshold) return;
      (globalThis.capturedAstroLog ??= []).push(format(event));
    },
  });
}

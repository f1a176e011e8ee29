/**
 * An Astro logger for tests: it keeps what a build says, as Astro would print it without colours or
 * times (each route's parts as Astro writes them, for the tests that read them), with the site's
 * sentence for a page that fails to render, instead of writing to stdout (where the test runner
 * talks to its parent process).
 */
import type { AstroLoggerMessage } from "astro";
import { namedRenderFailures } from "#integration/build-log.ts";
import { pageSourceOf } from "#integration/page-sources.ts";

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
  return namedRenderFailures(
    {
      write(event: AstroLoggerMessage) {
        if (LEVELS[event.level] < threshold) return;
        (globalThis.capturedAstroLog ??= []).push(format(event));
      },
    },
    pageSourceOf,
  );
}

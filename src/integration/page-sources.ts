/**
 * Which Markdown file makes the page at each address, for the build log to name the file when a
 * page fails to render (Astro names only the address). The integration records it after the
 * content check; the log, which Astro loads apart from the integration, looks it up. Both run in
 * the one Node process, so the record is kept on `globalThis`, under a key of its own.
 */
import { routeParam } from "#core/site-paths.ts";

const KEY = Symbol.for("academic-site.page-sources");

/** An address as the rendered route's path: `/cv/`, `/cv` and `cv` are all `/cv`. */
function routeKey(path: string): string {
  return `/${path.replace(/^\/+|\/+$/g, "")}`;
}

/** Records the file of each page: `[permalink, file]` pairs. */
export function recordPageSources(pages: Iterable<readonly [string, string]>): void {
  const sources = new Map<string, string>();
  for (const [permalink, file] of pages) sources.set(routeKey(routeParam(permalink) ?? ""), file);
  Reflect.set(globalThis, KEY, sources);
}

/** The file that makes the page Astro rendered at `path` (`/cv`), if one was recorded. */
export function pageSourceOf(path: string): string | undefined {
  const sources: unknown = Reflect.get(globalThis, KEY);
  return sources instanceof Map ? (sources.get(routeKey(path)) as string | undefined) : undefined;
}

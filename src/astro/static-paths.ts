/** A page of a route, as `getStaticPaths` hands it to Astro. */
import { routeParam } from "#core/site-paths.ts";

/**
 * The page at `page.path` for a route whose rest parameter is `param` (`[...slug]`): its parameter,
 * the page as its props, and its key for the incremental build, when it has one (an unchanged
 * page is then copied from the last build, `experimental.incrementalBuild`).
 */
export function staticPath<P extends { path: string; cacheKey: string | undefined }>(
  param: string,
  page: P,
): { params: Record<string, string | undefined>; props: { page: P }; cacheKey?: string } {
  return {
    params: { [param]: routeParam(page.path) },
    props: { page },
    ...(page.cacheKey !== undefined && { cacheKey: page.cacheKey }),
  };
}

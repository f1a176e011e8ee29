/** Optional visitor statistics (Google Analytics 4), off unless the site settings turn them on. */
import { cspHash } from "#core/csp-hash.ts";

/** The inline script that starts Google Analytics 4 for a measurement ID. */
export function gtagSnippet(id: string): string {
  return `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config",${JSON.stringify(id)});`;
}

/** The origins Google Analytics 4 loads from and reports to. */
const ANALYTICS_ORIGINS = [
  "https://www.googletagmanager.com",
  "https://*.google-analytics.com",
  "https://*.analytics.google.com",
] as const;

/** What a page's head needs for Google Analytics 4, and what its Content-Security-Policy must allow. */
export interface AnalyticsHead {
  /** The address of the loader script. */
  loader: string;
  /** The inline start-up script. */
  snippet: string;
  /** What the Content-Security-Policy allows: the loader's origin, and the snippet by its hash. */
  scriptOrigins: string[];
  scriptHashes: ReturnType<typeof cspHash>[];
  /** Directives the policy gains: where the page may connect to and load images from. */
  directives: (`connect-src ${string}` | `img-src ${string}`)[];
}

/** The head's Google Analytics 4 scripts for a measurement ID, or none without one. */
export function analyticsHead(id: string | undefined): AnalyticsHead | undefined {
  if (id === undefined) return undefined;
  const origins = ANALYTICS_ORIGINS.join(" ");
  const snippet = gtagSnippet(id);
  return {
    loader: `https://www.googletagmanager.com/gtag/js?id=${id}`,
    snippet,
    scriptOrigins: ["https://www.googletagmanager.com"],
    scriptHashes: [cspHash(snippet)],
    directives: [`connect-src 'self' ${origins}`, `img-src 'self' data: ${origins}`],
  };
}

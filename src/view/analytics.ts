/** Optional visitor statistics (Google Analytics 4), off unless the site settings turn them on. */

/** The inline script that starts Google Analytics 4 for a measurement ID. */
export function gtagSnippet(id: string): string {
  return `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config",${JSON.stringify(id)});`;
}

/** The origins Google Analytics 4 loads from and reports to. */
export const ANALYTICS_ORIGINS = [
  "https://www.googletagmanager.com",
  "https://*.google-analytics.com",
  "https://*.analytics.google.com",
] as const;

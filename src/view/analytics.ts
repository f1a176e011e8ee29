/** Optional visitor statistics (Google Analytics 4), off unless the site settings turn them on. */
import type { SiteSettings } from "#schemas/site.ts";

/** The measurement ID when Google Analytics 4 is turned on, else `undefined`. */
export function analyticsId(settings: SiteSettings): string | undefined {
  const { analytics } = settings;
  return analytics?.provider === "google-analytics-4" ? analytics.google?.tracking_id : undefined;
}

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

declare module "virtual:academic/settings" {
  const settings: import("#schemas/site.ts").SiteSettings;
  export default settings;
  /** The project folder, as an absolute path. */
  export const root: string;
  /** Astro's cache folder (`cacheDir`), as an absolute path. */
  export const cacheDir: string;
}

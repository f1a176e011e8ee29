declare module "virtual:academic/settings" {
  const settings: import("#schemas/site.ts").SiteSettings;
  export default settings;
  /** The project folder, as an absolute path. */
  export const root: string;
  /** Astro's cache folder (`cacheDir`), as an absolute path. */
  export const cacheDir: string;
}

declare module "virtual:academic/cv" {
  /** The CV from `src/data/cv.yaml`, checked; `null` when the site has none. */
  const cv: import("#schemas/cv.ts").Cv | null;
  export default cv;
}

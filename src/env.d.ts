declare module "virtual:academic/settings" {
  const settings: import("#schemas/site.ts").SiteSettings;
  export default settings;
  /** The project folder, as an absolute path. */
  export const root: string;
  /** Astro's cache folder (`cacheDir`), as an absolute path. */
  export const cacheDir: string;
  /** The address of the talk map; `null` when no talk has a place. */
  export const talkMapPath: string | null;
}

declare module "virtual:academic/cv" {
  /** The CV from `src/data/cv.yaml`, checked; `null` when the site has none. */
  const cv: import("#schemas/cv.ts").Cv | null;
  export default cv;
}

declare module "virtual:academic/places" {
  /** The places of talks from `src/data/places.yaml`, checked; empty when the site has none. */
  const places: import("#schemas/places.ts").Places;
  export default places;
}

declare module "virtual:academic/settings" {
  const settings: import("./schemas/site.ts").SiteSettings;
  export default settings;
}

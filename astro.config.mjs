// @ts-check
import { fileURLToPath } from "node:url";
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import academicSite from "#integration/academic-site.ts";
import { markdownPlugins } from "#markdown/plugins.ts";
import { readSiteSettings } from "#check/site-settings.ts";

// The site's address comes from the settings editors edit. When they have a problem, the
// content check (in academicSite) stops the build and reports it with every other problem.
const settings = await readSiteSettings(fileURLToPath(new URL(".", import.meta.url)));

export default defineConfig({
  ...(settings.ok && { site: settings.data.url }),
  ...(settings.ok && settings.data.baseurl !== "" && { base: settings.data.baseurl }),
  trailingSlash: "ignore",
  // One request before first paint: the page's CSS is inlined into its HTML.
  build: { inlineStylesheets: "always", concurrency: 4 },
  // Pages run no script but their own, each allowed by its hash (not even a script file in
  // public/); nothing loads from other sites but the pages of the sites in `embeds`.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-src ${settings.ok && settings.data.embeds.length > 0 ? settings.data.embeds.join(" ") : "'none'"}`,
      ],
      // Astro writes 'self' when no source is given; 'report-sample' allows nothing by itself.
      scriptDirective: { resources: ["'report-sample'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: markdownPlugins({
        base: settings.ok ? settings.data.baseurl : "",
        url: settings.ok ? settings.data.url : "",
      }),
      features: { math: true },
    }),
    // Prism marks code with classes; Shiki's inline styles would need 'unsafe-inline' styles.
    syntaxHighlight: "prism",
  },
  integrations: [mdx(), academicSite()],
  // Astro's log, with each rendered route on a line of its own (pages render four at a time).
  logger: { entrypoint: "./src/integration/build-log.ts" },
  // Astro's toolbar for developers, in `npm run dev`: editors have no use for it, and it is script
  // that the built pages never have.
  devToolbar: { enabled: false },
  experimental: {
    // A page whose content and code are unchanged since the last build is copied from that build's
    // cache (node_modules/.astro) instead of being rendered again. Keys: src/routing/page-cache.ts.
    incrementalBuild: true,
  },
});

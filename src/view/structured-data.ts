/** Structured data (JSON-LD) for search engines: the site, and the person it is about. */
import type { SiteSettings } from "#schemas/site.ts";
import { absoluteUrl } from "./page-meta.ts";
import { sameAs } from "./profile-links.ts";

/** JSON for a `<script type="application/ld+json">`, safe to put in HTML. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}

/** The `WebSite` and the `Person` it is about, as one graph. */
export function siteGraph(settings: SiteSettings): Record<string, unknown> {
  const home = absoluteUrl("/", settings);
  const { author } = settings;
  const person: Record<string, unknown> = {
    "@type": "Person",
    "@id": `${home}#person`,
    name: author.name,
    url: home,
  };
  if (author.bio !== undefined) person["description"] = author.bio;
  if (author.email !== undefined) person["email"] = `mailto:${author.email}`;
  if (author.employer !== undefined)
    person["worksFor"] = { "@type": "Organization", name: author.employer };
  if (author.location !== undefined)
    person["homeLocation"] = { "@type": "Place", name: author.location };
  const links = sameAs(author);
  if (links.length > 0) person["sameAs"] = links;
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": `${home}#website`,
        name: settings.title,
        url: home,
        inLanguage: settings.locale,
        publisher: { "@id": `${home}#person` },
      },
      person,
    ],
  };
}

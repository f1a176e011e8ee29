/**
 * What the CV page shows: its header (name, line, contact, summary), then its sections in the
 * order academic CVs use, each item with its title, the lines under it, its dates and place, and
 * its text. Publications, talks and teaching come from the site's collections as well as from
 * `cv.yaml`, so that nothing is written twice.
 */
import { dateRange } from "#core/dates.ts";
import { hrefOnSite } from "#core/site-paths.ts";
import { inlineMarkdownHtml, markdownHtml } from "#markdown/text.ts";
import type { SiteAddress } from "#markdown/liquid.ts";
import type { Cv, CvDate } from "#schemas/cv.ts";

/** An item that `cv.yaml` describes, as the page shows it. */
export interface CvItem {
  /** The title, as HTML (Markdown allowed). */
  titleHtml: string;
  /** Where the title links to. */
  href?: string;
  /** Lines under the title, as HTML: the institution, the kind, a grade. */
  detailsHtml: string[];
  /** When: "2019–present", "May 2019 – June 2023", "2012". */
  dates?: string;
  /** Where, such as a city. */
  place?: string;
  /** The item's text, as HTML. */
  textHtml?: string;
  /** Points under it, as HTML. */
  highlightsHtml: string[];
}

/** An entry of a collection or an item of `cv.yaml`. */
export type CvRow<E> = { entry: E } | { item: CvItem };

export interface CvSection<E> {
  /** The anchor of the heading (`cv-education`). */
  id: string;
  heading: string;
  rows: CvRow<E>[];
}

export interface CvContact {
  label: string;
  href?: string;
}

export interface CvView<E> {
  title: string;
  name: string;
  /** The line under the name, such as a position. */
  label?: string;
  contact: CvContact[];
  summaryHtml?: string;
  sections: CvSection<E>[];
}

/** The settings the CV depends on. */
export interface CvSettings extends SiteAddress {
  locale: string;
  /** The author's name in the site settings, the CV's name when `basics.name` is not set. */
  authorName: string;
}

/** The entries of the collections that the CV lists, newest first. */
export interface CvEntries<E> {
  publications: readonly E[];
  talks: readonly E[];
  teaching: readonly E[];
}

type Item = Cv["work"][number] &
  Partial<Record<"title" | "name" | "course" | "language" | "position" | "role", string>>;

/** The parts of an item in a section's own words: its title and the lines under it. */
interface ItemWords {
  title: string | undefined;
  details: (string | undefined)[];
  /** A single date of the item, when the section names it otherwise (`releaseDate`). */
  date?: CvDate | undefined;
  /** Words listed under the item (`keywords`, `courses`). */
  list?: readonly string[];
}

/** `a, b` of the parts that are there; `undefined` when none is. */
function joined(parts: readonly (string | undefined)[], separator = ", "): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== "");
  return present.length === 0 ? undefined : present.join(separator);
}

/** How each section of `cv.yaml` names an item's title and the lines under it. */
const SECTIONS = {
  education: (item: Cv["education"][number]): ItemWords => {
    const degree = joined([item.studyType, item.area], " in ");
    return {
      title: degree ?? item.institution,
      details: [
        degree === undefined ? undefined : item.institution,
        item.thesis === undefined ? undefined : `Thesis: *${item.thesis}*`,
        item.score ?? item.gpa,
      ],
      list: item.courses,
    };
  },
  work: (item: Cv["work"][number]): ItemWords => ({
    title: item.position ?? item.name ?? item.company,
    details: [
      item.position === undefined
        ? undefined
        : joined([item.department, item.name ?? item.company]),
    ],
  }),
  grants: (item: Cv["grants"][number]): ItemWords => ({
    title: item.title,
    details: [joined([item.funder, item.amount]), item.role],
  }),
  awards: (item: Cv["awards"][number]): ItemWords => ({
    title: item.title,
    details: [item.awarder],
  }),
  publications: (item: Cv["publications"][number]): ItemWords => ({
    title: item.name,
    details: [item.publisher],
    date: item.releaseDate,
  }),
  presentations: (item: Cv["presentations"][number]): ItemWords => ({
    title: item.name,
    details: [item.event],
  }),
  teaching: (item: Cv["teaching"][number]): ItemWords => ({
    title: item.course,
    details: [joined([item.role, item.department, item.institution])],
  }),
  service: (item: Cv["service"][number]): ItemWords => ({
    title: item.position ?? item.role ?? item.organization,
    details: [(item.position ?? item.role) === undefined ? undefined : item.organization],
  }),
  volunteer: (item: Cv["volunteer"][number]): ItemWords => ({
    title: item.position ?? item.organization,
    details: [item.position === undefined ? undefined : item.organization],
  }),
  projects: (item: Cv["projects"][number]): ItemWords => ({
    title: item.name,
    details: [joined([item.type, item.entity]), joined(item.roles)],
    list: item.keywords,
  }),
  portfolio: (item: Cv["portfolio"][number]): ItemWords => ({
    title: item.name,
    details: [item.category === "portfolio" ? undefined : item.category],
  }),
  certificates: (item: Cv["certificates"][number]): ItemWords => ({
    title: item.name,
    details: [item.issuer],
  }),
  skills: (item: Cv["skills"][number]): ItemWords => ({
    title: item.name,
    details: [item.level],
    list: item.keywords,
  }),
  languages: (item: Cv["languages"][number]): ItemWords => ({
    title: item.language,
    details: [item.fluency],
  }),
  interests: (item: Cv["interests"][number]): ItemWords => ({
    title: item.name,
    details: [],
    list: item.keywords,
  }),
  references: (item: Cv["references"][number]): ItemWords => ({
    title: item.name,
    details: [item.reference],
  }),
} satisfies Partial<Record<keyof Cv, (item: never) => ItemWords>>;

type ItemSection = keyof typeof SECTIONS;

/**
 * The sections of the page, in order: each heading with the parts of `cv.yaml` it shows and the
 * collection whose entries it lists after them.
 */
const LAYOUT: readonly {
  id: string;
  heading: string;
  parts: readonly ItemSection[];
  entries?: keyof CvEntries<unknown>;
}[] = [
  { id: "education", heading: "Education", parts: ["education"] },
  { id: "work", heading: "Positions", parts: ["work"] },
  { id: "grants", heading: "Grants", parts: ["grants"] },
  { id: "awards", heading: "Awards and honours", parts: ["awards"] },
  {
    id: "publications",
    heading: "Publications",
    parts: ["publications"],
    entries: "publications",
  },
  { id: "talks", heading: "Talks", parts: ["presentations"], entries: "talks" },
  { id: "teaching", heading: "Teaching", parts: ["teaching"], entries: "teaching" },
  { id: "service", heading: "Service", parts: ["service", "volunteer"] },
  { id: "projects", heading: "Projects", parts: ["projects", "portfolio"] },
  { id: "certificates", heading: "Certificates", parts: ["certificates"] },
  { id: "skills", heading: "Skills", parts: ["skills"] },
  { id: "languages", heading: "Languages", parts: ["languages"] },
  { id: "interests", heading: "Interests", parts: ["interests"] },
  { id: "references", heading: "References", parts: ["references"] },
];

/** One item of `cv.yaml` as the page shows it. */
export function cvItem(item: Item, words: ItemWords, settings: CvSettings): CvItem {
  const inline = (text: string) => inlineMarkdownHtml(text, settings);
  const address = item.url ?? item.website;
  const dates = dateRange(item.startDate ?? item.date ?? words.date, item.endDate, settings.locale);
  const text = item.summary ?? item.description;
  const details = words.details.filter((line): line is string => line !== undefined);
  return {
    titleHtml: inline(words.title ?? details.shift() ?? ""),
    ...(address !== undefined && { href: hrefOnSite(address, settings.base) }),
    detailsHtml: [
      ...details.map(inline),
      ...(words.list !== undefined && words.list.length > 0 ? [words.list.join(", ")] : []),
    ],
    ...(dates !== undefined && { dates }),
    ...(item.location !== undefined && { place: item.location }),
    ...(text !== undefined && { textHtml: markdownHtml(text, settings) }),
    highlightsHtml: item.highlights.map(inline),
  };
}

/** The contact lines of the header: email, phone, web address, place and profiles, linked. */
function contactOf(basics: Cv["basics"]): CvContact[] {
  const website = basics.url ?? basics.website;
  const { location } = basics;
  const place =
    location === undefined
      ? undefined
      : joined([location.city, location.region, location.countryCode]);
  return [
    ...(basics.email === undefined
      ? []
      : [{ label: basics.email, href: `mailto:${basics.email}` }]),
    ...(basics.phone === undefined
      ? []
      : [{ label: basics.phone, href: `tel:${basics.phone.replace(/[^\d+]/g, "")}` }]),
    ...(website === undefined
      ? []
      : [{ label: website.replace(/^https?:\/\//, ""), href: website }]),
    ...(place === undefined ? [] : [{ label: place }]),
    ...basics.profiles.map((profile) => ({
      label:
        profile.username === undefined
          ? profile.network
          : `${profile.network}: ${profile.username}`,
      ...(profile.url !== undefined && { href: profile.url }),
    })),
  ];
}

/** The CV page: `cv` from `cv.yaml`, `entries` from the collections. A section with nothing is left out. */
export function cvView<E>(cv: Cv, entries: CvEntries<E>, settings: CvSettings): CvView<E> {
  const { basics } = cv;
  const sections = LAYOUT.flatMap(({ id, heading, parts, entries: collection }) => {
    const items = parts.flatMap((part) =>
      (cv[part] as Item[]).map((item): CvRow<E> => ({
        item: cvItem(item, (SECTIONS[part] as (item: Item) => ItemWords)(item), settings),
      })),
    );
    const listed = collection === undefined ? [] : entries[collection].map((entry) => ({ entry }));
    const rows = [...items, ...listed];
    return rows.length === 0 ? [] : [{ id: `cv-${id}`, heading, rows }];
  });
  return {
    title: cv.title,
    name: basics.name ?? settings.authorName,
    ...(basics.label !== undefined && { label: basics.label }),
    contact: contactOf(basics),
    ...(basics.summary !== undefined && { summaryHtml: markdownHtml(basics.summary, settings) }),
    sections,
  };
}

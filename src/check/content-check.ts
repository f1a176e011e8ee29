/**
 * The content check the build runs first (and `npm run check:content` runs alone): every entry's
 * front matter in every collection, the site settings, and the rules across files, all reported in
 * one run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { analyticsId, DEFAULT_EMBEDS, type SiteSettings } from "#schemas/site.ts";
import { inBatches } from "#core/batches.ts";
import { avatarFileName, IMAGES_DIR } from "#schemas/avatar.ts";
import { LISTING_EXPECTED, LISTINGS } from "#schemas/pages.ts";
import {
  CV_FILE,
  PLACES_FILE,
  SEARCH_PATH,
  SITE_SETTINGS_FILE,
  COLLECTION_NAMES,
  COLLECTIONS,
  entryFileNames,
  isEntryFile,
  siteFiles,
  type CollectionName,
} from "#routing/collections.ts";
import {
  entryPlace,
  isDraft,
  ownCollectionOf,
  type EntryFields,
  type EntryPlace,
  type PlaceOptions,
} from "#routing/entries.ts";
import { bodyText, readFrontMatter } from "#markdown/front-matter.ts";
import { fileTime } from "#core/file-time.ts";
import { mdxProblems } from "#markdown/mdx.ts";
import { references, type References } from "#markdown/references.ts";
import { fileNameAddressProblem, linksOutside, unreadFiles } from "./files.ts";
import { utf8Text } from "#core/text.ts";
import { htmlProblems } from "./html-in-markdown.ts";
import { texProblems } from "./tex.ts";
import { unknownCodeLanguages } from "#markdown/code-languages.ts";
import { liquidProblems } from "#markdown/liquid.ts";
import { listingRoutes } from "#routing/listings.ts";
import { GENERATED_FOLDERS, entryFiles, type EntryWithFiles } from "#routing/generated.ts";
import { CITATION_FORMATS, citationKey } from "#bibtex/cite.ts";
import type { PublicationData } from "#schemas/publications.ts";
import type { Problem } from "#core/problems.ts";
import { closestKey } from "#core/closest-key.ts";
import type { Cv } from "#schemas/cv.ts";
import type { Places } from "#schemas/places.ts";
import { mapPlaces, talkPlace, type TalkWhere } from "#routing/talk-places.ts";
import { referenceProblems } from "./referenced-files.ts";
import { readSiteSettings } from "./site-settings.ts";
import { imageHeader, portraitProblem } from "./portrait.ts";
import { readCv, readPlaces } from "./data-files.ts";
import {
  NOT_FOUND_PATH,
  imageSrc,
  outputFileFor,
  resolvedPath,
  sitePathProblem,
} from "#core/site-paths.ts";
import {
  planRoutes,
  type PageRoute,
  type Redirect,
  type ReservedFile,
} from "#routing/route-plan.ts";
import { validate } from "#schemas/validate.ts";
import {
  companionKey,
  entryAddress,
  joinedFields,
  readSiteLibrary,
  type Library,
  type LibraryEntry,
} from "#bibtex/library.ts";
import { PUBLICATION_LINKS } from "#schemas/publications.ts";

export interface CheckedEntry extends EntryPlace {
  collection: CollectionName;
  /** The file, from the project folder, such as `src/content/pages/about.md`. */
  file: string;
  data: EntryFields & {
    title: string;
    redirect_from: string[];
    sitemap: boolean;
    tags?: readonly string[] | undefined;
    listing?: string | undefined;
    header?: { og_image?: string | undefined } | undefined;
  };
}

export interface ContentReport {
  settings: SiteSettings | undefined;
  /** The CV (`src/data/cv.yaml`), when the site has one and it is valid. */
  cv: Cv | undefined;
  /** The places of talks (`src/data/places.yaml`); none when the site has no such file. */
  places: Places;
  /** The address of the talk map, when talks have places. */
  talkMap: string | undefined;
  /** The pages made from data files rather than entries (the CV, the talk map), and their sources. */
  dataPages: { permalink: string; file: string }[];
  /** Every entry that is built (a page), in every collection. */
  entries: CheckedEntry[];
  redirects: Redirect[];
  /** The generated pages (listings, tag pages) and the addresses they live at. */
  generated: PageRoute[];
  problems: Problem[];
}

export interface CheckOptions {
  /** Whether drafts are built (in `npm run dev`). */
  drafts?: boolean;
  /** The time of the build, which entries dated later wait for (default: now). */
  now?: Date;
  /**
   * Whether to keep what each file's text said, so that checking again (after each edit, in
   * `npm run dev`) reads again only the files that changed.
   */
  remember?: boolean;
}

/** What a file's own text says, whatever other files there are. */
interface FileReading {
  /** Whether its front matter could be read (when not, its one problem says why). */
  readable: boolean;
  problems: Problem[];
  /** What its text takes from other files: whether they are there is checked each time. */
  references: References;
  /** Its fields, when they are valid. */
  data?: CheckedEntry["data"];
}

const NONE: References = { images: [], imports: [], undefinedComponents: [] };

/** What a file's front matter becomes before it is checked: a publication's is joined to its `.bib` entry. */
type Join = (frontMatter: unknown, file: string) => { data: unknown; problems: Problem[] };

/** Reads a file's front matter against its collection's schema, and its text for Liquid, HTML and MDX. */
function readText(
  source: string,
  file: string,
  schema: (typeof COLLECTIONS)[CollectionName]["schema"],
  embeds: readonly string[],
  join?: Join,
): FileReading {
  const frontMatter = readFrontMatter(source, file);
  if (!frontMatter.ok)
    return { readable: false, problems: [frontMatter.problem], references: NONE };
  const joined = join?.(frontMatter.data, file) ?? { data: frontMatter.data, problems: [] };
  const result = validate(schema, joined.data, file);
  const mdx = file.endsWith(".mdx");
  const problems = [
    ...joined.problems,
    ...result.problems,
    ...liquidProblems(source, file),
    ...htmlProblems(source, file, embeds),
    ...unknownCodeLanguages(bodyText(source), file),
    ...texProblems(source, file),
    ...(mdx ? mdxProblems(source, file) : []),
  ];
  const reading = { readable: true, problems, references: references(source, mdx) };
  return result.ok ? { ...reading, data: result.data } : reading;
}

/** The last reading of each file, with what it was read from, for checks that run again (`remember`). */
const readings = new Map<string, { from: string; reading: FileReading }>();

/** The reading of `file` from `from`: the last one when `from` is unchanged, else `read()`. */
function remembered(file: string, from: string, read: () => FileReading): FileReading {
  const last = readings.get(file);
  if (last?.from === from) return last.reading;
  const reading = read();
  readings.set(file, { from, reading });
  return reading;
}

/**
 * The entries of one collection that are published: pages (`built`) and redirects (`moved`, with
 * `redirect_to`), and news items shown in lists only (`itemOnly`). Problems go to `problems`.
 */
async function readCollection(
  root: string,
  collection: CollectionName,
  options: PlaceOptions & {
    embeds: readonly string[];
    remember: boolean;
    library: Library;
    /** The addresses of the files in `public/`. */
    publicAddresses: ReadonlySet<string>;
  },
  problems: Problem[],
): Promise<CheckedEntry[]> {
  const { dir, schema } = COLLECTIONS[collection];
  const found = await entryFileNames(root, collection);
  problems.push(...(await unreadFiles(root, dir, found)));
  const names = found.filter(isEntryFile);
  const sources = await inBatches(names, 64, (name) => readFile(path.join(root, dir, name)));
  const entries: CheckedEntry[] = [];
  // Which Markdown file adds to each `.bib` entry; the entries no file adds to are built alone.
  const companions = new Map<string, string>();
  const join: Join | undefined =
    collection === "publications" && options.library.entries.size > 0
      ? (frontMatter, file) => {
          if (frontMatter === null || typeof frontMatter !== "object") {
            return { data: frontMatter, problems: [] };
          }
          const fields = frontMatter as Record<string, unknown>;
          const key = companionKey(fields, file);
          const entry = options.library.entries.get(key);
          if (entry === undefined) return { data: frontMatter, problems: [] };
          const other = companions.get(key);
          if (other !== undefined && other !== file) {
            const message = `adds to the BibTeX entry "${key}" (${entryAddress(entry)}), as ${other} does already. Give one of them another "bibkey".`;
            return { data: frontMatter, problems: [{ severity: "error", file, message }] };
          }
          companions.set(key, file);
          return joinedFields(fields, entry, file);
        }
      : undefined;
  for (const [index, name] of names.entries()) {
    const file = path.posix.join(dir, name);
    const text = utf8Text(sources[index] ?? new Uint8Array(), file);
    if (!text.ok) {
      problems.push(text.problem);
      continue;
    }
    const source = text.text;
    // A file joined to a `.bib` entry is read again whenever its entry is (it is not remembered).
    const reading =
      options.remember && join === undefined
        ? remembered(file, `${options.embeds.join(" ")}\n${source}`, () =>
            readText(source, file, schema, options.embeds),
          )
        : readText(source, file, schema, options.embeds, join);
    problems.push(...reading.problems);
    if (!reading.readable) continue;
    problems.push(...(await referenceProblems(root, file, reading.references)));
    if (reading.data === undefined) continue;
    const data = reading.data;
    const undatedDraft =
      collection === "posts" && isDraft(name, data.draft) && !(data.date instanceof Date);
    const place = entryPlace(
      collection,
      name,
      data,
      options,
      undatedDraft ? await fileTime(path.join(root, file)) : undefined,
    );
    const unaskable =
      data.permalink === undefined ? fileNameAddressProblem(place.permalink) : undefined;
    if (unaskable !== undefined) {
      problems.push({
        severity: "error",
        file,
        message: `its name makes the address "${place.permalink}", which no link can reach: ${unaskable}. Rename the file, or give it a permalink.`,
      });
      continue;
    }
    if (collection === "posts" && place.date === undefined && place.built) {
      problems.push({
        severity: "error",
        file,
        field: "date",
        message:
          'expected the date of the post (such as "date: 2024-05-31"), or a file name that starts with it (such as 2024-05-31-my-post.md), but found neither.',
      });
      continue;
    }
    if (place.itemOnly) {
      const addressed = (["permalink", "redirect_from"] as const).filter((field) =>
        field === "permalink" ? data.permalink !== undefined : data.redirect_from.length > 0,
      );
      problems.push(
        ...addressed.map((field): Problem => ({
          severity: "error",
          file,
          field,
          message:
            "has no effect: a news item without a title is shown in the news lists only and has no page of its own. Give it a title to make it a page, or remove this field.",
        })),
      );
      entries.push({ collection, file, data, ...place });
    }
    if (place.built || place.moved) entries.push({ collection, file, data, ...place });
  }
  if (collection === "publications") {
    for (const entry of options.library.entries.values()) {
      if (companions.has(entry.key)) continue;
      const file = entryAddress(entry);
      const result = validate(schema, entry.publication, entry.file);
      problems.push(
        ...result.problems.map((problem) => ({ ...problem, line: entry.line, entry: entry.key })),
      );
      if (!result.ok) continue;
      problems.push(...missingFiles(entry, options.publicAddresses));
      const data = result.data as CheckedEntry["data"];
      const place = entryPlace(collection, entry.key, data, options);
      if (place.built || place.moved) entries.push({ collection, file, data, ...place });
    }
  }
  return entries;
}

/**
 * The file of `public/` that a link to a path on this site asks for, as a host finds it (escapes
 * undone, `..` resolved, no query), such as `files/paper.pdf`, when `public/` has no such file;
 * `undefined` when it has, or when the link is not a path on this site.
 */
function missingPublicFile(link: string, publicAddresses: ReadonlySet<string>): string | undefined {
  if (!link.startsWith("/") || link.startsWith("//")) return undefined;
  const address = resolvedPath(link.replace(/[?#].*$/, ""));
  return publicAddresses.has(address) ? undefined : address.slice(1);
}

/** The folder a file of `public/` goes in: `files/paper.pdf` in `public/files/`. */
function publicFolder(file: string): string {
  return `public/${file.slice(0, file.lastIndexOf("/") + 1)}`;
}

/** The links of a `.bib` entry (`pdf`, `slides`, …) to files of this site that `public/` does not have. */
function missingFiles(entry: LibraryEntry, publicAddresses: ReadonlySet<string>): Problem[] {
  return Object.keys(PUBLICATION_LINKS).flatMap((field): Problem[] => {
    const value = entry.publication[field];
    const missing =
      typeof value === "string" ? missingPublicFile(value, publicAddresses) : undefined;
    if (missing === undefined) return [];
    return [
      {
        severity: "error",
        file: entry.file,
        line: entry.line,
        entry: entry.key,
        message: `links to "${String(value)}", but public/ has no file ${missing}. Add the file to ${publicFolder(missing)}, or fix the link.`,
      },
    ];
  });
}

function checkNavigation(settings: SiteSettings, addresses: ReadonlySet<string>): Problem[] {
  return settings.navigation.flatMap((link, index): Problem[] => {
    const field = `navigation (item ${index + 1}).url`;
    if (URL.canParse(link.url) && /^(https?|mailto):$/.test(new URL(link.url).protocol)) return [];
    // A link may go to a part of a page (`/cv/#education`): the page is what must exist.
    const path = link.url.replace(/#[^#\s]*$/, "");
    const problem = sitePathProblem(path);
    if (problem !== undefined || !path.startsWith("/")) {
      return [
        {
          severity: "error",
          file: SITE_SETTINGS_FILE,
          field,
          message: `expected a path on this site starting with "/", such as "/publications/", or a full web address, but found ${problem ?? `"${link.url}"`}.`,
        },
      ];
    }
    if (addresses.has(outputFileFor(path))) return [];
    return [
      {
        severity: "error",
        file: SITE_SETTINGS_FILE,
        field,
        message: `the menu link "${link.title}" goes to "${link.url}", but no page has that permalink. Add a page with "permalink: ${path}", or remove the link.`,
      },
    ];
  });
}

/** A page's `listing` names a list of this site, or a folder of its own collections that has entries. */
function checkListings(entries: readonly CheckedEntry[]): Problem[] {
  const own = new Set(
    entries
      .filter((entry) => entry.collection === "collections")
      .map((entry) => ownCollectionOf(entry.file)),
  );
  return entries.flatMap((entry): Problem[] => {
    const { listing } = entry.data;
    if (entry.collection !== "pages" || listing === undefined) return [];
    if ((LISTINGS as readonly string[]).includes(listing) || own.has(listing)) return [];
    return [
      {
        severity: "error",
        file: entry.file,
        field: "listing",
        message: `expected ${LISTING_EXPECTED}, but found "${listing}".`,
      },
    ];
  });
}

/** What the search page is made from, as reports name it. */
const SEARCH_SOURCE = `the search page (search in ${SITE_SETTINGS_FILE})`;

/** What the talk map is made from, as reports name it. */
const TALK_MAP_SOURCE = `the talk map (talkmap_permalink in ${SITE_SETTINGS_FILE})`;

/** What a checked talk says of where it was given. */
const talkWhere = (entry: CheckedEntry): TalkWhere => entry.data as TalkWhere;

/**
 * Each talk's place: coordinates come in pairs, a `place:` must be in places.yaml, and (when the site
 * has a map) a talk whose location is no known place is named, so that it is added, not guessed.
 */
function checkTalkPlaces(
  talks: readonly CheckedEntry[],
  places: Places,
  hasMap: boolean,
): Problem[] {
  return talks.flatMap((entry): Problem[] => {
    const where = talkWhere(entry);
    const error = (field: string, message: string): Problem[] => [
      { severity: "error", file: entry.file, field, message },
    ];
    if ((where.lat === undefined) !== (where.lng === undefined)) {
      const [given, missing] = where.lat === undefined ? ["lng", "lat"] : ["lat", "lng"];
      return error(
        missing,
        `expected ${missing === "lat" ? "a latitude" : "a longitude"} too, as "${given}" is given, but found nothing.`,
      );
    }
    const found = talkPlace(where, places);
    if (found.kind === "no-such-place") {
      const guess = closestKey(found.place, Object.keys(places));
      return error(
        "place",
        `expected the name of a place in ${PLACES_FILE}, but found "${found.place}".${guess === undefined ? ` Add it there with its lat and lng.` : ` Did you mean "${guess}"?`}`,
      );
    }
    if (found.kind === "unknown" && hasMap)
      return [
        {
          severity: "warning",
          file: entry.file,
          message: `is not on the talk map: ${PLACES_FILE} has no place named "${found.location}" (its location). Add it there with its lat and lng, or give the talk lat and lng.`,
        },
      ];
    return [];
  });
}

/**
 * The link-preview images the front matter (`header.og_image`) and the settings (`og_image`) name
 * on this site that `public/` does not have: a preview would show no image.
 */
function missingImages(
  entries: readonly CheckedEntry[],
  settings: SiteSettings | undefined,
  publicAddresses: ReadonlySet<string>,
): Problem[] {
  const named = [
    ...entries.map((entry) => ({
      file: entry.file,
      field: "header.og_image",
      value: entry.data.header?.og_image,
    })),
    { file: SITE_SETTINGS_FILE, field: "og_image", value: settings?.og_image },
  ];
  return named.flatMap(({ file, field, value }): Problem[] => {
    const address = imageSrc(value, "");
    const missing = address === undefined ? undefined : missingPublicFile(address, publicAddresses);
    if (missing === undefined) return [];
    return [
      {
        severity: "warning",
        file,
        field,
        message: `names the image "${value ?? ""}", but public/ has no file ${missing}, so link previews show no image. Add the file to ${publicFolder(missing)}, or fix the name.`,
      },
    ];
  });
}

/** The portrait named by `author.avatar` must be an image file in `src/images/`. */
async function checkAvatar(root: string, settings: SiteSettings): Promise<Problem[]> {
  const { avatar } = settings.author;
  if (avatar === undefined) return [];
  const expectedFile = `expected the name of an image file in ${IMAGES_DIR}/, such as "profile.jpg"`;
  const problem = (found: string): Problem[] => [
    {
      severity: "error",
      file: SITE_SETTINGS_FILE,
      field: "author.avatar",
      message: `${expectedFile}, but found ${found}.`,
    },
  ];
  if (avatar.includes("://"))
    return problem(`the web address "${avatar}" (images from other sites are not loaded)`);
  const name = avatarFileName(avatar);
  if (!/\.(avif|gif|jpe?g|png|webp)$/i.test(name))
    return problem(`"${avatar}", which is not a JPEG, PNG, WebP, AVIF or GIF file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(root, IMAGES_DIR, name));
  } catch {
    return problem(`"${avatar}", and there is no file ${IMAGES_DIR}/${name}`);
  }
  const found = portraitProblem(await imageHeader(bytes), name);
  return found === undefined
    ? []
    : [{ severity: "error", file: `${IMAGES_DIR}/${name}`, message: found }];
}

function checkAnalytics(settings: SiteSettings): Problem[] {
  if (settings.analytics?.provider !== "google-analytics-4" || analyticsId(settings) !== undefined)
    return [];
  return [
    {
      severity: "error",
      file: SITE_SETTINGS_FILE,
      field: "analytics.google.tracking_id",
      message:
        'expected the Google Analytics 4 measurement ID (such as "G-ABC123XYZ") because analytics.provider is "google-analytics-4", but found nothing.',
    },
  ];
}

/** An entry with the files the build makes beside its page (citation downloads, a calendar). */
function withFiles(entry: CheckedEntry): EntryWithFiles {
  return {
    file: entry.file,
    permalink: entry.permalink,
    ...(entry.collection === "publications" && {
      citation: {
        key: citationKey(entry.data as unknown as PublicationData, entry.file),
        formats: Object.keys(CITATION_FORMATS),
      },
    }),
    calendar: entry.collection === "talks" && entry.data.date !== undefined,
  };
}

/** The files of `public/`, which the build copies as they are: no page may replace one. */
async function publicFiles(root: string): Promise<ReservedFile[]> {
  const names = await glob("**/*", { cwd: path.join(root, "public"), dot: true });
  return names
    .sort()
    .map((name) => ({ file: `public/${name}`, address: `/${name}`, output: name }));
}

/** Checks everything an editor wrote below `root` (a folder path) and reports every problem. */
export async function checkContent(
  root: string,
  options: CheckOptions = {},
): Promise<ContentReport> {
  const problems: Problem[] = [];
  const settingsResult = await readSiteSettings(root);
  problems.push(...settingsResult.problems);
  const settings = settingsResult.ok ? settingsResult.data : undefined;
  const cvResult = await readCv(root);
  problems.push(...(cvResult?.problems ?? []));
  const cv = cvResult?.ok === true ? cvResult.data : undefined;
  const placesResult = await readPlaces(root);
  problems.push(...(placesResult?.problems ?? []));
  const places = placesResult?.ok === true ? placesResult.data : {};

  const published: CheckedEntry[] = [];
  const place = {
    drafts: options.drafts ?? false,
    future: settings?.future ?? true,
    now: options.now ?? new Date(),
    embeds: settings?.embeds ?? DEFAULT_EMBEDS,
    remember: options.remember ?? false,
  };
  problems.push(...(await linksOutside(root, ["src/content", "public"])));
  const library = await readSiteLibrary(root, settings?.publications.bib_files ?? []);
  problems.push(...library.problems);
  const inPublic = await publicFiles(root);
  const publicAddresses = new Set(inPublic.map((file) => resolvedPath(file.address)));
  for (const collection of COLLECTION_NAMES) {
    const options = { ...place, library, publicAddresses };
    published.push(...(await readCollection(root, collection, options, problems)));
  }
  const entries = published.filter((entry) => entry.built);
  problems.push(...checkListings(entries), ...missingImages(entries, settings, publicAddresses));
  const talks = entries.filter((entry) => entry.collection === "talks");
  const talkMap =
    settings !== undefined && mapPlaces(talks, talkWhere, places).length > 0
      ? settings.talkmap_permalink
      : undefined;
  problems.push(...checkTalkPlaces(talks, places, talkMap !== undefined));
  const generated = listingRoutes(
    published.filter((entry) => entry.built || entry.itemOnly),
    published.filter((entry) => entry.moved).map((entry) => entry.permalink),
  );
  const reserved = [
    ...siteFiles({ notFoundPage: published.some((entry) => entry.permalink === NOT_FOUND_PATH) }),
    ...inPublic,
    ...GENERATED_FOLDERS,
    ...entryFiles(entries.map(withFiles)),
  ];
  // Generated pages come first, so that a clash is reported on the editor's file.
  const addressed = published.filter((entry) => !entry.itemOnly);
  // The pages made from data files and settings rather than entries.
  const dataPages: PageRoute[] = [
    ...(cv === undefined
      ? []
      : [{ file: CV_FILE, permalink: cv.permalink, redirectFrom: cv.redirect_from }]),
    ...(talkMap === undefined
      ? []
      : [{ file: TALK_MAP_SOURCE, permalink: talkMap, redirectFrom: [] }]),
    ...(settings?.search === true
      ? [{ file: SEARCH_SOURCE, permalink: SEARCH_PATH, redirectFrom: [] }]
      : []),
  ];
  const plan = planRoutes(
    [
      ...generated,
      ...dataPages,
      ...addressed.map((entry) => ({
        file: entry.file,
        permalink: entry.permalink,
        named: entry.data.permalink === undefined,
        redirectFrom: entry.data.redirect_from,
        ...(entry.moved && { redirectTo: entry.data.redirect_to }),
      })),
    ],
    reserved,
  );
  problems.push(...plan.problems);
  if (settings !== undefined) {
    const addresses = new Set([
      ...[...addressed, ...generated, ...dataPages].map((route) => outputFileFor(route.permalink)),
      ...reserved.map((file) => outputFileFor(file.address)),
    ]);
    problems.push(
      ...checkNavigation(settings, addresses),
      ...(await checkAvatar(root, settings)),
      ...checkAnalytics(settings),
    );
  }
  return {
    settings,
    cv,
    places,
    talkMap,
    dataPages,
    entries,
    redirects: plan.redirects,
    generated,
    problems,
  };
}

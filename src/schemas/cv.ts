/**
 * The CV in `src/data/cv.yaml`: the sections of JSON Resume (jsonresume.org), which academicpages'
 * `_data/cv.json` also uses, and the sections academic CVs add (grants, service, teaching, talks).
 * Every item has dates, a place and Markdown text; items are shown in the order they are written.
 */
import { z } from "astro/zod";
import { describeValue } from "#core/describe-value.ts";
import {
  academicDate,
  expected,
  fieldGroup,
  nonEmptyText,
  oldAddressList,
  shownText as text,
  shownTextList as textList,
  sitePath,
  webAddress,
  webAddressOrPath,
} from "./base.ts";

const CV_DATE = 'a date such as 2019, 2019-05 or 2019-05-31, or "present"';

/** A date of a CV: a year, a month or a day (see `academicDate`), or `present`, which stays present. */
export const cvDate = () =>
  z.preprocess(
    // "Present", "present " and "present" are one word.
    (value) => (typeof value === "string" && /^\s*present\s*$/i.test(value) ? "present" : value),
    z.union([z.literal("present"), academicDate()], {
      error: (issue) => `expected ${CV_DATE}, but found ${describeValue(issue.input)}.`,
    }),
  );

/** What a CV date is once read: a date, or "present". */
export type CvDate = z.output<ReturnType<typeof cvDate>>;

/** Markdown text: a sentence or a paragraph, with links and emphasis. */
const markdown = () => text("text (Markdown)");

/** The fields every item has: when, where, and what to say about it. */
const itemFields = {
  /** When it started: a year (`2019`), a month (`2019-05`) or a day. */
  startDate: cvDate().optional(),
  /** When it ended, or `present`. */
  endDate: cvDate().optional(),
  /** A single date, for what happened once (an award, a talk). */
  date: cvDate().optional(),
  /** Where, such as a city. */
  location: text().optional(),
  /** A web address or a path on this site. */
  url: webAddressOrPath().optional(),
  /** The same as `url` (academicpages' name). */
  website: webAddressOrPath().optional(),
  /** A sentence or a paragraph, in Markdown. */
  summary: markdown().optional(),
  /** The same as `summary` (academicpages' name). */
  description: markdown().optional(),
  /** Points under the item, each in Markdown. */
  highlights: textList("a list of points, each a text").default([]),
};

/** A list of items of one kind; `what` names an item in errors. */
const itemList = <Shape extends z.ZodRawShape>(shape: Shape, what: string) =>
  z.array(fieldGroup({ ...itemFields, ...shape }), expected(`a list of ${what}`)).default([]);

const profile = fieldGroup({
  /** The service, such as `Google Scholar`, `ORCID` or `GitHub`. */
  network: nonEmptyText("text (the name of the service)"),
  /** Your name on it. */
  username: text().optional(),
  /** The address of your profile. */
  url: webAddress().optional(),
});

const basics = fieldGroup({
  /** Your name, at the top of the CV (default: the author's name in site.yaml). */
  name: text().optional(),
  /** A line under your name, such as `Assistant Professor of Health Data Science`. */
  label: text().optional(),
  /** A portrait's web address (the CV shows none, so that it prints well; kept for JSON Resume). */
  image: text().optional(),
  /** Your email address. */
  email: text().optional(),
  /** Your phone number. */
  phone: text().optional(),
  /** Your web address. */
  url: webAddress().optional(),
  /** The same as `url` (academicpages' name). */
  website: webAddress().optional(),
  /** A paragraph about you, in Markdown, under your name. */
  summary: markdown().optional(),
  /** Where you are. */
  location: fieldGroup({
    address: text().optional(),
    postalCode: text().optional(),
    city: text().optional(),
    region: text().optional(),
    countryCode: text().optional(),
  }).optional(),
  /** Your profiles elsewhere. */
  profiles: z.array(profile, expected("a list of profiles")).default([]),
});

export const cvSchema = fieldGroup({
  /** The CV's heading and the browser tab's title (default `CV`). */
  title: nonEmptyText("text (the CV's title)").default("CV"),
  /** Where the CV lives (default `/cv/`). */
  permalink: sitePath().default("/cv/"),
  /** Old addresses of the CV; each one gets a page that sends visitors here. */
  redirect_from: oldAddressList().default([]),
  /** Your name, contact details and a summary. */
  basics: basics.default({ profiles: [] }),
  /** Positions held: `position` at `name` (or `company`). */
  work: itemList(
    {
      /** The employer. */
      name: text().optional(),
      /** The employer (academicpages' name). */
      company: text().optional(),
      /** The department or group. */
      department: text().optional(),
      /** The job title. */
      position: text().optional(),
    },
    "positions",
  ),
  /** Degrees: `studyType` in `area` at `institution`. */
  education: itemList(
    {
      institution: text().optional(),
      /** The field, such as `Computer Science`. */
      area: text().optional(),
      /** The degree, such as `Ph.D.`. */
      studyType: text().optional(),
      /** A grade, such as `3.9/4.0`. */
      score: text().optional(),
      /** A grade (academicpages' name). */
      gpa: text().optional(),
      /** Courses taken. */
      courses: textList().default([]),
      /** The thesis title. */
      thesis: text().optional(),
    },
    "degrees",
  ),
  /** Awards and honours: `title`, given by `awarder`. */
  awards: itemList({ title: text().optional(), awarder: text().optional() }, "awards"),
  /** Grants and funding: `title`, from `funder`, of `amount`, in the `role` you had. */
  grants: itemList(
    {
      title: text().optional(),
      funder: text().optional(),
      amount: text().optional(),
      role: text().optional(),
    },
    "grants",
  ),
  /** Publications written here; those in src/content/publications/ are listed too. */
  publications: itemList(
    { name: text().optional(), publisher: text().optional(), releaseDate: cvDate().optional() },
    "publications",
  ),
  /** Talks written here; those in src/content/talks/ are listed too. */
  presentations: itemList({ name: text().optional(), event: text().optional() }, "talks"),
  /** Teaching written here; the courses in src/content/teaching/ are listed too. */
  teaching: itemList(
    {
      course: text().optional(),
      institution: text().optional(),
      department: text().optional(),
      role: text().optional(),
    },
    "courses",
  ),
  /** Service to the field: reviewing, committees, organising. */
  service: itemList(
    { position: text().optional(), role: text().optional(), organization: text().optional() },
    "roles",
  ),
  /** Volunteering (JSON Resume's name), shown with the service. */
  volunteer: itemList({ position: text().optional(), organization: text().optional() }, "roles"),
  /** Projects: software, datasets, exhibitions. */
  projects: itemList(
    {
      name: text().optional(),
      entity: text().optional(),
      type: text().optional(),
      roles: textList().default([]),
      keywords: textList().default([]),
    },
    "projects",
  ),
  /** Portfolio items (academicpages' name), shown with the projects. */
  portfolio: itemList({ name: text().optional(), category: text().optional() }, "portfolio items"),
  /** Certificates: `name`, from `issuer`. */
  certificates: itemList({ name: text().optional(), issuer: text().optional() }, "certificates"),
  /** Skills: a `name`, a `level` and `keywords`. */
  skills: itemList(
    { name: text().optional(), level: text().optional(), keywords: textList().default([]) },
    "skills",
  ),
  /** Languages: `language` and `fluency`. */
  languages: itemList({ language: text().optional(), fluency: text().optional() }, "languages"),
  /** Interests: a `name` and `keywords`. */
  interests: itemList({ name: text().optional(), keywords: textList().default([]) }, "interests"),
  /** References: a `name` and what they said (`reference`), or how to reach them. */
  references: itemList({ name: text().optional(), reference: markdown().optional() }, "references"),
});

export type Cv = z.output<typeof cvSchema>;

/** Front matter of publications (`src/content/publications/`), as academicpages writes it. */
import { z } from "astro/zod";
import {
  ACADEMICPAGES_COMMON_KEYS,
  academicDate,
  entryFields,
  expected,
  fieldGroup,
  text,
  textList,
  webAddressOrPath,
  yesNo,
} from "./base.ts";

/** Extra links a publication may carry, shown as "label" links when present. */
export const PUBLICATION_LINKS = {
  paperurl: "Paper",
  slidesurl: "Slides",
  bibtexurl: "BibTeX",
  codeurl: "Code",
  posterurl: "Poster",
  videourl: "Video",
  dataurl: "Data",
  projecturl: "Project",
} as const;

/**
 * The kinds of publication, with the headings of the publications list, in the order it shows
 * them: a `.bib` entry's `category` is the key of its kind.
 */
export const PUBLICATION_KINDS = {
  journal: "Journal articles",
  conference: "Conference papers",
  preprint: "Preprints",
  chapter: "Book chapters",
  book: "Books",
  thesis: "Theses",
  report: "Reports",
  other: "Other publications",
} as const;

export type PublicationKind = keyof typeof PUBLICATION_KINDS;

export const publicationSchema = fieldGroup(
  {
    ...entryFields("publication"),
    /** `publications`, as academicpages writes it. */
    collection: text().optional(),
    /** A group for the publications list, such as `manuscripts` or `conferences` (open text). */
    category: text().optional(),
    /** The publication date: a date, or a year alone. */
    date: academicDate(),
    /** The journal or conference. */
    venue: text().optional(),
    /** The authors: one text, or a list with one author each. */
    authors: textList("the authors: a text, or a list with one author each").optional(),
    /** The full citation; HTML and entities are allowed. */
    citation: text().optional(),
    /** The DOI, such as `10.1000/xyz123`. */
    doi: text().optional(),
    /** The arXiv identifier or address. */
    arxiv: text().optional(),
    /** Address of the paper (a PDF on this site, such as /files/paper.pdf, or elsewhere). */
    paperurl: webAddressOrPath().optional(),
    /** Address of the slides. */
    slidesurl: webAddressOrPath().optional(),
    /** Address of the BibTeX entry. */
    bibtexurl: webAddressOrPath().optional(),
    /** Address of the code. */
    codeurl: webAddressOrPath().optional(),
    /** Address of the poster. */
    posterurl: webAddressOrPath().optional(),
    /** Address of a video. */
    videourl: webAddressOrPath().optional(),
    /** Address of the data. */
    dataurl: webAddressOrPath().optional(),
    /** Address of a project page. */
    projecturl: webAddressOrPath().optional(),
    /** The abstract, shown on the paper's page under a "Abstract" summary. */
    abstract: text().optional(),
    /** `true` to show the paper among the selected publications. */
    selected: yesNo().optional(),
    /**
     * The paper's key in a `.bib` file of this folder (such as `smith2020deep`): this file then adds
     * its text and fields to that entry. Also the name of the paper's citation downloads.
     */
    bibkey: text().optional(),
    /** The paper as a CSL-JSON record; the site sets it from the `.bib` file (not written by hand). */
    csl: z.record(z.string(), z.unknown(), expected("a CSL-JSON record")).optional(),
  },
  [...ACADEMICPAGES_COMMON_KEYS, "tags", "type"],
);

export type PublicationData = z.output<typeof publicationSchema>;

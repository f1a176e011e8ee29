/**
 * Synthetic academicpages content for benchmarks: pages, publications and posts with realistic front
 * matter and 2 to 5 KB Markdown bodies; one entry in five has `redirect_from`. The same seed always
 * gives the same site.
 */

import { crc32, deflateSync } from "node:zlib";

/** A small deterministic random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "learning",
  "model",
  "medical",
  "image",
  "segmentation",
  "uncertainty",
  "data",
  "clinical",
  "robust",
  "network",
  "training",
  "prior",
  "bayesian",
  "inference",
  "attention",
  "patient",
  "study",
  "method",
  "analysis",
  "dataset",
  "benchmark",
  "evaluation",
  "generative",
  "representation",
];

export interface SyntheticEntry {
  collection: "pages" | "publications" | "posts";
  /** The file name inside the collection's folder. */
  name: string;
  /** Front-matter fields. */
  fields: Record<string, unknown>;
  body: string;
  /** The address the entry lives at. */
  permalink: string;
  redirectFrom: string[];
}

function sentence(next: () => number, words: number): string {
  const list = Array.from(
    { length: words },
    () => WORDS[Math.floor(next() * WORDS.length)] ?? "data",
  );
  const text = list.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A Markdown body of 2 to 5 KB: headings, paragraphs, lists, links and emphasis. */
export function body(next: () => number): string {
  const target = 2048 + Math.floor(next() * 3072);
  const parts: string[] = [];
  let size = 0;
  let section = 1;
  while (size < target) {
    let block: string;
    if (size === 0 || next() < 0.15) block = `## Section ${section++}\n`;
    else if (next() < 0.2) block = `${[1, 2, 3].map(() => `- ${sentence(next, 6)}`).join("\n")}\n`;
    else {
      const link = `[the data](https://example.org/${Math.floor(next() * 1000)})`;
      block = `${sentence(next, 12)} See ${link} and **${sentence(next, 3)}** ${sentence(next, 14)}\n`;
    }
    if (size + block.length + 1 > 5 * 1024) break;
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join("\n");
}

function isoDay(next: () => number): string {
  const year = 2005 + Math.floor(next() * 20);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `count` entries: 20% pages, 50% publications, 30% posts. */
export function syntheticEntries(count: number, seed = 42): SyntheticEntry[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i): SyntheticEntry => {
    const slot = i % 10;
    const date = isoDay(next);
    const title = sentence(next, 5).replace(/\.$/, "");
    const common: Record<string, unknown> = { title, excerpt: sentence(next, 16) };
    if (slot < 2) {
      const permalink = `/page-${i}/`;
      const redirectFrom = next() < 0.2 ? [`/old/page-${i}/`, `/old/page-${i}.html`] : [];
      if (redirectFrom.length > 0) common["redirect_from"] = redirectFrom;
      const fields = { ...common, permalink, author_profile: true };
      return {
        collection: "pages",
        name: `page-${i}.md`,
        fields,
        body: body(next),
        permalink,
        redirectFrom,
      };
    }
    if (slot < 7) {
      const permalink = `/publication/${date}-paper-${i}/`;
      const redirectFrom = next() < 0.2 ? [`/old/paper-${i}/`] : [];
      if (redirectFrom.length > 0) common["redirect_from"] = redirectFrom;
      const fields = {
        ...common,
        collection: "publications",
        category: next() < 0.6 ? "manuscripts" : "conferences",
        permalink,
        date,
        venue: `Journal of ${sentence(next, 2).replace(/\.$/, "")}`,
        paperurl: `https://example.org/papers/${i}.pdf`,
        citation: `Author, A. (${date.slice(0, 4)}). &quot;${title}.&quot; <i>Journal</i>. ${i}(1).`,
      };
      const name = `${date}-paper-${i}.md`;
      return {
        collection: "publications",
        name,
        fields,
        body: body(next),
        permalink,
        redirectFrom,
      };
    }
    const permalink = `/posts/${date.slice(0, 4)}/${date.slice(5, 7)}/post-${i}/`;
    const redirectFrom = next() < 0.2 ? [`/old/post-${i}/`] : [];
    if (redirectFrom.length > 0) common["redirect_from"] = redirectFrom;
    const tags = [WORDS[i % WORDS.length], WORDS[(i * 7) % WORDS.length]];
    const fields = { ...common, date, permalink, tags };
    const name = `${date}-post-${i}.md`;
    return { collection: "posts", name, fields, body: body(next), permalink, redirectFrom };
  });
}

/** Front matter as YAML, for the values the generator makes (texts, dates, lists, booleans). */
export function yamlFrontMatter(fields: Record<string, unknown>): string {
  const value = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
    if (typeof v === "string" && !/^\d{4}-\d\d-\d\d$/.test(v)) return JSON.stringify(v);
    return String(v);
  };
  const lines = Object.entries(fields).map(([key, v]) => `${key}: ${value(v)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

/** A PNG image: a smooth picture with some grain, as a figure or a photo compresses. */
export function png(width: number, height: number, next: () => number, grain = 24): Buffer {
  const [r0, g0, b0] = [next(), next(), next()].map((v) => Math.floor(v * 200));
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const noise = () => Math.floor(next() * grain);
      const at = row + 1 + x * 3;
      rows[at] = ((r0 ?? 0) + Math.floor((x * 55) / width) + noise()) & 255;
      rows[at + 1] = ((g0 ?? 0) + Math.floor((y * 55) / height) + noise()) & 255;
      rows[at + 2] = ((b0 ?? 0) + noise()) & 255;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A PDF-sized file: a PDF header and `size` bytes in all (the build copies it as it is). */
export function pdf(size: number, next: () => number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
  bytes.write("%PDF-1.4\n", 0, "latin1");
  return bytes;
}

/** What a real site has besides its Markdown: figures, a portrait and PDFs. */
export interface SyntheticMedia {
  /** Figures, each shown by one entry: `beside` ones next to its file, the others in `images/`. */
  figures: { entry: number; name: string; beside: boolean; bytes: Buffer }[];
  portrait: Buffer;
  /** PDFs in `files/`, each linked from a publication. */
  pdfs: { entry: number; name: string; bytes: Buffer }[];
}

/**
 * The media of a realistic site of `entries`: 30 figures (the first 6 beside their entries, which
 * the build optimises; the others in `images/`, as academicpages keeps them), a portrait, and 20
 * PDFs of 100–300 KB, each linked from a publication.
 */
export function syntheticMedia(entries: readonly SyntheticEntry[], seed = 7): SyntheticMedia {
  const next = random(seed);
  const withBody = entries.flatMap((entry, index) => (entry.collection === "pages" ? [] : [index]));
  const publications = entries.flatMap((entry, index) =>
    entry.collection === "publications" ? [index] : [],
  );
  const step = (list: number[], count: number) =>
    Array.from(
      { length: Math.min(count, list.length) },
      (_, i) => list[Math.floor((i * list.length) / count)] ?? 0,
    );
  return {
    figures: step(withBody, 30).map((entry, i) => ({
      entry,
      name: `figure-${i + 1}.png`,
      beside: i < 6,
      bytes: png(800, 500, next),
    })),
    portrait: png(600, 600, next, 64),
    pdfs: step(publications, 20).map((entry, i) => ({
      entry,
      name: `paper-${i + 1}.pdf`,
      bytes: pdf(100_000 + Math.floor(next() * 200_000), next),
    })),
  };
}

/**
 * `entries` showing `media`: each figure in its entry's text (`./figure-1.png` beside the file when
 * `beside` is allowed and the figure is one of those, else `/images/figure-1.png`), and each PDF as
 * its publication's `paperurl`.
 */
export function withMedia(
  entries: readonly SyntheticEntry[],
  media: SyntheticMedia,
  { beside }: { beside: boolean },
): SyntheticEntry[] {
  return entries.map((entry, index) => {
    const figures = media.figures.filter((figure) => figure.entry === index);
    const paper = media.pdfs.find((file) => file.entry === index);
    const shown = figures.map(
      (figure) =>
        `![${figure.name}](${beside && figure.beside ? "./" : "/images/"}${figure.name})\n`,
    );
    return {
      ...entry,
      body: [entry.body, ...shown].join("\n"),
      fields:
        paper === undefined ? entry.fields : { ...entry.fields, paperurl: `/files/${paper.name}` },
    };
  });
}

/**
 * Synthetic academicpages content for benchmarks: pages, publications and posts with realistic front
 * matter and 2 to 5 KB Markdown bodies; one entry in five has `redirect_from`. The same seed always
 * gives the same site.
 */

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

/**
 * The import's content check: what each page of the old site said, set beside what the same
 * address says on the new one. A page falls short when it shows less than `WORDS_KEPT` of the old
 * page's words, loses an image, a heading or a display equation, has a TeX error, or shows HTML,
 * Liquid or Markdown as text that the old page rendered; the site falls short when it keeps less
 * than `LINKS_KEPT` of the old site's links to other sites.
 */
import type { PageFacts } from "./page-facts.ts";

/** The share of an old page's words its new page must show. */
export const WORDS_KEPT = 0.95;
/** The share of the old site's links to other sites the new site must keep. */
export const LINKS_KEPT = 0.995;

/**
 * How one page compares. `short` says what falls short, a clause each; empty when nothing does.
 * `differs` says what is different without falling short: links lost (the site's share decides)
 * or added.
 */
export interface PageComparison {
  address: string;
  words: { old: number; kept: number };
  links: { old: number; kept: number };
  images: { old: number; kept: number };
  display: { old: number; now: number };
  inline: { old: number; now: number };
  texErrors: number;
  htmlAsText: boolean;
  liquidAsText: boolean;
  markdownAsText: boolean;
  short: string[];
  differs: string[];
}

/** How many of `old` are in `now`, each counted as often as it occurs; and those that are not. */
export function kept<T>(old: readonly T[], now: readonly T[]): { kept: number; missing: T[] } {
  const left = new Map<T, number>();
  for (const item of now) left.set(item, (left.get(item) ?? 0) + 1);
  const missing: T[] = [];
  for (const item of old) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else missing.push(item);
  }
  return { kept: old.length - missing.length, missing };
}

/** The longest run of the old page's words that the new page lacks, to quote (up to 8 words). */
export function missingPassage(old: readonly string[], now: ReadonlyMap<string, number>): string {
  const left = new Map(now);
  let best: [number, number] = [0, 0];
  let start = -1;
  old.forEach((word, index) => {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      left.set(word, count - 1);
      start = -1;
      return;
    }
    if (start === -1) start = index;
    if (index + 1 - start > best[1] - best[0]) best = [start, index + 1];
  });
  const words = old.slice(best[0], Math.min(best[1], best[0] + 8));
  return `${words.join(" ")}${best[1] - best[0] > 8 ? " …" : ""}`;
}

/** Whether `part` is at least `ratio` of `whole`, without floating-point's last-digit errors. */
const atLeast = (part: number, whole: number, ratio: number) => part >= ratio * whole - 1e-9;

const quote = (items: readonly string[]) =>
  `${items
    .slice(0, 2)
    .map((item) => JSON.stringify(item))
    .join(", ")}${items.length > 2 ? ", …" : ""}`;
const share = (part: number, whole: number) =>
  whole === 0 ? "100%" : `${(Math.floor((part / whole) * 1000) / 10).toString()}%`;

/** One page of the old site beside the same address on the new one. */
export function comparePage(address: string, old: PageFacts, now: PageFacts): PageComparison {
  const words = kept(old.sequence, now.sequence);
  const links = kept(old.links, now.links);
  const images = kept(old.images, now.images);
  const headings = kept(old.headings, now.headings);
  const short: string[] = [];
  const differs: string[] = [];
  if (!atLeast(words.kept, old.sequence.length, WORDS_KEPT))
    short.push(
      `${share(words.kept, old.sequence.length)} of its words (missing: "${missingPassage(old.sequence, now.words)}")`,
    );
  if (links.missing.length > 0)
    differs.push(`${links.kept} of ${old.links.length} links (missing: ${quote(links.missing)})`);
  const added = [...new Set(now.links)].filter((link) => !old.links.includes(link));
  if (added.length > 0)
    differs.push(`${added.length} links the old page did not have (${quote(added)})`);
  if (images.missing.length > 0)
    short.push(`${images.kept} of ${old.images.length} images (missing: ${quote(images.missing)})`);
  if (headings.missing.length > 0)
    short.push(`${headings.missing.length} headings missing (${quote(headings.missing)})`);
  if (now.displayMath < old.displayMath)
    short.push(`${now.displayMath} of ${old.displayMath} display equations displayed`);
  if (now.inlineMath < old.inlineMath)
    short.push(`${now.inlineMath} of ${old.inlineMath} inline equations`);
  if (now.texErrors.length > 0)
    short.push(`${now.texErrors.length} TeX errors (${quote(now.texErrors)})`);
  const htmlAsText = now.htmlAsText.length > old.htmlAsText.length;
  if (htmlAsText) short.push(`HTML shown as text (${quote(now.htmlAsText)})`);
  const liquidAsText = now.liquidAsText.length > old.liquidAsText.length;
  if (liquidAsText) short.push(`Liquid shown as text (${quote(now.liquidAsText)})`);
  const markdownAsText = now.markdownAsText.length > old.markdownAsText.length;
  if (markdownAsText) short.push(`Markdown shown as text (${quote(now.markdownAsText)})`);
  return {
    address,
    words: { old: old.sequence.length, kept: words.kept },
    links: { old: old.links.length, kept: links.kept },
    images: { old: old.images.length, kept: images.kept },
    display: { old: old.displayMath, now: Math.min(now.displayMath, old.displayMath) },
    inline: { old: old.inlineMath, now: Math.min(now.inlineMath, old.inlineMath) },
    texErrors: now.texErrors.length,
    htmlAsText,
    liquidAsText,
    markdownAsText,
    short,
    differs,
  };
}

/** The sums of a site's comparisons, and whether the site passes the check. */
export function summarise(pages: readonly PageComparison[]): { lines: string[]; passed: boolean } {
  const sum = (pick: (page: PageComparison) => number) =>
    pages.reduce((total, page) => total + pick(page), 0);
  const links = { old: sum((p) => p.links.old), kept: sum((p) => p.links.kept) };
  const shortPages = pages.filter((page) => page.short.length > 0);
  const linksPass = atLeast(links.kept, links.old, LINKS_KEPT);
  const lines = [
    `${pages.length} pages compared: ${pages.length - shortPages.length} say what they said, ${shortPages.length} fall short.`,
    `  words shown: ${share(
      sum((p) => p.words.kept),
      sum((p) => p.words.old),
    )} of the old pages' words (each page needs ${WORDS_KEPT * 100}%)`,
    `  links to other sites kept: ${links.kept} of ${links.old} (${share(links.kept, links.old)}; the site needs ${LINKS_KEPT * 100}%)`,
    `  images: ${sum((p) => p.images.kept)} of ${sum((p) => p.images.old)}`,
    `  display equations displayed: ${sum((p) => p.display.now)} of ${sum((p) => p.display.old)}; inline: ${sum((p) => p.inline.now)} of ${sum((p) => p.inline.old)}`,
    `  TeX errors: ${sum((p) => p.texErrors)}`,
    `  pages showing HTML as text: ${pages.filter((p) => p.htmlAsText).length}; Liquid: ${pages.filter((p) => p.liquidAsText).length}; Markdown: ${pages.filter((p) => p.markdownAsText).length}`,
  ];
  return { lines, passed: shortPages.length === 0 && linksPass };
}

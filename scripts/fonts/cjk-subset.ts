/**
 * Makes `src/fonts/noto-sans-cjk-{400,700}.woff`, the Chinese, Japanese and Korean font of the
 * link-preview images: Noto Sans CJK (Japanese glyph forms) cut down to the characters that cover
 * almost every title: kana, CJK punctuation, full-width forms, the first-level kanji of JIS X 0208,
 * the first-level hanzi of GB 2312, Big5's frequent hanzi and the 2,350 Hangul syllables of KS X 1001.
 * The sets are read from those encodings themselves, through the decoders Node ships.
 *
 * It is run by hand when the set changes, not by the build; it needs Debian's `fonts-noto-cjk` and
 * `python3-fonttools` (`apt-get install fonts-noto-cjk python3-fonttools`):
 *
 *     node scripts/fonts/cjk-subset.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = "/usr/share/fonts/opentype/noto";
const OUT = fileURLToPath(new URL("../../src/fonts/", import.meta.url));

/** Every character a two-byte encoding maps the lead bytes `leads` and trail bytes `trails` to. */
function decoded(encoding: string, leads: [number, number], trails: [number, number]): number[] {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const found: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead += 1) {
    for (let trail = trails[0]; trail <= trails[1]; trail += 1) {
      try {
        const text = decoder.decode(new Uint8Array([lead, trail]));
        const code = text.codePointAt(0);
        if (code !== undefined && String.fromCodePoint(code) === text && code > 0x2e7f)
          found.push(code);
      } catch {
        // A byte pair the encoding leaves unassigned.
      }
    }
  }
  return found;
}

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

const characters = new Set([
  ...span(0x3000, 0x30ff), // CJK punctuation, hiragana, katakana
  ...span(0x31f0, 0x31ff), // small katakana
  ...span(0xff01, 0xffef), // full-width and half-width forms
  ...decoded("shift_jis", [0x88, 0x98], [0x40, 0xfc]), // JIS X 0208 level 1 kanji
  ...decoded("gb18030", [0xb0, 0xd7], [0xa1, 0xfe]), // GB 2312 level 1 hanzi
  ...decoded("big5", [0xa4, 0xc6], [0x40, 0xfe]), // Big5 frequent hanzi
  ...decoded("euc-kr", [0xb0, 0xc8], [0xa1, 0xfe]), // KS X 1001 Hangul
]);

const work = mkdtempSync(path.join(tmpdir(), "cjk-subset-"));
try {
  const list = path.join(work, "unicodes.txt");
  writeFileSync(list, [...characters].map((code) => code.toString(16)).join("\n"));
  for (const [weight, file] of [
    [400, "NotoSansCJK-Regular.ttc"],
    [700, "NotoSansCJK-Bold.ttc"],
  ] as const) {
    execFileSync("/usr/bin/python3", [
      "-m",
      "fontTools.subset",
      path.join(SOURCE, file),
      "--font-number=0",
      `--unicodes-file=${list}`,
      "--flavor=woff",
      "--no-hinting",
      "--layout-features=kern,palt,vert",
      "--name-IDs=0,1,2,3,4,5,6,13,14",
      `--output-file=${path.join(OUT, `noto-sans-cjk-${weight}.woff`)}`,
    ]);
  }
  console.log(`${characters.size} characters written to ${OUT}`);
} finally {
  rmSync(work, { recursive: true });
}

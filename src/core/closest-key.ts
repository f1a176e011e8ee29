/** Finds the known field that an unknown one most likely misspells, if any. */

function squash(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, "");
}

/** Edit distance between two strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The known key that `key` is a likely typo of: the same letters but for case, `-` and `_`
 * (`redirect-from`, `authorprofile`), or one or two letters off (`tittle`).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const squashed = squash(key);
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    if (candidate === key) return undefined;
    const distance = editDistance(squashed, squash(candidate));
    const allowed = Math.min(2, Math.floor(candidate.length / 4));
    if (distance <= allowed && (best === undefined || distance < best.distance)) {
      best = { key: candidate, distance };
    }
  }
  return best?.key;
}

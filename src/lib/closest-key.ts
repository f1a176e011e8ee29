/** Finds the known field that an unknown one most likely misspells, if any. */

function squash(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, "");
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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

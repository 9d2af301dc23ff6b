/** String helpers the core shares: a locale-free order, and "did you mean" suggestions. */

/**
 * Plain code-unit string order. Ids, file names and ISO dates are ASCII, so this sorts them as
 * expected, and unlike localeCompare it does not load ICU collation data at start-up.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids matching `query` most closely, for "did you mean" (containment, then edit distance with transpositions). */
export function closestIds(query: string, ids: readonly string[], max = 3): string[] {
  const scored = ids.map((id) => ({ id, d: id.includes(query) || query.includes(id) ? 0 : editDistance(query, id) }));
  const limit = Math.max(3, Math.floor(query.length / 2));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || byCodeUnit(a.id, b.id))
    .slice(0, max)
    .map((s) => s.id);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and the transposition of
 * two neighbours each cost 1, so `x-fisrt` is one step from `x-first` (a slip of two fingers).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

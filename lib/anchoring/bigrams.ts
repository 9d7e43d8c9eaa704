/**
 * Character bigrams and the Dice coefficient: the fuzzy measure behind re-anchoring and full-text search. Chinese
 * has no spaces, so words are not available; bigrams are the usual stand-in and cost O(length) to compute.
 */

/** Width-folds (NFKC), lower-cases, and drops white space and punctuation, so layout changes do not count as edits. */
export function foldForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\uFEFF]+/gu, '');
}

/** The distinct character bigrams of `s` after folding; a one-character string gives itself. */
export function bigramSet(s: string): Set<string> {
  const f = foldForMatch(s);
  const out = new Set<string>();
  const chars = Array.from(f);
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Size of the intersection of two sets. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** Dice coefficient of two bigram sets, 0…1 (1 for two empty sets). */
export function diceOfSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  return (2 * overlap(a, b)) / (a.size + b.size);
}

/** Dice coefficient of the bigrams of two strings. */
export function dice(a: string, b: string): number {
  return diceOfSets(bigramSet(a), bigramSet(b));
}

/**
 * Pairs the anchors of an old draft's items with those of a revised draft's items, one to one. Exact quotes pair
 * first (ties between repeated quotes broken by context and order); the rest pair by bigram Dice of their quotes,
 * helped by their context, so reworded sentences, moved paragraphs and renumbered sections still pair.
 * Near-linear: exact pairing is a hash join, and fuzzy candidates come from an inverted bigram index, so merging
 * hundreds of items takes milliseconds.
 */
import { bigramSet, foldForMatch } from './bigrams';
import { contextAgreement, type TextAnchor } from './text-quote';

export interface AnchorPair {
  /** Index into the old list. */
  from: number;
  /** Index into the new list. */
  to: number;
  /** 1 for exact, else the bigram Dice of the two quotes. */
  score: number;
  how: 'exact' | 'fuzzy';
}

export interface AnchorMatching {
  pairs: AnchorPair[];
  /** Old anchors with no partner (their items vanished from the draft). */
  unmatchedOld: number[];
  /** New anchors with no partner (new items). */
  unmatchedNew: number[];
}

export interface MatchAnchorsOptions {
  /** Dice at or above which two quotes pair on their own; default 0.5. */
  minScore?: number;
  /** Lower Dice accepted when the contexts agree at least `minContext` (a rewritten sentence in place); default 0.3. */
  minScoreWithContext?: number;
  minContext?: number;
}

/** Pairs `olds` with `news`; see the module comment. Does not look at anything but the anchors. */
export function matchAnchors(olds: readonly TextAnchor[], news: readonly TextAnchor[], options: MatchAnchorsOptions = {}): AnchorMatching {
  const minScore = options.minScore ?? 0.5;
  const minWithContext = options.minScoreWithContext ?? 0.3;
  const minContext = options.minContext ?? 0.4;
  const takenOld = new Uint8Array(olds.length);
  const takenNew = new Uint8Array(news.length);
  const pairs: AnchorPair[] = [];
  const relOrder = (i: number, n: number) => (n <= 1 ? 0 : i / (n - 1));
  const closeness = (i: number, j: number) => 1 - Math.abs(relOrder(i, olds.length) - relOrder(j, news.length));

  // 1. Exact: same folded quote. Within a group of repeats, best context first.
  const byQuote = new Map<string, number[]>();
  news.forEach((a, j) => {
    const k = foldForMatch(a.exact) || a.exact;
    const list = byQuote.get(k);
    if (list) list.push(j);
    else byQuote.set(k, [j]);
  });
  const exactCandidates: { i: number; j: number; rank: number }[] = [];
  olds.forEach((a, i) => {
    for (const j of byQuote.get(foldForMatch(a.exact) || a.exact) ?? []) {
      exactCandidates.push({ i, j, rank: contextAgreement(a, news[j]!) + 0.1 * closeness(i, j) });
    }
  });
  exactCandidates.sort((x, y) => y.rank - x.rank);
  for (const c of exactCandidates) {
    if (takenOld[c.i] || takenNew[c.j]) continue;
    takenOld[c.i] = takenNew[c.j] = 1;
    pairs.push({ from: c.i, to: c.j, score: 1, how: 'exact' });
  }

  // 2. Fuzzy: Dice through an inverted bigram index over the new anchors still free.
  const newGrams: Set<string>[] = [];
  const postings = new Map<string, number[]>();
  news.forEach((a, j) => {
    if (takenNew[j]) return;
    const grams = bigramSet(a.exact);
    newGrams[j] = grams;
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  const fuzzyCandidates: { i: number; j: number; score: number; rank: number }[] = [];
  const shared = new Map<number, number>();
  olds.forEach((a, i) => {
    if (takenOld[i]) return;
    const grams = bigramSet(a.exact);
    if (!grams.size) return;
    shared.clear();
    for (const g of grams) for (const j of postings.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const score = (2 * n) / (grams.size + newGrams[j]!.size);
      if (score < minWithContext) continue;
      const ctx = contextAgreement(a, news[j]!);
      if (score < minScore && ctx < minContext) continue;
      fuzzyCandidates.push({ i, j, score, rank: score + 0.2 * ctx + 0.05 * closeness(i, j) });
    }
  });
  fuzzyCandidates.sort((x, y) => y.rank - x.rank);
  for (const c of fuzzyCandidates) {
    if (takenOld[c.i] || takenNew[c.j]) continue;
    takenOld[c.i] = takenNew[c.j] = 1;
    pairs.push({ from: c.i, to: c.j, score: c.score, how: 'fuzzy' });
  }

  const unmatchedOld: number[] = [];
  const unmatchedNew: number[] = [];
  for (let i = 0; i < olds.length; i++) if (!takenOld[i]) unmatchedOld.push(i);
  for (let j = 0; j < news.length; j++) if (!takenNew[j]) unmatchedNew.push(j);
  return { pairs, unmatchedOld, unmatchedNew };
}

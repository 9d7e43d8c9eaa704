/**
 * Finds a text-quote anchor in a (possibly revised) text, as hypothesis' `matchQuote` does: exact occurrences
 * first, ranked by how well their context agrees and how near they are to the position hint; failing that, the
 * clause window most similar to the quote by bigram Dice. Linear in the text for the exact pass; the fuzzy pass
 * looks at windows of up to a few clauses within one sentence, so it stays near-linear too.
 */
import { bigramSet, diceOfSets } from './bigrams';
import { CONTEXT_CHARS, contextAgreement, type TextQuote } from './text-quote';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact match, else the bigram Dice of quote and window. */
  score: number;
  exact: boolean;
}

export interface MatchQuoteOptions {
  /** Where the quote was last seen (TextPositionSelector.start). */
  hint?: number;
  /** Lowest Dice accepted by the fuzzy pass; default 0.5. */
  minScore?: number;
}

/** Occurrences of a quote beyond this many are not ranked (a one-character quote in a long text). */
const MAX_OCCURRENCES = 2000;

/** Locates `quote` in `text`; null when neither an exact nor a close enough fuzzy match exists. */
export function matchQuote(text: string, quote: TextQuote, options: MatchQuoteOptions = {}): QuoteMatch | null {
  if (!quote.exact) return null;
  const rank = (start: number, end: number) => {
    const ctx = contextAgreement(quote, { exact: '', prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) });
    const near = options.hint === undefined ? 0 : 1 - Math.min(1, Math.abs(start - options.hint) / Math.max(1, text.length));
    return ctx * 0.9 + near * 0.1;
  };

  let best: { start: number; rank: number } | null = null;
  for (let i = text.indexOf(quote.exact), n = 0; i >= 0 && n < MAX_OCCURRENCES; i = text.indexOf(quote.exact, i + 1), n++) {
    const r = rank(i, i + quote.exact.length);
    if (!best || r > best.rank) best = { start: i, rank: r };
  }
  if (best) return { start: best.start, end: best.start + quote.exact.length, score: 1, exact: true };

  const minScore = options.minScore ?? 0.5;
  const want = bigramSet(quote.exact);
  let fuzzy: (QuoteMatch & { rank: number }) | null = null;
  for (const [start, end] of clauseWindows(text, quote.exact.length)) {
    const score = diceOfSets(want, bigramSet(text.slice(start, end)));
    if (score < minScore) continue;
    const r = score * 0.85 + rank(start, end) * 0.15;
    if (!fuzzy || r > fuzzy.rank) fuzzy = { start, end, score, exact: false, rank: r };
  }
  return fuzzy && { start: fuzzy.start, end: fuzzy.end, score: fuzzy.score, exact: false };
}

const CLAUSE_END = /[，,、：:；;。！？!?\n]/;
const SENTENCE_END = /[；;。！？!?\n]/;

/**
 * Spans of one or more consecutive clauses of one sentence, at most about twice `length` long: the places a
 * reworded quote can be. Leading white space is left out of each span; the closing punctuation is not included.
 */
export function clauseWindows(text: string, length: number): [number, number][] {
  const clauses: { start: number; end: number; last: boolean }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : '\n';
    if (!CLAUSE_END.test(ch)) continue;
    let s = start;
    while (s < i && /\s/.test(text[s]!)) s++;
    if (i > s) clauses.push({ start: s, end: i, last: SENTENCE_END.test(ch) });
    else if (clauses.length && SENTENCE_END.test(ch)) clauses[clauses.length - 1]!.last = true;
    start = i + 1;
  }
  const max = length * 2 + 4;
  const out: [number, number][] = [];
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      if (clauses[j]!.end - clauses[i]!.start > max && j > i) break;
      out.push([clauses[i]!.start, clauses[j]!.end]);
      if (clauses[j]!.last) break;
    }
  }
  return out;
}

/**
 * Builds a regular-expression alternation from word lists: every word escaped, duplicates dropped, longest first
 * (so that 必须要 wins over 必须 and 要), wrapped in a non-capturing group. The lexicon modules keep their words as
 * plain arrays and the passes build their patterns through this one helper, so a word is added in one place.
 */
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function escapeRegExp(word: string): string {
  return word.replace(SPECIAL, '\\$&');
}

/** `(?:w1|w2|…)`, longest words first; an empty list gives a group that never matches. */
export function alternation(...lists: readonly (readonly string[])[]): string {
  const words = [...new Set(lists.flat().filter((w) => w.length > 0))];
  if (words.length === 0) return '(?!)';
  words.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${words.map(escapeRegExp).join('|')})`;
}

/** A RegExp of the alternation alone, anchored or not by the caller's flags. */
export function wordsRegExp(lists: readonly (readonly string[])[], flags = ''): RegExp {
  return new RegExp(alternation(...lists), flags);
}

/**
 * The char codes the words of the lists end with: a pattern `alternation(…)$` can only match a text whose last char
 * is one of them, which `endsWithCharOf` checks before the pattern is run (nb. a pattern anchored only at the end is
 * tried from every position of the text).
 */
export function lastChars(...lists: readonly (readonly string[])[]): ReadonlySet<number> {
  return new Set(lists.flat().filter((w) => w.length > 0).map((w) => w.charCodeAt(w.length - 1)));
}

/** Whether `s` ends with one of the chars of `chars` (false for an empty `s`). nb. Char codes: no string per char. */
export function endsWithCharOf(s: string, chars: ReadonlySet<number>): boolean {
  return s.length > 0 && chars.has(s.charCodeAt(s.length - 1));
}

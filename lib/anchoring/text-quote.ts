/**
 * Text-quote anchors, as hypothesis stores them: a TextQuoteSelector (`exact` with a little `prefix` and `suffix`
 * context) plus a TextPositionSelector start offset used only as a hint. Quotes survive edits elsewhere in the text
 * where offsets do not, so a checklist item or a highlight can find its sentence again in a revised draft.
 * Pure: offsets are UTF-16 code units, the same contract as the Analysis.
 */

/** Characters of context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;

/** hypothesis' TextQuoteSelector without the type tag. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A quote plus the start offset where it was last seen (TextPositionSelector.start). */
export interface TextAnchor extends TextQuote {
  start: number;
}

/** The anchor of `text.slice(start, end)`: the span, up to `context` characters before and after, and `start`. */
export function anchorAt(text: string, start: number, end: number, context = CONTEXT_CHARS): TextAnchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - context), s), suffix: text.slice(e, e + context), start: s };
}

/** Length of the common ending of `a` and `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common beginning of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * How well two contexts agree, 0…1: the shared ending of the prefixes plus the shared beginning of the suffixes,
 * over the longest possible. No context at all is no evidence, so it gives 0.
 */
export function contextAgreement(a: TextQuote, b: TextQuote): number {
  const max = Math.max(a.prefix.length, b.prefix.length) + Math.max(a.suffix.length, b.suffix.length);
  if (max === 0) return 0;
  return (commonSuffixLength(a.prefix, b.prefix) + commonPrefixLength(a.suffix, b.suffix)) / max;
}

/** Short, single-line quotes of the draft for checklists and tables. */
import type { Span } from '../schema/analysis';

/** Collapses every run of white space (including U+3000, NBSP, line breaks and a BOM) to one space, and trims. */
export function squashSpace(s: string): string {
  return s.replace(/[\s\uFEFF]+/g, ' ').trim();
}

/** Cuts a string to at most `max` code points, ending with … when it was cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** The span's text on one line, at most `max` code points: what a finding points at. */
export function quoteSpan(text: string, span: Span, max = 30): string {
  return truncate(squashSpace(text.slice(span.start, span.end)), max);
}

/**
 * Keeping marks on their words while the user types, until the next analysis arrives (Harper's spanMapping): the
 * edit between two texts is found as one replaced stretch (common prefix and suffix); a mark wholly before it is
 * kept, one wholly after it is shifted by the change in length, and one the edit touches is dropped, because its
 * meaning may have changed — except a sentence-long mark (problem, action) that wholly contains the edit: it grows
 * or shrinks with it, as the DOM's live Ranges do, so typing inside a sentence leaves its highlight in place. Pure.
 */
import type { HighlightKind } from '../editors/contract';
import type { Mark } from './marks';

/** Marks that span whole clauses: an edit inside them changes their extent, not their meaning. */
const ELASTIC: ReadonlySet<HighlightKind> = new Set(['problem', 'action']);

/** One edit: `before.slice(start, oldEnd)` became `after.slice(start, newEnd)`. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The single edit turning `before` into `after`, or null when they are equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** One mark after `edit`: itself, shifted, resized (clause marks containing it), or null when touched. */
export function remapMark<M extends Mark>(m: M, edit: TextEdit): M | null {
  const delta = edit.newEnd - edit.oldEnd;
  if (m.end <= edit.start) return m;
  if (m.start >= edit.oldEnd) return delta === 0 ? m : { ...m, start: m.start + delta, end: m.end + delta };
  if (ELASTIC.has(m.kind) && m.start < edit.start && edit.oldEnd < m.end) return { ...m, end: m.end + delta };
  return null;
}

/** The marks after `edit`: kept, shifted, resized, or dropped when touched. */
export function remapMarks<M extends Mark>(marks: readonly M[], edit: TextEdit | null): M[] {
  if (!edit) return [...marks];
  const out: M[] = [];
  for (const m of marks) {
    const r = remapMark(m, edit);
    if (r) out.push(r);
  }
  return out;
}

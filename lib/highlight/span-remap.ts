/**
 * Keeping marks on their words while the user types, until the next analysis arrives (Harper's spanMapping): the
 * edit between two texts is found as one replaced stretch (common prefix and suffix); a mark wholly before it is
 * kept, one wholly after it is shifted by the change in length, and one the edit touches is dropped, because its
 * meaning may have changed. Pure.
 */
import type { Mark } from './marks';

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

/** The marks after `edit`: kept, shifted, or dropped when touched. */
export function remapMarks<M extends Mark>(marks: readonly M[], edit: TextEdit | null): M[] {
  if (!edit) return [...marks];
  const delta = edit.newEnd - edit.oldEnd;
  const out: M[] = [];
  for (const m of marks) {
    if (m.end <= edit.start) out.push(m);
    else if (m.start >= edit.oldEnd) out.push({ ...m, start: m.start + delta, end: m.end + delta });
  }
  return out;
}

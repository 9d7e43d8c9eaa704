/**
 * Numbering among sibling headings (same family, same parent path): which heading starts above 1, repeats the number
 * before it, skips one or goes back. Numbered task lines of the family since the previous heading count as siblings
 * before a heading. The rules numbering-gap and numbering-duplicate report what this finds.
 */
import type { HeadingRec, NumberedTask } from '../types';

export type NumberingIssueKind = 'late-start' | 'duplicate' | 'skip' | 'back';

export interface NumberingIssue {
  kind: NumberingIssueKind;
  heading: HeadingRec;
  /** The sibling before it (none for a late start). */
  prev: Pick<HeadingRec, 'value' | 'marker'> | null;
  expected: number;
}

/** The numbering issues of the headings, in heading order (at most one per heading). */
export function numberingIssues(headings: HeadingRec[], tasks: NumberedTask[] = []): NumberingIssue[] {
  const out: NumberingIssue[] = [];
  const last = new Map<string, Pick<HeadingRec, 'value' | 'marker'>>();
  for (const [i, h] of headings.entries()) {
    // Siblings share the parent path; a new parent restarts the count.
    const key = `${h.family}|${h.path.slice(0, -1).map((p) => p.marker + p.title).join('/')}`;
    // Numbered task lines of the family since the previous heading count as siblings before this one.
    const since = i > 0 ? headings[i - 1]!.line : -1;
    const task = tasks.filter((t) => t.family === h.family && t.line > since && t.line < h.line).at(-1);
    const prev = task ?? last.get(key);
    last.set(key, h);
    const expected = prev ? prev.value + 1 : 1;
    if (!prev && h.value !== 1) {
      if (h.family !== 'di' && h.value > 1 && !headings.some((o) => o !== h && o.family === h.family && o.line < h.line)) {
        out.push({ kind: 'late-start', heading: h, prev: null, expected });
      }
      continue;
    }
    if (!prev || h.value === expected) continue;
    if (h.value === prev.value) out.push({ kind: 'duplicate', heading: h, prev, expected });
    else if (h.value > expected) out.push({ kind: 'skip', heading: h, prev, expected });
    else if (h.value !== 1) out.push({ kind: 'back', heading: h, prev, expected });
  }
  return out;
}

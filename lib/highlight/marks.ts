/**
 * What to paint, from an Analysis: a flat list of marks `{kind, start, end}` in the text's UTF-16 offsets.
 * problem — each item of a problem list (问题清单); action — each 落实事项; owner and deadline — the 责任单位 and
 * 时限 inside an action; placeholder — unfilled X/XX/×; finding — every other drafting hint. Pure and type-only
 * in its imports, so the content script pays nothing for the Analysis schema.
 */
import type { Analysis } from '../schema/analysis';
import type { HighlightKind } from '../editors/contract';

/** One span to paint. */
export interface Mark {
  kind: HighlightKind;
  start: number;
  end: number;
}

/** The marks of an analysis of `text`, sorted by start; empty and out-of-range spans dropped. */
export function marksOf(analysis: Analysis, text: string): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: HighlightKind, start: number, end: number) => {
    if (start >= 0 && end > start && end <= text.length) marks.push({ kind, start, end });
  };
  for (const group of analysis.problemGroups) for (const item of group.items) add('problem', item.start, item.end);
  for (const action of analysis.actions) {
    add('action', action.start, action.end);
    const body = text.slice(action.start, action.end);
    for (const owner of action.owners) {
      // Owners are names, not spans: every occurrence inside the action is the owner.
      for (let i = owner ? body.indexOf(owner) : -1; i >= 0; i = body.indexOf(owner, i + owner.length)) add('owner', action.start + i, action.start + i + owner.length);
    }
    if (action.deadline) add('deadline', action.deadline.start, action.deadline.end);
  }
  for (const finding of analysis.findings) add(finding.rule === 'placeholder' ? 'placeholder' : 'finding', finding.start, finding.end);
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Counts for the badge: problem items, actions, findings (placeholders included). */
export function countsOf(analysis: Analysis): { problems: number; actions: number; findings: number } {
  return {
    problems: analysis.problemGroups.reduce((n, g) => n + g.items.length, 0),
    actions: analysis.actions.length,
    findings: analysis.findings.length,
  };
}

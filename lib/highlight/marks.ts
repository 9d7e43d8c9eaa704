/**
 * What to paint, from an Analysis: a flat list of marks `{kind, start, end}` in the text's UTF-16 offsets.
 * problem — each item of a problem list (问题清单); action — each 落实事项; owner and deadline — the 责任单位 and
 * 时限 inside an action; placeholder — unfilled X/XX/×; finding — every other drafting hint; skipped — a task or
 * problem the checklist was told to leave out (不入台账), muted in place of its kind, a skipped task's owners and
 * deadline unpainted. Pure and type-only in its imports, so the content script pays nothing for the Analysis schema.
 */
import type { Analysis } from '../schema/analysis';
import type { HighlightKind } from '../editors/contract';

/** One span to paint. */
export interface Mark {
  kind: HighlightKind;
  start: number;
  end: number;
}

/** The key of a task's or problem's span, as the skipped set names it (lib/panel/skips.ts uses the same). */
export const skipKeyOf = (kind: 'action' | 'problem', start: number, end: number): string => `${kind}:${start}:${end}`;

const NO_SKIPS: ReadonlySet<string> = new Set();

/**
 * The marks of an analysis of `text`, sorted by start; empty and out-of-range spans dropped. `skipped` names (by
 * `skipKeyOf`) the tasks and problems marked 不入台账, painted as `skipped`.
 */
export function marksOf(analysis: Analysis, text: string, skipped: ReadonlySet<string> = NO_SKIPS): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: HighlightKind, start: number, end: number) => {
    if (start >= 0 && end > start && end <= text.length) marks.push({ kind, start, end });
  };
  for (const group of analysis.problemGroups) for (const item of group.items) add(skipped.has(skipKeyOf('problem', item.start, item.end)) ? 'skipped' : 'problem', item.start, item.end);
  for (const action of analysis.actions) {
    if (skipped.has(skipKeyOf('action', action.start, action.end))) {
      add('skipped', action.start, action.end);
      continue;
    }
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

/** Counts for the badge: problem items and actions (those marked 不入台账 left out), findings (placeholders included). */
export function countsOf(analysis: Analysis, skipped: ReadonlySet<string> = NO_SKIPS): { problems: number; actions: number; findings: number } {
  let problems = 0;
  for (const g of analysis.problemGroups) for (const it of g.items) if (!skipped.has(skipKeyOf('problem', it.start, it.end))) problems++;
  return {
    problems,
    actions: analysis.actions.filter((a) => !skipped.has(skipKeyOf('action', a.start, a.end))).length,
    findings: analysis.findings.length,
  };
}

/**
 * The side panel's corrections as hand edits: the panel shows (and used to save) a copy of the Analysis with the
 * owners and deadlines a person corrected (lib/panel/edits.ts `applyEdits`). Saving sends the draft's own Analysis
 * and, beside it, each corrected action's new values by its span, so the checklist keeps the draft's values in
 * `draft` and flags the corrected fields as hand edits that later re-saves keep (lib/checklist/merge.ts). Pure.
 */
import type { Action, Analysis } from '../schema/analysis';
import type { Correction, ItemDeadline } from '../schema/checklist';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function deadlineOf(a: Action): ItemDeadline | null {
  const d = a.deadline;
  return d ? { text: d.text, due: d.due, type: d.type, ...(d.recurrence && { recurrence: d.recurrence }) } : null;
}

const sameDeadline = (a: ItemDeadline | null, b: ItemDeadline | null) => (a && b ? a.text === b.text && a.due === b.due : a === b);

/**
 * The corrections that turn `original`'s actions into `corrected`'s (the same actions, index by index, as
 * `applyEdits` leaves them): per action whose owners or deadline differ, the fields that do.
 */
export function correctionsBetween(original: Analysis, corrected: Analysis): Correction[] {
  const out: Correction[] = [];
  original.actions.forEach((a, i) => {
    const b = corrected.actions[i];
    if (!b || b.start !== a.start || b.end !== a.end) return;
    const c: Correction = { start: a.start, end: a.end };
    if (!sameList(a.owners, b.owners) || !sameList(a.lead, b.lead) || !sameList(a.coop, b.coop)) Object.assign(c, { owners: b.owners, lead: b.lead, coop: b.coop });
    const da = deadlineOf(a);
    const db = deadlineOf(b);
    if (!sameDeadline(da, db)) c.deadline = db;
    if (Object.keys(c).length > 2) out.push(c);
  });
  return out;
}

/**
 * Owner and deadline corrections made in the side panel before a draft is saved as a checklist, in the edit model
 * both pages share (lib/edits). The panel keeps them by action key (lib/panel/view-model.ts `actionKey`), so they
 * survive re-analysis while the drafter types elsewhere; `applyEdits` writes them into a copy of the Analysis that
 * goes to `saveAnalysis`. Pure.
 */
import type { DeadlineEdit, Owners } from '../edits/index';
import type { Analysis } from '../schema/analysis';
import { actionKey } from './view-model';

/** One action's corrections; a field left out keeps the draft's value. `deadline: null` clears it. */
export interface ActionEdit {
  owners?: Owners;
  deadline?: DeadlineEdit | null;
}

export type ActionEdits = Readonly<Record<string, ActionEdit>>;

/** Whether `edit` changes anything. */
export function isEdited(edit: ActionEdit | undefined): boolean {
  return !!edit && (edit.owners !== undefined || edit.deadline !== undefined);
}

/** A copy of `analysis` with `edits` applied to its actions; the spans and all other fields stay as they were. */
export function applyEdits(analysis: Analysis, edits: ActionEdits): Analysis {
  if (!Object.keys(edits).length) return analysis;
  const actions = analysis.actions.map((action, i) => {
    const edit = edits[actionKey(analysis.actions, i)];
    if (!isEdited(edit)) return action;
    const next = { ...action };
    if (edit!.owners) next.owners = [...edit!.owners.owners];
    if (edit!.owners) next.lead = edit!.owners.lead.filter((o) => next.owners.includes(o));
    if (edit!.owners) next.coop = edit!.owners.coop.filter((o) => next.owners.includes(o) && !next.lead.includes(o));
    if (edit!.deadline === null) next.deadline = null;
    else if (edit!.deadline) {
      // nb. An edited deadline has no words in the text: it keeps the old span, or an empty one at the action's end.
      const span = action.deadline ? { start: action.deadline.start, end: action.deadline.end } : { start: action.end, end: action.end };
      next.deadline = { ...span, ...edit!.deadline };
    }
    return next;
  });
  return { ...analysis, actions };
}

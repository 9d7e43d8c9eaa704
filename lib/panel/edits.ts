/**
 * Owner and deadline corrections made in the side panel before a draft is saved as a checklist. The panel keeps
 * them by action key (lib/panel/view-model.ts `actionKey`), so they survive re-analysis while the drafter types
 * elsewhere; `applyEdits` writes them into a copy of the Analysis that goes to `saveAnalysis`. Pure.
 */
import { findDeadlines } from '../analysis/index';
import type { Analysis, DeadlineType } from '../schema/analysis';
import { actionKey } from './view-model';

/** A corrected deadline: the words, and the day they mean (null when none can be given). */
export interface DeadlineEdit {
  text: string;
  due: string | null;
  type: DeadlineType;
}

/** One action's corrections; a field left out keeps the draft's value. `deadline: null` clears it. */
export interface ActionEdit {
  owners?: { owners: string[]; lead: string[]; coop: string[] };
  deadline?: DeadlineEdit | null;
}

export type ActionEdits = Readonly<Record<string, ActionEdit>>;

const LEAD = /[（(]\s*牵头\s*[）)]$/;
const COOP = /[（(]\s*配合\s*[）)]$/;

/**
 * Owners as typed in the panel, 「市发改委（牵头）、市财政局（配合）、各镇」: units split at 、，,；; and white space,
 * （牵头） marks a lead unit and （配合） a co-operating one; repeats are dropped.
 */
export function parseOwnersInput(input: string): { owners: string[]; lead: string[]; coop: string[] } {
  const owners: string[] = [];
  const lead: string[] = [];
  const coop: string[] = [];
  for (const raw of input.split(/[、，,；;\s]+/)) {
    const isLead = LEAD.test(raw);
    const isCoop = COOP.test(raw);
    const name = raw.replace(LEAD, '').replace(COOP, '').trim();
    if (!name || owners.includes(name)) continue;
    owners.push(name);
    if (isLead) lead.push(name);
    else if (isCoop) coop.push(name);
  }
  return { owners, lead, coop };
}

/** Owners as the panel's input shows them (the inverse of `parseOwnersInput`); '' for none. */
export function formatOwnersInput(a: { owners: readonly string[]; lead: readonly string[]; coop: readonly string[] }): string {
  return a.owners.map((o) => (a.lead.includes(o) ? `${o}（牵头）` : a.coop.includes(o) ? `${o}（配合）` : o)).join('、');
}

/**
 * A deadline typed in the panel, resolved the way the engine resolves the draft's own (the document's year, else
 * the reference date's): 「年底前」 → 2026-12-31. Null for blank input; `due` null when the words give no day.
 */
export function resolveDeadlineInput(input: string, analysis: Pick<Analysis, 'date' | 'referenceDate'>): DeadlineEdit | null {
  const text = input.trim();
  if (!text) return null;
  const referenceDate = analysis.referenceDate;
  const year = Number((analysis.date ?? referenceDate).slice(0, 4)) || new Date().getFullYear();
  const [match] = findDeadlines(text, { year, referenceDate });
  return { text, due: match?.due ?? null, type: match?.type ?? 'absolute' };
}

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

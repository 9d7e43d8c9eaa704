/**
 * The one edit model for owners and deadlines, used by both pages: the side panel's corrections before a draft is
 * saved (lib/panel/edits.ts applies them to the Analysis) and the dashboard's hand edits of a saved item. Owners are
 * typed as names split at 、，,；; and white space, 「（牵头）」「（配合）」 marking lead and co-operating units; a
 * deadline is typed as words (「年底前」「每月25日前」), read by the engine's own `parseDeadline` against the draft's
 * reference date, so a correction gets the same day, kind and recurrence — hence the same light and reminders — as
 * the words would get in the draft. Pure.
 */
import { parseDeadline } from '../analysis/index';
import { formatChineseDate } from '../presentation/labels';
import type { ItemDeadline, ItemRecord } from '../schema/checklist';

export interface Owners {
  owners: string[];
  lead: string[];
  coop: string[];
}

/** A corrected deadline: the words as typed, the day they mean (null when none can be given), kind and recurrence. */
export type DeadlineEdit = ItemDeadline;

const LEAD = /[（(]\s*牵头\s*[）)]$/;
const COOP = /[（(]\s*配合\s*[）)]$/;

/**
 * Owners as typed, 「市发改委（牵头）、市财政局（配合）、各镇」: units split at 、，,；; and white space, （牵头） marks a
 * lead unit and （配合） a co-operating one; repeats are dropped.
 */
export function parseOwnersInput(input: string): Owners {
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

/** Owners as one input shows them (the inverse of `parseOwnersInput`); '' for none. */
export function formatOwnersInput(a: { owners: readonly string[]; lead: readonly string[]; coop: readonly string[] }): string {
  return a.owners.map((o) => (a.lead.includes(o) ? `${o}（牵头）` : a.coop.includes(o) ? `${o}（配合）` : o)).join('、');
}

/**
 * A deadline typed as words, resolved as the engine resolves the draft's own against the draft's reference date
 * (the document's date when it has one): 「年底前」 → 2026-12-31, 「每月25日前」 → the next 25th with its rule.
 * Null for blank input; words that name no deadline (「等通知」) are kept with `due` null.
 */
export function resolveDeadlineInput(input: string, referenceDate: string): DeadlineEdit | null {
  const text = input.trim();
  if (!text) return null;
  const parsed = parseDeadline(text, referenceDate);
  if (!parsed) return { text, due: null, type: 'absolute' };
  return { text, due: parsed.due, type: parsed.type, ...(parsed.recurrence && { recurrence: parsed.recurrence }) };
}

/**
 * A deadline form's value — the words and the day picked beside them — as a deadline: the words resolved, a picked
 * day that differs from theirs winning (a recurrence then no longer applies: the day is fixed); a day alone is an
 * absolute deadline in 年月日; nothing typed is no deadline.
 */
export function deadlineFromForm(words: string, pickedDue: string, referenceDate: string): DeadlineEdit | null {
  const resolved = resolveDeadlineInput(words, referenceDate);
  if (!resolved) return pickedDue ? { text: formatChineseDate(pickedDue), due: pickedDue, type: 'absolute' } : null;
  if (!pickedDue || pickedDue === resolved.due) return resolved;
  const { recurrence: _dropped, ...fixed } = resolved;
  return { ...fixed, due: pickedDue };
}

/** The dashboard's owner and deadline form: lead units, the other owners, co-operating units, deadline words, day. */
export interface ItemForm {
  lead: string;
  owners: string;
  coop: string;
  deadlineText: string;
  due: string;
}

type EditableItem = Pick<ItemRecord, 'owners' | 'lead' | 'coop' | 'deadline'>;

/** The form filled from an item (owners named as lead or co-operating appear only in their own field). */
export function itemForm(item: EditableItem): ItemForm {
  return {
    lead: item.lead.join('、'),
    owners: item.owners.filter((o) => !item.lead.includes(o) && !item.coop.includes(o)).join('、'),
    coop: item.coop.join('、'),
    deadlineText: item.deadline?.text ?? '',
    due: item.deadline?.due ?? '',
  };
}

/** The hand edit of owners and deadline a form asks for (lib/db `editItem`). */
export interface OwnerDeadlineEdit {
  owners?: string[];
  lead?: string[];
  coop?: string[];
  deadline?: DeadlineEdit | null;
}

/**
 * What a submitted form changes, field by field, and nothing else: owners parsed as in the side panel (a name
 * marked （牵头）/（配合） in the owners field joins that group), the deadline resolved by `deadlineFromForm` only
 * when its words or its day were changed — so editing the owners never marks the deadline as edited.
 */
export function itemEditFromForm(item: EditableItem, form: ItemForm, referenceDate: string): OwnerDeadlineEdit {
  const edit: OwnerDeadlineEdit = {};
  const rest = parseOwnersInput(form.owners);
  const lead = [...new Set([...parseOwnersInput(form.lead).owners, ...rest.lead])];
  const coop = [...new Set([...parseOwnersInput(form.coop).owners, ...rest.coop])].filter((o) => !lead.includes(o));
  const owners = [...new Set([...lead, ...rest.owners, ...coop])];
  if (!sameNames(lead, item.lead)) edit.lead = lead;
  if (!sameNames(coop, item.coop)) edit.coop = coop;
  if (!sameNames(owners, item.owners)) edit.owners = owners;
  const before = itemForm(item);
  if (form.deadlineText.trim() !== before.deadlineText.trim() || form.due !== before.due) edit.deadline = deadlineFromForm(form.deadlineText, form.due, referenceDate);
  return edit;
}

/** The same names, in any order (the form lists lead units first; the draft may not). */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

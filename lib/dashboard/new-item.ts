/**
 * 新增事项: the dashboard's form for an item added by hand, every column of the ledger — 事项内容, 类别, 责任单位
 * (typed as in every edit, 「单位（牵头）、单位（配合）」), 完成时限 (words such as 年底前, 12月20日前, 每月25日前, read
 * by lib/edits as the engine reads a draft's, or a picked day), 办理状态, 进展情况 and the 文稿 it belongs to (the one
 * 手工登记事项 checklist when none is picked) — checked, and turned into the repository's `addItem` input plus the
 * first progress note. Problems are message keys (lib/i18n's dashboard area), so both languages say them. Pure.
 */
import type { AddItemInput } from '../db/add-item';
export { MANUAL_KEY } from '../db/add-item';
import { deadlineFromForm, parseOwnersInput } from '../edits/index';
import { LIMITS, type ItemDeadline, type ItemKind, type Status } from '../schema/checklist';

/** The form as typed. */
export interface NewItemForm {
  text: string;
  kind: ItemKind;
  owners: string;
  deadline: string;
  /** A picked day (yyyy-mm-dd), '' for none. */
  due: string;
  status: Status;
  note: string;
  /** The document's id, '' for the 手工登记事项 checklist. */
  documentId: string;
}

export const EMPTY_NEW_ITEM: NewItemForm = { text: '', kind: 'action', owners: '', deadline: '', due: '', status: 'not_started', note: '', documentId: '' };

/** The longest 事项内容 the form takes (the text of one item, not a draft). */
export const NEW_ITEM_TEXT_CHARS = 2000;

/** One problem with the form: the field, the message key and its values. */
export interface NewItemProblem {
  field: keyof NewItemForm;
  key: 'add.error.text' | 'add.error.textLong' | 'add.error.owner' | 'add.error.deadline' | 'add.error.statusDone' | 'add.error.noteLong';
  values?: Record<string, string | number>;
}

export type NewItemResult = { ok: true; input: AddItemInput; note: string | null; deadline: ItemDeadline | null } | { ok: false; problems: NewItemProblem[] };

/** What the deadline words and day mean against `referenceDate` (shown beside the field as it is typed). */
export const newItemDeadline = (form: Pick<NewItemForm, 'deadline' | 'due'>, referenceDate: string): ItemDeadline | null => deadlineFromForm(form.deadline, form.due, referenceDate);

/**
 * Checks the form and gives the addItem input. `referenceDate`: the day deadline words resolve against (the
 * document's reference date, else today).
 */
export function newItemFromForm(form: NewItemForm, referenceDate: string): NewItemResult {
  const problems: NewItemProblem[] = [];
  const text = form.text.trim();
  if (!text) problems.push({ field: 'text', key: 'add.error.text' });
  else if (text.length > NEW_ITEM_TEXT_CHARS) problems.push({ field: 'text', key: 'add.error.textLong', values: { max: NEW_ITEM_TEXT_CHARS, n: text.length } });
  const owners = parseOwnersInput(form.owners);
  const long = owners.owners.find((o) => o.length > 100);
  if (long) problems.push({ field: 'owners', key: 'add.error.owner', values: { name: `${long.slice(0, 20)}…` } });
  const deadline = newItemDeadline(form, referenceDate);
  // Words the engine reads as no deadline at all (「等通知」, a typo) would give no light and no reminder; 尽快 and
  // 长期坚持 are deadlines without a day.
  if (deadline && deadline.due === null && deadline.type === 'absolute') problems.push({ field: 'deadline', key: 'add.error.deadline', values: { text: deadline.text } });
  const note = form.note.trim();
  if (note.length > LIMITS.noteChars) problems.push({ field: 'note', key: 'add.error.noteLong', values: { max: LIMITS.noteChars } });
  // 已销号 needs its evidence (佐证) in the progress note, as a status change in the item panel does.
  if (form.status === 'closed' && !note) problems.push({ field: 'note', key: 'add.error.statusDone' });
  if (problems.length) return { ok: false, problems };
  const input: AddItemInput = {
    kind: form.kind,
    text,
    owners: owners.owners,
    lead: owners.lead,
    coop: owners.coop,
    deadline,
    status: form.status,
    ...(form.documentId && { documentId: form.documentId }),
  };
  return { ok: true, input, note: note || null, deadline };
}

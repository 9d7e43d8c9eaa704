/**
 * Writes a person makes to one item, each in one transaction: status (with an entry in the progress log), progress
 * notes (append-only), hand edits of text/owners/deadline (remembered, so a merge keeps them), revert to the
 * draft's value, trash and restore, and 本期已完成 for a recurring item.
 */
import { LIMITS, type DraftValues, type EditableField, type ItemDeadline, type ItemRecord, type NoteRecord, type Status } from '../schema/checklist';
import { sameValue } from '../checklist/merge';
import { isoDay } from '../calendar';
import { statusLabels } from '../checklist/status';
import { dueOn } from '../checklist/lights';
import { formatChineseDate } from '../presentation/labels';
import { writeTerms } from './database';
import { markKeysKept } from './item-keys';
import { checkRecord, markChecked } from './record-guard';
import { ChecklistError, type RepoEnv } from './env';

async function mustGet(env: RepoEnv, id: string): Promise<ItemRecord> {
  const item = await env.db.items.get(id);
  if (!item) throw new ChecklistError('not_found', `找不到事项 ${id}`);
  return item;
}

/** Sets an item's status and logs the change. 已销号 needs a note (销号须有佐证, domain.md §5.3). */
export async function setStatus(env: RepoEnv, itemId: string, status: Status, options: { date?: string; note?: string } = {}): Promise<ItemRecord> {
  const { db } = env;
  if (status === 'closed' && !options.note?.trim()) throw new ChecklistError('invalid', '销号须注明佐证材料或依据');
  return db.transaction('rw', [db.items, db.notes], async () => {
    const item = await mustGet(env, itemId);
    const now = env.now();
    const next = { ...item, status, updatedAt: now };
    await db.items.put(next);
    const text = `状态：${statusLabels[item.status]} → ${statusLabels[status]}${options.note?.trim() ? `。${options.note.trim()}` : ''}`;
    await db.notes.add({ id: env.newId(), itemId, documentId: item.documentId, date: options.date ?? isoDay(now), text, kind: 'status', progress: null, createdAt: now });
    return next;
  });
}

/** Appends a progress note (进展情况); a `progress` percentage also becomes the item's current progress. */
export async function addNote(env: RepoEnv, itemId: string, note: { text: string; date?: string; progress?: number | null }): Promise<NoteRecord> {
  const { db } = env;
  if (!note.text.trim()) throw new ChecklistError('invalid', '进展情况不能为空');
  return db.transaction('rw', [db.items, db.notes], async () => {
    const item = await mustGet(env, itemId);
    const now = env.now();
    const row: NoteRecord = { id: env.newId(), itemId, documentId: item.documentId, date: note.date ?? isoDay(now), text: note.text, kind: 'note', progress: note.progress ?? null, createdAt: now };
    await db.notes.add(row);
    if (note.progress !== undefined && note.progress !== null) await db.items.update(itemId, { progress: note.progress, updatedAt: now });
    return row;
  });
}

/** A hand edit: the given fields change and are marked edited, so a merged draft no longer overwrites them. */
export interface ItemEdit {
  text?: string;
  owners?: string[];
  lead?: string[];
  coop?: string[];
  deadline?: ItemDeadline | null;
}

/** Whether an edited value says what the item already says; a deadline sent without its rule by its words and day. */
function sameEdit(field: EditableField, value: DraftValues[EditableField], current: DraftValues[EditableField]): boolean {
  if (field !== 'deadline') return sameValue(field, value, current);
  const a = value as ItemDeadline | null;
  const b = current as ItemDeadline | null;
  if (a && b && !a.recurrence) return a.text === b.text && a.due === b.due;
  return sameValue(field, value, current);
}

function withDerived(item: ItemRecord): ItemRecord {
  const owners = [...new Set([...item.owners, ...item.lead, ...item.coop])];
  return { ...item, owners, due: item.deadline?.due ?? null };
}

/**
 * Applies a hand edit. Only a field whose value really changes is written and flagged: a form that sends every
 * field it shows (the dashboard's owners-and-deadline form sent its deadline back with another type, and so
 * flagged it when only the owners changed) flags nothing it did not change. A deadline is compared by its words,
 * day and rule; one whose words and day stay keeps its type and recurrence. Lead and co-operating units are added
 * to the owners when missing (which flags the owners only when that changes them).
 */
export async function editItem(env: RepoEnv, itemId: string, edit: ItemEdit): Promise<ItemRecord> {
  const { db } = env;
  if (edit.text !== undefined && !edit.text.trim()) throw new ChecklistError('invalid', '事项内容不能为空');
  return db.transaction('rw', [db.items, db.terms], async () => {
    const item = await mustGet(env, itemId);
    const fields = (Object.keys(edit) as EditableField[]).filter((f) => edit[f] !== undefined && !sameEdit(f, edit[f] as DraftValues[EditableField], item[f]));
    if (!fields.length) return item;
    const edited = [...new Set([...item.edited, ...fields])];
    const next = withDerived({ ...item, ...Object.fromEntries(fields.map((f) => [f, edit[f]])), edited, updatedAt: env.now() });
    if (!sameValue('owners', next.owners, item.owners) && !edited.includes('owners')) edited.push('owners');
    await db.items.put({ ...next, edited });
    await writeTerms(db, [next]);
    return { ...next, edited };
  });
}

/** Drops a hand edit: the field takes the latest draft's value again and follows future drafts. */
export async function revertEdit(env: RepoEnv, itemId: string, field: EditableField): Promise<ItemRecord> {
  const { db } = env;
  return db.transaction('rw', [db.items, db.terms], async () => {
    const item = await mustGet(env, itemId);
    const next = withDerived({ ...item, [field]: item.draft[field], edited: item.edited.filter((f) => f !== field), updatedAt: env.now() });
    await db.items.put(next);
    await writeTerms(db, [next]);
    return next;
  });
}

/** Moves an item to the trash (it keeps everything and can be restored). */
export async function deleteItem(env: RepoEnv, itemId: string): Promise<ItemRecord> {
  const { db } = env;
  return db.transaction('rw', db.items, async () => {
    const next = { ...(await mustGet(env, itemId)), deletedAt: env.now(), updatedAt: env.now() };
    await db.items.put(next);
    return next;
  });
}

/**
 * Takes an item back: out of the trash, and — for an orphaned item — back into the checklist, pinned so that a
 * later merge of a draft that still lacks it does not orphan it again.
 */
export async function restoreItem(env: RepoEnv, itemId: string): Promise<ItemRecord> {
  const { db } = env;
  return db.transaction('rw', db.items, async () => {
    const item = await mustGet(env, itemId);
    const next: ItemRecord = { ...item, deletedAt: null, orphaned: 0, pinned: item.orphaned ? 1 : item.pinned, updatedAt: env.now() };
    await db.items.put(next);
    return next;
  });
}

/**
 * 本期已完成 for a recurring item (每月25日前报送…): the period now due (the next due day as of today, after any
 * period already done) is marked done — `periodDone` — so its light and reminder move on to the next occurrence,
 * and a progress note records it (with the person's words, if any). The item's status is left as it is: the work
 * recurs. The stored `due` becomes the next occurrence, so filters by due day see it.
 */
export async function completePeriod(env: RepoEnv, itemId: string, options: { note?: string; date?: string } = {}): Promise<ItemRecord> {
  const { db } = env;
  return db.transaction('rw', [db.items, db.notes], async () => {
    const item = await mustGet(env, itemId);
    if (!item.deadline?.recurrence) throw new ChecklistError('invalid', '只有周期性事项（如每月25日前报送）才能标记本期已完成');
    const now = env.now();
    const today = isoDay(now);
    const period = dueOn(item, today);
    if (period === null) throw new ChecklistError('invalid', '无法确定本期的到期日');
    const done: ItemRecord = { ...item, periodDone: period, updatedAt: now };
    const next: ItemRecord = { ...done, due: dueOn(done, today) ?? item.due };
    await db.items.put(next);
    const words = options.note?.trim();
    const text = `本期（${formatChineseDate(period)}到期）已完成${words ? `。${words}` : ''}`;
    await db.notes.add({ id: env.newId(), itemId, documentId: item.documentId, date: options.date ?? today, text, kind: 'note', progress: null, createdAt: now });
    return next;
  });
}

/** The records of `ids` in their order (undefined where none), from rows read in any order. */
function inOrder(ids: readonly string[], rows: readonly ItemRecord[]): (ItemRecord | undefined)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/**
 * How many chunks of a bulk write are queued before the oldest is awaited: the next chunk's requests wait in
 * IndexedDB's queue while this one's complete, and the change log's rows (lib/sync/change-log.ts, written after each
 * chunk) are not pushed behind every later chunk, which would hold every progress count back to the end. Measured on
 * 5,000 items in Chromium (medians of 5, a shared 2-core box): 2 at a time 2.24 s, 4 2.32 s, all at once 2.22 s with
 * every count shown at the end — the browser process's IndexedDB work bounds it, not the queueing.
 */
const BULK_WINDOW = 2;

/** How many items a bulk write reads and writes per step (and reports progress after). */
export const BULK_CHUNK = 500;

/**
 * Sets the status of many items at once (批量修改状态), in one transaction: all change, each with its entry in the
 * progress log, or — an unknown id, a 销号 without a note — none does. One read of every item (a getAll for most of
 * the table); the writes go in chunks (bulkPut of BULK_CHUNK items each), BULK_WINDOW of them queued at a time, so
 * IndexedDB works through them without a round trip between chunks; `onProgress(done, total)` is called as each
 * chunk is written. The progress log gets one note per document and previous status in each chunk, listing its items
 * (`itemIds`, lib/checklist/notes.ts) — each item's log reads it as its own 「状态：推进中 → 已完成」 — rather than a
 * note per item: in Chromium, 5,000 notes of one item each cost the bulk change as much as the 5,000 items did.
 * Items already at `status` are left alone (unless a note is given). Resolves with how many changed.
 */
export async function setStatusMany(env: RepoEnv, itemIds: readonly string[], status: Status, options: { date?: string; note?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<number> {
  const { db } = env;
  const note = options.note?.trim() ?? '';
  if (status === 'closed' && !note) throw new ChecklistError('invalid', '销号须注明佐证材料或依据');
  const ids = [...new Set(itemIds)];
  mark('start');
  const count = await db.transaction('rw', [db.items, db.notes], async (tx) => {
    // Only status and updatedAt change: the items' document, due day and owners keys stay as they are.
    markKeysKept(tx.idbtrans);
    // Each item written is a stored (checked) item with the same new status and time: one check, below, instead of
    // one per row. The few notes are checked as they are written.
    markChecked(tx.idbtrans, ['items']);
    const now = env.now();
    const date = options.date ?? isoDay(now);
    // Most of the checklist (a 全选): one getAll is far cheaper than a get per id.
    const items = ids.length >= BULK_CHUNK && ids.length * 2 >= (await db.items.count()) ? inOrder(ids, await db.items.toArray()) : await db.items.bulkGet(ids);
    const missing = ids.find((_, k) => !items[k]);
    if (missing) throw new ChecklistError('not_found', `找不到事项 ${missing}`);
    mark('read');
    let changed = 0;
    // Progress in order: a chunk counts once it and every chunk before it are written.
    let written: Promise<unknown> = Promise.resolve();
    const inFlight: Promise<unknown>[] = [];
    for (let i = 0; i < ids.length; i += BULK_CHUNK) {
      const touched = (items.slice(i, i + BULK_CHUNK) as ItemRecord[]).filter((it) => it.status !== status || note);
      changed += touched.length;
      const done = Math.min(i + BULK_CHUNK, ids.length);
      let chunk: Promise<unknown> = Promise.resolve();
      if (touched.length) {
        const puts = touched.map((it) => ({ ...it, status, updatedAt: now }));
        if (changed === touched.length) checkRecord('items', puts[0]);
        const notes = statusNotes(touched, (from) => `状态：${statusLabels[from]} → ${statusLabels[status]}${note ? `。${note}` : ''}`, { newId: env.newId, date, now });
        chunk = Promise.all([db.items.bulkPut(puts), db.notes.bulkAdd(notes)]);
      }
      written = Promise.all([written, chunk]).then(() => options.onProgress?.(done, ids.length));
      inFlight.push(written);
      if (inFlight.length >= BULK_WINDOW) await inFlight.shift();
    }
    await written;
    mark('written');
    return changed;
  });
  mark('committed');
  return count;
}

/**
 * The progress-log entries of a bulk status change of `items`: one per document and previous status, listing its
 * items in their order (`itemIds`, the first also as `itemId`; a group is split at LIMITS.noteItems); a group of one
 * item is a plain note of that item.
 */
export function statusNotes(items: readonly Pick<ItemRecord, 'id' | 'documentId' | 'status'>[], text: (from: Status) => string, at: { newId: () => string; date: string; now: number }): NoteRecord[] {
  const groups = new Map<string, { documentId: string; from: Status; ids: string[] }>();
  const full: { documentId: string; from: Status; ids: string[] }[] = [];
  for (const it of items) {
    const key = `${it.status}\u0000${it.documentId}`;
    const group = groups.get(key);
    if (group) group.ids.push(it.id);
    else groups.set(key, { documentId: it.documentId, from: it.status, ids: [it.id] });
    if (group?.ids.length === LIMITS.noteItems) {
      full.push(group);
      groups.delete(key);
    }
  }
  return [...full, ...groups.values()].map(({ documentId, from, ids }) => ({
    id: at.newId(),
    itemId: ids[0]!,
    documentId,
    ...(ids.length > 1 ? { itemIds: ids } : {}),
    date: at.date,
    text: text(from),
    kind: 'status' as const,
    progress: null,
    createdAt: at.now,
  }));
}

/** A performance mark of a bulk write's steps (`luoshi-bulk:read`, …), for the e2e's breakdown of its time. */
function mark(step: string): void {
  globalThis.performance?.mark?.(`luoshi-bulk:${step}`);
}

/**
 * Reading the progress log (notes) by item. A note is about one item (`itemId`), or — a bulk status change's note
 * (lib/db/item-actions.ts setStatusMany) — about every item in its `itemIds`. Readers ask here which items a note is
 * about and get each item its own view of it, so a history or an export never needs to know how a note was stored.
 */
import type { NoteRecord } from '../schema/checklist';

/** The items a note is about: its `itemIds` for a bulk note, else its one `itemId`. */
export function noteItemIds(note: Pick<NoteRecord, 'itemId' | 'itemIds'>): readonly string[] {
  return note.itemIds ?? [note.itemId];
}

/** The note as one item's log shows it: about `itemId` alone (the same record when it already is). */
export function noteForItem(note: NoteRecord, itemId: string): NoteRecord {
  if (!note.itemIds && note.itemId === itemId) return note;
  const { itemIds: _all, ...one } = note;
  return { ...one, itemId };
}

/** Each item's notes (its own view of each), in the order given. */
export function notesByItem(notes: readonly NoteRecord[]): Map<string, NoteRecord[]> {
  const byItem = new Map<string, NoteRecord[]>();
  for (const note of notes) {
    for (const itemId of noteItemIds(note)) {
      const list = byItem.get(itemId);
      const view = noteForItem(note, itemId);
      if (list) list.push(view);
      else byItem.set(itemId, [view]);
    }
  }
  return byItem;
}

/** How many entries the items' logs show for `notes`: a bulk note counts once per item it lists. */
export function logEntries(notes: readonly Pick<NoteRecord, 'itemId' | 'itemIds'>[]): number {
  let n = 0;
  for (const note of notes) n += noteItemIds(note).length;
  return n;
}

/** Progress log order: by the day it refers to, then by when it was written. */
export function byNoteDate(a: Pick<NoteRecord, 'date' | 'createdAt'>, b: Pick<NoteRecord, 'date' | 'createdAt'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt;
}

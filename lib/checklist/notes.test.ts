import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../schema/checklist';
import { byNoteDate, logEntries, noteForItem, noteItemIds, notesByItem } from './notes';

const note = (id: string, extra: Partial<NoteRecord> = {}): NoteRecord => ({ id, itemId: 'a', documentId: 'd1', date: '2027-03-01', text: '已完成初稿', kind: 'note', progress: null, createdAt: 1, ...extra });
const bulk = (id: string, itemIds: string[], extra: Partial<NoteRecord> = {}) => note(id, { itemId: itemIds[0]!, itemIds, text: '状态：推进中 → 已完成', kind: 'status', ...extra });

describe('notes by item', () => {
  it('a note of one item is about that item; a bulk note about every item it lists', () => {
    expect(noteItemIds(note('n1', { itemId: 'x' }))).toEqual(['x']);
    expect(noteItemIds(bulk('b1', ['p', 'q', 'r']))).toEqual(['p', 'q', 'r']);
  });

  it('gives each item its own view of a bulk note, and a note of one item back as it is', () => {
    const one = note('n1');
    expect(noteForItem(one, 'a')).toBe(one);
    const b = bulk('b1', ['p', 'q']);
    expect(noteForItem(b, 'q')).toEqual({ id: 'b1', itemId: 'q', documentId: 'd1', date: '2027-03-01', text: '状态：推进中 → 已完成', kind: 'status', progress: null, createdAt: 1 });
    expect(noteForItem(b, 'p')).not.toHaveProperty('itemIds');
    // The stored record is left as it was.
    expect(b.itemIds).toEqual(['p', 'q']);
  });

  it('groups notes by item, a bulk note under each of its items, in the order given', () => {
    const map = notesByItem([note('n1', { itemId: 'q', text: '县财政局已拨付资金' }), bulk('b1', ['p', 'q', 'r']), note('n2', { itemId: 'p', progress: 40 })]);
    expect([...map.keys()]).toEqual(['q', 'p', 'r']);
    expect(map.get('q')!.map((n) => [n.id, n.itemId])).toEqual([['n1', 'q'], ['b1', 'q']]);
    expect(map.get('p')!.map((n) => n.id)).toEqual(['b1', 'n2']);
    expect(map.get('r')!.map((n) => n.itemId)).toEqual(['r']);
    expect(notesByItem([]).size).toBe(0);
  });

  it('counts the entries the items’ logs show: a bulk note once per item', () => {
    expect(logEntries([note('n1'), bulk('b1', ['p', 'q', 'r']), note('n2', { itemId: 'q' })])).toBe(5);
    expect(logEntries([])).toBe(0);
  });

  it('orders a log by the day it refers to, then by when it was written', () => {
    const log = [note('c', { date: '2027-03-02', createdAt: 1 }), note('b', { date: '2027-03-01', createdAt: 9 }), note('a', { date: '2027-03-01', createdAt: 5 })];
    expect(log.sort(byNoteDate).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

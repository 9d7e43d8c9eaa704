import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../schema/checklist';
import { COLLECTIVE_OWNER, NO_OWNER, buildRows, completionByDocument, completionByOwner, inView, ownerSheets, ownersOf, selectRows, type DashboardRow } from './model';
import { blankItem } from '../checklist/testing';

const base = blankItem;
const item = (id: string, p: Partial<ItemRecord>): ItemRecord => ({ ...base, id, text: id, ...p });
const today = '2026-05-20'; // a Wednesday
const items = [
  item('a', { owners: ['县发改局'], due: '2026-05-10', order: 0 }), // red
  item('b', { owners: ['县发改局', '县财政局'], due: '2026-05-22', order: 1 }), // blue, this week
  item('c', { owners: ['县财政局'], due: '2026-05-24', status: 'done', order: 2 }), // finished, this week
  item('d', { documentId: 'd2', kind: 'problem', due: null, status: 'behind', order: 0 }), // yellow
  item('e', { documentId: 'd2', owners: ['城关镇'], due: '2026-07-01', order: 1, orphaned: 1 }),
  item('f', { documentId: 'd2', owners: ['城关镇'], deletedAt: 5, order: 2 }),
];
const docs = [
  { id: 'd1', title: '推进会讲话' },
  { id: 'd2', title: '工作报告' },
];
const rows = buildRows(items, docs, today, { warnDays: 3 });
const ids = (rs: DashboardRow[]) => rs.map((r) => r.item.id);
const select = (o: Partial<Parameters<typeof selectRows>[1]>) => ids(selectRows(rows, { view: 'all', filter: {}, hits: null, sort: { key: 'order', dir: 'asc' }, today, ...o }));

describe('dashboard rows and views', () => {
  it('computes lights and document titles once', () => {
    expect(rows.map((r) => [r.item.id, r.light, r.docTitle])).toEqual([
      ['a', 'red', '推进会讲话'],
      ['b', 'blue', '推进会讲话'],
      ['c', null, '推进会讲话'],
      ['d', 'yellow', '工作报告'],
      ['e', null, '工作报告'],
      ['f', null, '工作报告'],
    ]);
  });

  it('selects the views: all (no trash), 逾期, 本周到期 (open only), orphaned, trash', () => {
    expect(select({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(select({ view: 'overdue' })).toEqual(['a']);
    expect(select({ view: 'week' })).toEqual(['b']);
    expect(select({ view: 'orphaned' })).toEqual(['e']);
    expect(select({ view: 'trash' })).toEqual(['f']);
    expect(inView(rows[5]!, 'overdue', today)).toBe(false);
  });

  it('filters by document, owner, status, light, kind, due range and search hits', () => {
    expect(select({ filter: { documentId: 'd2' } })).toEqual(['d', 'e']);
    expect(select({ filter: { owner: '县财政局' } })).toEqual(['b', 'c']);
    // 「未明确」: the items without an owner (the problem d).
    expect(select({ filter: { owner: NO_OWNER } })).toEqual(['d']);
    expect(select({ filter: { status: 'behind' } })).toEqual(['d']);
    expect(select({ filter: { light: 'blue' } })).toEqual(['b']);
    expect(select({ filter: { light: 'none' } })).toEqual(['c', 'e']);
    expect(select({ filter: { kind: 'problem' } })).toEqual(['d']);
    expect(select({ filter: { dueFrom: '2026-05-15', dueTo: '2026-06-30' } })).toEqual(['b', 'c']);
    expect(select({ filter: { dueFrom: '2026-05-23' } })).toEqual(['c', 'e']);
    expect(select({ hits: new Set(['a', 'e', 'f']) })).toEqual(['a', 'e']);
    expect(select({ filter: { owner: '县发改局', light: 'red' } })).toEqual(['a']);
  });

  it('sorts by due day (undated last), light, status and owner, ties in draft order', () => {
    expect(select({ sort: { key: 'due', dir: 'asc' } })).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(select({ sort: { key: 'due', dir: 'desc' } })).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(select({ sort: { key: 'light', dir: 'asc' } })).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(select({ sort: { key: 'status', dir: 'asc' } })).toEqual(['a', 'b', 'e', 'd', 'c']);
    expect(select({ sort: { key: 'owner', dir: 'asc' } })[4]).toBe('d');
  });
});

describe('completion and 督办单', () => {
  it('tallies per owner (unstated apart) and per document, trash left out', () => {
    expect(completionByOwner(rows).map((c) => [c.label, c.total, c.finished, c.overdue, c.open])).toEqual([
      ['县财政局', 2, 1, 0, 1],
      ['县发改局', 2, 0, 1, 1],
      ['城关镇', 1, 0, 0, 1],
      ['未明确', 1, 0, 0, 1],
    ]);
    expect(completionByDocument(rows, docs).map((c) => [c.label, c.total, c.finished, c.overdue])).toEqual([
      ['推进会讲话', 3, 1, 1],
      ['工作报告', 2, 0, 0],
    ]);
    expect(ownersOf(rows)).toEqual(['城关镇', '县财政局', '县发改局']);
  });

  it('gives one sheet per owner with its open items, red first, finished ones left out', () => {
    expect(ownerSheets(rows).map((s) => [s.owner, ids(s.rows)])).toEqual([
      ['城关镇', ['e']],
      ['县财政局', ['b']],
      ['县发改局', ['a', 'b']],
    ]);
    expect(ownerSheets(rows, '县发改局').map((s) => s.owner)).toEqual(['县发改局']);
    expect(ownerSheets(rows, '无此单位')).toEqual([]);
  });
});

describe('recurring items in the dashboard', () => {
  const monthly = item('m', { owners: ['各街道'], due: '2026-04-22', deadline: { text: '每月22日前', due: '2026-04-22', type: 'absolute', recurrence: { unit: 'month', day: 22 } } });
  it('show, sort, filter and count the week by the next occurrence, and after a period done by the one after', () => {
    const [row] = buildRows([monthly], docs, today, { warnDays: 3 });
    expect(row!.due).toBe('2026-05-22');
    expect(row!.light).toBe('blue');
    expect(inView(row!, 'week', today)).toBe(true);
    expect(selectRows([row!], { view: 'all', filter: { dueFrom: '2026-05-21', dueTo: '2026-05-31' }, hits: null, sort: { key: 'due', dir: 'asc' }, today })).toHaveLength(1);
    const [after] = buildRows([{ ...monthly, periodDone: '2026-05-22' }], docs, today, { warnDays: 3 });
    expect(after!.due).toBe('2026-06-22');
    expect(after!.light).toBeNull();
    expect(inView(after!, 'week', today)).toBe(false);
  });
});

describe('collective owners (各单位, 各部门…)', () => {
  const marked = buildRows(
    [
      item('p', { owners: ['各乡镇', '县民政局'], collective: ['各乡镇'], due: '2026-05-10' }), // red
      item('q', { owners: ['各部门', '各乡镇'], collective: ['各部门', '各乡镇'], status: 'done' }),
      item('r', { owners: ['各单位'] }), // saved before the analysis marked collectives: read as one
      item('s', { owners: ['县民政局'] }),
    ],
    docs,
    today,
    { warnDays: 3 },
  );
  it('form one group 各单位（泛指） in the completion by owner, each item counted once', () => {
    expect(completionByOwner(marked, '未明确').map((c) => [c.key, c.label, c.total, c.finished, c.overdue])).toEqual([
      [COLLECTIVE_OWNER, '各单位（泛指）', 3, 1, 1],
      ['县民政局', '县民政局', 2, 0, 1],
    ]);
    expect(completionByOwner(marked, 'unstated', 'All units (collective)')[0]!.label).toBe('All units (collective)');
  });
  it('filter as one owner, and get no 督办单 of their own', () => {
    expect(selectRows(marked, { view: 'all', filter: { owner: COLLECTIVE_OWNER }, hits: null, sort: { key: 'order', dir: 'asc' }, today }).map((r) => r.item.id)).toEqual(['p', 'q', 'r']);
    expect(ownerSheets(marked).map((s) => [s.owner, s.rows.map((r) => r.item.id)])).toEqual([['县民政局', ['p', 's']]]);
    expect(ownerSheets(marked, '各乡镇')).toEqual([]);
    expect(ownerSheets(marked, COLLECTIVE_OWNER)).toEqual([]);
  });
});

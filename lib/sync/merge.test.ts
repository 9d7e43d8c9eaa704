import { describe, expect, it } from 'vitest';
import { itemRecordSchema, type ItemRecord } from '../schema/checklist';
import type { DocumentData } from './docs';
import { describeValue, mergeDocuments, mergeItems, mergeSet, type MergeEnv } from './merge';

const T0 = Date.UTC(2026, 2, 12, 8);
const base: ItemRecord = {
  id: 'i1',
  documentId: 'd1',
  kind: 'action',
  text: '加快推进老旧小区改造',
  detail: '',
  group: null,
  section: [{ marker: '一、', title: '城市更新' }],
  owners: ['市住建局', '各区政府'],
  lead: ['市住建局'],
  coop: ['各区政府'],
  deadline: { text: '6月底前', due: '2026-06-30', type: 'absolute' },
  due: '2026-06-30',
  status: 'not_started',
  progress: null,
  anchor: { exact: '加快推进老旧小区改造', prefix: '', suffix: '。', start: 10 },
  order: 0,
  orphaned: 0,
  pinned: 0,
  deletedAt: null,
  edited: [],
  draft: { text: '加快推进老旧小区改造', owners: ['市住建局', '各区政府'], lead: ['市住建局'], coop: ['各区政府'], deadline: { text: '6月底前', due: '2026-06-30', type: 'absolute' } },
  createdAt: T0,
  updatedAt: T0,
};

let n = 0;
const env = (over: Partial<MergeEnv> = {}): MergeEnv => ({ now: T0 + 10_000, newId: () => `n${++n}`, ...over });
const edit = (patch: Partial<ItemRecord>, at: number): ItemRecord => ({ ...base, ...patch, updatedAt: at });

describe('mergeSet', () => {
  it('keeps what either side added and drops what either side removed', () => {
    expect(mergeSet(['A', 'B', 'C'], ['A', 'B', 'D'], ['B', 'C', 'E'])).toEqual(['B', 'D', 'E']);
  });
  it('unites the lists without a base', () => {
    expect(mergeSet(null, ['A', 'B'], ['B', 'C'])).toEqual(['A', 'B', 'C']);
    expect(mergeSet(undefined, undefined, ['X'])).toEqual(['X']);
  });
  it('keeps an owner both sides removed removed and one both added once', () => {
    expect(mergeSet(['A'], ['B'], ['B'])).toEqual(['B']);
  });
});

describe('mergeItems', () => {
  it('takes each side’s own change when they touch different fields, with no note', () => {
    const local = edit({ status: 'in_progress' }, T0 + 100);
    const remote = edit({ deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' }, due: '2026-09-30', edited: ['deadline'] }, T0 + 50);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.status).toBe('in_progress');
    expect(r.item.deadline?.due).toBe('2026-09-30');
    expect(r.item.due).toBe('2026-09-30');
    expect(r.item.edited).toEqual(['deadline']);
    expect(r.item.updatedAt).toBe(T0 + 100);
    expect(r.notes).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect(itemRecordSchema.parse(r.item)).toEqual(r.item);
  });

  it('takes the later status when both changed it and notes the other value', () => {
    const local = edit({ status: 'in_progress' }, T0 + 100);
    const remote = edit({ status: 'done' }, T0 + 200);
    const r = mergeItems(base, local, remote, env({ localBy: '张三', remoteBy: '李四' }));
    expect(r.item.status).toBe('done');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ itemId: 'i1', documentId: 'd1', kind: 'note', date: '2026-03-12', progress: null, createdAt: T0 + 10_000 });
    expect(r.notes[0]!.text).toBe('并发修改：状态同时被「张三」设为「推进中」，已采用较晚的修改「已完成」。');
    expect(r.conflicts).toEqual([{ field: 'status', kept: 'done', lost: 'in_progress', winner: 'remote' }]);
  });

  it('keeps the local value when the local edit is later, and names the other side', () => {
    const local = edit({ progress: 60 }, T0 + 300);
    const remote = edit({ progress: 40 }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.progress).toBe(60);
    expect(r.notes.map((x) => x.text)).toEqual(['并发修改：进度同时被另一处设为「40%」，已采用较晚的修改「60%」。']);
  });

  it('notes deadline and text conflicts in their own words, one note each', () => {
    const local = edit({ text: '全面完成老旧小区改造', deadline: { text: '年底前', due: '2026-12-31', type: 'absolute' }, due: '2026-12-31' }, T0 + 100);
    const remote = edit({ text: '加快推进城中村改造', deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' }, due: '2026-09-30' }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.text).toBe('加快推进城中村改造');
    expect(r.item.due).toBe('2026-09-30');
    expect(r.notes.map((x) => x.text).sort()).toEqual(
      ['并发修改：事项内容同时被本机设为「全面完成老旧小区改造」，已采用较晚的修改「加快推进城中村改造」。', '并发修改：时限同时被本机设为「年底前（2026年12月31日）」，已采用较晚的修改「9月底前（2026年9月30日）」。'].sort(),
    );
    expect(new Set(r.notes.map((x) => x.id)).size).toBe(2);
  });

  it('treats the same change on both sides as no conflict', () => {
    const local = edit({ status: 'done', progress: 100 }, T0 + 100);
    const remote = edit({ status: 'done', progress: 100 }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item).toMatchObject({ status: 'done', progress: 100, updatedAt: T0 + 200 });
    expect(r.notes).toEqual([]);
  });

  it('merges owners, lead and co-operating units as sets and keeps lead and coop among the owners', () => {
    const local = edit({ owners: ['市住建局', '各区政府', '市财政局'], coop: ['各区政府', '市财政局'], edited: ['owners', 'coop'] }, T0 + 100);
    const remote = edit({ owners: ['市住建局', '市城管局'], coop: [], lead: ['市住建局', '市城管局'], edited: ['lead', 'owners'] }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    // 各区政府 removed remotely, 市财政局 added locally, 市城管局 added remotely.
    expect(r.item.owners).toEqual(['市住建局', '市财政局', '市城管局']);
    expect(r.item.coop).toEqual(['市财政局']);
    expect(r.item.lead).toEqual(['市住建局', '市城管局']);
    expect(r.item.edited).toEqual(['owners', 'lead', 'coop']);
    expect(r.notes).toEqual([]);
  });

  it('adds a lead unit the set merge would drop from the owners back to them', () => {
    const local = edit({ owners: ['市住建局'], coop: [] }, T0 + 100);
    const remote = edit({ coop: ['各区政府', '市水务局'], owners: ['市住建局', '各区政府', '市水务局'] }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.coop).toEqual(['市水务局']);
    expect(r.item.owners).toEqual(['市住建局', '市水务局']);
  });

  it('keeps an item one side deleted while the other edited it, and says so', () => {
    const local = edit({ deletedAt: T0 + 100 }, T0 + 100);
    const remote = edit({ status: 'in_progress' }, T0 + 50);
    const r = mergeItems(base, local, remote, env({ localBy: '王五' }));
    expect(r.item.deletedAt).toBeNull();
    expect(r.item.status).toBe('in_progress');
    expect(r.notes.map((x) => x.text)).toEqual(['并发修改：此事项同时被「王五」移入回收站，因另一处同时修改了它，已保留在台账中；如确需删除，请再次删除。']);
  });

  it('keeps the edit when the remote side deleted and this side edited later or earlier alike', () => {
    for (const localAt of [T0 + 10, T0 + 1000]) {
      const local = edit({ progress: 30 }, localAt);
      const remote = edit({ deletedAt: T0 + 500 }, T0 + 500);
      const r = mergeItems(base, local, remote, env());
      expect(r.item.deletedAt).toBeNull();
      expect(r.item.progress).toBe(30);
      expect(r.notes).toHaveLength(1);
    }
  });

  it('deletes when the other side did not change the item', () => {
    const local = edit({}, T0);
    const remote = edit({ deletedAt: T0 + 500 }, T0 + 500);
    expect(mergeItems(base, local, remote, env()).item.deletedAt).toBe(T0 + 500);
    expect(mergeItems(base, remote, local, env()).item.deletedAt).toBe(T0 + 500);
  });

  it('keeps a restore against a delete, and the later time when both deleted', () => {
    const trashed = { ...base, deletedAt: T0 };
    const restored = { ...trashed, deletedAt: null, updatedAt: T0 + 100 };
    const deletedAgain = { ...trashed, deletedAt: T0 + 200, updatedAt: T0 + 200 };
    // Both sides changed deletedAt from T0: one restored, one deleted again → kept, with a note.
    const r = mergeItems(trashed, restored, deletedAgain, env());
    expect(r.item.deletedAt).toBeNull();
    expect(r.notes).toHaveLength(1);
    const both = mergeItems(base, edit({ deletedAt: T0 + 5 }, T0 + 5), edit({ deletedAt: T0 + 9 }, T0 + 9), env());
    expect(both.item.deletedAt).toBe(T0 + 9);
    expect(both.notes).toEqual([]);
  });

  it('takes the later value of other fields changed on both sides without a note', () => {
    const local = edit({ order: 3, orphaned: 1 }, T0 + 100);
    const remote = edit({ order: 5 }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.order).toBe(5);
    expect(r.item.orphaned).toBe(1);
    expect(r.notes).toEqual([]);
    expect(r.conflicts.map((c) => c.field)).toEqual(['order']);
  });

  it('decides a tie of times by the values, the same whichever side merges', () => {
    const a = edit({ status: 'in_progress' }, T0 + 100);
    const b = edit({ status: 'behind' }, T0 + 100);
    const ab = mergeItems(base, a, b, env());
    const ba = mergeItems(base, b, a, env());
    expect(ab.item.status).toBe(ba.item.status);
    expect(ab.notes[0]!.text.replace('本机', 'X').replace('另一处', 'X')).toBe(ba.notes[0]!.text.replace('本机', 'X').replace('另一处', 'X'));
  });

  it('merges without a base: differing fields by time with notes, sets united, hand edits united', () => {
    const local = edit({ status: 'done', owners: ['市住建局'], lead: ['市住建局'], coop: [], edited: ['owners'] }, T0 + 100);
    const remote = edit({ status: 'behind', owners: ['市住建局', '市民政局'], lead: ['市住建局'], coop: ['市民政局'], edited: ['coop'] }, T0 + 50);
    const r = mergeItems(null, local, remote, env());
    expect(r.item.status).toBe('done');
    expect(r.item.owners).toEqual(['市住建局', '市民政局']);
    expect(r.item.coop).toEqual(['市民政局']);
    expect(r.item.edited).toEqual(['owners', 'coop']);
    expect(r.notes.map((x) => x.text)).toEqual(['并发修改：状态同时被另一处设为「滞后」，已采用较晚的修改「已完成」。']);
  });

  it('merges optional fields present on one side only', () => {
    const local = edit({ periodDone: '2026-03-25' }, T0 + 100);
    const remote = edit({ collective: ['各区政府'] }, T0 + 200);
    const r = mergeItems(base, local, remote, env());
    expect(r.item.periodDone).toBe('2026-03-25');
    expect(r.item.collective).toEqual(['各区政府']);
    expect(itemRecordSchema.parse(r.item)).toEqual(r.item);
  });

  it('is the identity when only one side changed', () => {
    const local = edit({ status: 'overdue', progress: 10, text: '新表述', edited: ['text'] }, T0 + 100);
    const r = mergeItems(base, local, base, env());
    expect(r.item).toEqual(local);
    expect(mergeItems(base, base, local, env()).item).toEqual(local);
  });

  it('quotes a very long losing text cut to fit a note', () => {
    const long = '长'.repeat(120_000);
    const r = mergeItems(base, edit({ text: long }, T0 + 1), edit({ text: '短' }, T0 + 2), env());
    expect(r.notes[0]!.text.length).toBeLessThanOrEqual(100_000);
    expect(r.notes[0]!.text).toContain('…');
  });
});

describe('describeValue', () => {
  it('speaks each noted field', () => {
    expect(describeValue('status', 'closed')).toBe('已销号');
    expect(describeValue('progress', null)).toBe('未填报');
    expect(describeValue('deadline', null)).toBe('未明确');
    expect(describeValue('deadline', { text: '2026年5月1日', due: '2026-05-01', type: 'absolute' })).toBe('2026年5月1日（2026年5月1日）');
  });
});

describe('mergeDocuments', () => {
  const doc: DocumentData = { id: 'd1', key: 'k', title: '讲话稿', url: null, site: null, editor: null, referenceDate: '2026-03-12', createdAt: T0, updatedAt: T0, revision: 2, textRef: { sha: 'a', parts: 1, length: 10 } };
  it('takes the later save’s text, the higher revision and each side’s own fields', () => {
    const local = { ...doc, title: '讲话稿（修改）', textRef: { sha: 'b', parts: 1, length: 11 }, revision: 3, updatedAt: T0 + 100 };
    const remote = { ...doc, textRef: { sha: 'c', parts: 1, length: 12 }, revision: 3, updatedAt: T0 + 200, url: 'https://oa.example.gov.cn/x' };
    const r = mergeDocuments(doc, local, remote);
    expect(r.data).toEqual({ ...doc, title: '讲话稿（修改）', url: 'https://oa.example.gov.cn/x', textRef: { sha: 'c', parts: 1, length: 12 }, revision: 3, updatedAt: T0 + 200 });
    expect(r.conflicts.map((c) => c.field)).toEqual(['textRef']);
  });
});

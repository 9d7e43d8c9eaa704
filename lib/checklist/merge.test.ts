import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../schema/checklist';
import { draftItems } from './draft-items';
import { mergeDraft, type MergeContext } from './merge';
import { analysisOf, type ActionSpec } from './testing';

let n = 0;
const ctx = (now = 1000): MergeContext => ({ documentId: 'doc', now, newId: () => `id${++n}` });

function draft(paragraphs: string[], actions: ActionSpec[]) {
  const text = paragraphs.join('\n');
  return draftItems(text, analysisOf(text, actions));
}

const base = ['一、抓项目', '各乡镇要组织开展项目观摩拉练，比学赶超。', '二、抓服务', '（一）优化审批', '在6月底前全面推行重点项目帮办代办制度。', '（二）强化保障', '城北污水处理厂提标改造项目要确保按期完工。', '三、抓落实', '（一）激励担当', '要加强督查考核，奖优罚劣。', '（二）营造氛围', '要加强宣传报道。'];
const baseActions: ActionSpec[] = [
  { quote: '各乡镇要组织开展项目观摩拉练', owners: ['各乡镇'], section: [{ marker: '一、', title: '抓项目' }] },
  { quote: '在6月底前全面推行重点项目帮办代办制度', owners: ['县政务服务中心'], deadline: { text: '6月底前', due: '2026-06-30' }, section: [{ marker: '二、', title: '抓服务' }, { marker: '（一）', title: '优化审批' }] },
  { quote: '城北污水处理厂提标改造项目要确保按期完工', section: [{ marker: '二、', title: '抓服务' }, { marker: '（二）', title: '强化保障' }] },
  { quote: '要加强督查考核', section: [{ marker: '三、', title: '抓落实' }, { marker: '（一）', title: '激励担当' }] },
  { quote: '要加强宣传报道', section: [{ marker: '三、', title: '抓落实' }, { marker: '（二）', title: '营造氛围' }] },
];

function saved(): ItemRecord[] {
  return mergeDraft([], draft(base, baseActions), ctx()).put;
}

const byText = (items: readonly ItemRecord[], t: string) => items.find((i) => i.anchor.exact.includes(t))!;

/** Applies a merge result to the old list, as the repository does. */
function apply(olds: ItemRecord[], put: ItemRecord[]): ItemRecord[] {
  const map = new Map(olds.map((o) => [o.id, o]));
  for (const p of put) map.set(p.id, p);
  return [...map.values()];
}

describe('mergeDraft', () => {
  it('saves a first draft as new items, 未启动', () => {
    const r = mergeDraft([], draft(base, baseActions), ctx());
    expect(r.report).toEqual({ matched: 0, changed: 0, added: 5, orphaned: 0, keptEdits: 0 });
    expect(r.put.every((i) => i.status === 'not_started' && i.documentId === 'doc')).toBe(true);
    expect(r.reindex).toEqual(r.put.map((i) => i.id));
  });

  it('re-saving the same draft changes nothing and writes nothing', () => {
    const olds = saved();
    const r = mergeDraft(olds, draft(base, baseActions), ctx(2000));
    expect(r.report).toEqual({ matched: 5, changed: 0, added: 0, orphaned: 0, keptEdits: 0 });
    expect(r.put).toEqual([]);
  });

  it('keeps status and id through a reworded sentence, and takes the new wording', () => {
    const olds = saved().map((i) => (i.text.startsWith('各乡镇') ? { ...i, status: 'in_progress' as const, progress: 40 } : i));
    const paragraphs = base.map((p) => p.replace('各乡镇要组织开展项目观摩拉练', '各乡镇要定期组织项目观摩拉练'));
    const actions = baseActions.map((a) => (a.quote.startsWith('各乡镇') ? { ...a, quote: '各乡镇要定期组织项目观摩拉练' } : a));
    const r = mergeDraft(olds, draft(paragraphs, actions), ctx(2000));
    expect(r.report).toMatchObject({ matched: 5, changed: 1, added: 0, orphaned: 0 });
    const item = r.put.find((i) => i.id === byText(olds, '各乡镇').id)!;
    expect(item).toMatchObject({ text: '各乡镇要定期组织项目观摩拉练', status: 'in_progress', progress: 40, updatedAt: 2000 });
    expect(r.reindex).toEqual([item.id]);
    expect(r.pairs.find((p) => p.id === item.id)?.how).toBe('fuzzy');
    // The status it carried to the new wording is named.
    expect(r.report.carried).toEqual([{ id: item.id, status: 'in_progress', from: '各乡镇要组织开展项目观摩拉练', to: '各乡镇要定期组织项目观摩拉练' }]);
  });

  /** The base draft with one action's sentence replaced (same place, same section). */
  const replaced = (from: string, to: string, owners?: string[]) =>
    draft(
      base.map((p) => p.replace(from, to)),
      baseActions.map((a) => (a.quote === from ? { ...a, quote: to, ...(owners && { owners }) } : a)),
    );

  it.each<[string, string, string, string[] | undefined]>([
    ['another task in the same place, sharing its opening words', '要加强督查考核', '要加强宣传培训', undefined],
    ['another unit and another task', '各乡镇要组织开展项目观摩拉练', '县财政局要组织开展资金绩效评价', ['县财政局']],
    ['the same words for another unit', '在6月底前全面推行重点项目帮办代办制度', '在6月底前全面推行重点项目联审联批制度', ['县自然资源局']],
  ])('a different task is a new item: %s', (_, from, to, owners) => {
    const olds = saved().map((i) => (i.text === from ? { ...i, status: 'in_progress' as const } : i));
    const r = mergeDraft(olds, replaced(from, to, owners), ctx(2000));
    expect(r.report).toMatchObject({ matched: 4, added: 1, orphaned: 1 });
    expect(r.report.carried).toBeUndefined();
    expect(r.put.find((i) => i.text === to)).toMatchObject({ status: 'not_started' });
    expect(r.put.find((i) => i.text === from)).toMatchObject({ status: 'in_progress', orphaned: 1 });
  });

  it('a closed item is never carried to a reworded, different sentence; a near-identical one keeps it, named', () => {
    const closed = () => saved().map((i) => (i.text.startsWith('城北') ? { ...i, status: 'closed' as const } : i));
    const far = mergeDraft(closed(), replaced('城北污水处理厂提标改造项目要确保按期完工', '城南污水管网改造项目要确保年内开工'), ctx(2000));
    expect(far.report).toMatchObject({ matched: 4, added: 1, orphaned: 1 });
    expect(far.put.find((i) => i.text.startsWith('城南'))).toMatchObject({ status: 'not_started' });
    expect(far.put.find((i) => i.text.startsWith('城北'))).toMatchObject({ status: 'closed', orphaned: 1 });

    const olds = closed();
    const near = mergeDraft(olds, replaced('城北污水处理厂提标改造项目要确保按期完工', '城北污水处理厂提标改造项目要确保如期完工'), ctx(2000));
    expect(near.report).toMatchObject({ matched: 5, added: 0, orphaned: 0 });
    expect(near.report.carried).toEqual([{ id: byText(olds, '城北').id, status: 'closed', from: '城北污水处理厂提标改造项目要确保按期完工', to: '城北污水处理厂提标改造项目要确保如期完工' }]);
  });

  it('follows a moved paragraph and a renumbered section', () => {
    const olds = saved();
    // 三、（一）激励担当 moves to 二、（三）; 三、（二） becomes 三、（一）.
    const moved = ['一、抓项目', '各乡镇要组织开展项目观摩拉练，比学赶超。', '二、抓服务', '（一）优化审批', '在6月底前全面推行重点项目帮办代办制度。', '（二）强化保障', '城北污水处理厂提标改造项目要确保按期完工。', '（三）激励担当', '要加强督查考核，奖优罚劣。', '三、抓落实', '（一）营造氛围', '要加强宣传报道。'];
    const actions = baseActions.map((a) => (a.quote === '要加强督查考核' ? { ...a, section: [{ marker: '二、', title: '抓服务' }, { marker: '（三）', title: '激励担当' }] } : a.quote === '要加强宣传报道' ? { ...a, section: [{ marker: '三、', title: '抓落实' }, { marker: '（一）', title: '营造氛围' }] } : a));
    const r = mergeDraft(olds, draft(moved, actions), ctx(2000));
    expect(r.report).toMatchObject({ matched: 5, changed: 2, added: 0, orphaned: 0 });
    expect(r.put.find((i) => i.id === byText(olds, '督查').id)!.section).toEqual([{ marker: '二、', title: '抓服务' }, { marker: '（三）', title: '激励担当' }]);
    expect(r.put.find((i) => i.id === byText(olds, '宣传').id)!.section).toEqual([{ marker: '三、', title: '抓落实' }, { marker: '（一）', title: '营造氛围' }]);
  });

  it('orphans an item removed from the draft (kept, status kept) and adds a new one', () => {
    const olds = saved().map((i) => (i.text.startsWith('城北') ? { ...i, status: 'behind' as const } : i));
    const paragraphs = base.map((p) => (p.startsWith('城北') ? '县发改局要在会后10日内印发责任分解表。' : p));
    const actions = baseActions.map((a) => (a.quote.startsWith('城北') ? { quote: '县发改局要在会后10日内印发责任分解表', owners: ['县发改局'] } : a));
    const r = mergeDraft(olds, draft(paragraphs, actions), ctx(2000));
    expect(r.report).toMatchObject({ matched: 4, added: 1, orphaned: 1 });
    const orphan = r.put.find((i) => i.id === byText(olds, '城北').id)!;
    expect(orphan).toMatchObject({ orphaned: 1, status: 'behind', text: '城北污水处理厂提标改造项目要确保按期完工' });
    expect(r.put.find((i) => i.text.startsWith('县发改局'))).toMatchObject({ status: 'not_started', orphaned: 0 });
    // Saved once more: the orphan stays orphaned and is not counted again.
    const again = mergeDraft(apply(olds, r.put), draft(paragraphs, actions), ctx(3000));
    expect(again.report).toMatchObject({ matched: 5, added: 0, orphaned: 0 });
  });

  it('brings an orphan back when its sentence returns, and leaves pinned items alone', () => {
    const olds = saved().map((i) => (i.text.startsWith('城北') ? { ...i, orphaned: 1 as const } : i.text.startsWith('要加强宣传') ? { ...i, pinned: 1 as const } : i));
    const paragraphs = base.filter((p) => !p.startsWith('要加强宣传'));
    const r = mergeDraft(olds, draft(paragraphs, baseActions.filter((a) => a.quote !== '要加强宣传报道')), ctx(2000));
    expect(r.report).toMatchObject({ matched: 4, changed: 1, orphaned: 0 });
    expect(r.put.find((i) => i.id === byText(olds, '城北').id)!.orphaned).toBe(0);
    expect(r.put.find((i) => i.id === byText(olds, '宣传').id)).toBeUndefined();
  });

  it('an owner changed in the draft follows the draft, unless it was edited by hand: then the hand edit wins', () => {
    const changedDraft = () => draft(base, baseActions.map((a) => (a.quote.includes('帮办代办') ? { ...a, owners: ['县行政审批局'] } : a)));
    const olds = saved();
    const id = byText(olds, '帮办代办').id;
    const followed = mergeDraft(olds, changedDraft(), ctx(2000));
    expect(followed.put.find((i) => i.id === id)!.owners).toEqual(['县行政审批局']);
    expect(followed.report).toMatchObject({ changed: 1, keptEdits: 0 });

    const edited = olds.map((i) => (i.id === id ? { ...i, owners: ['县数据局'], edited: ['owners' as const] } : i));
    const r = mergeDraft(edited, changedDraft(), ctx(2000));
    const item = r.put.find((i) => i.id === id)!;
    expect(item.owners).toEqual(['县数据局']);
    expect(item.draft.owners).toEqual(['县行政审批局']);
    expect(item.edited).toEqual(['owners']);
    expect(r.report).toMatchObject({ changed: 0, keptEdits: 1 });
  });

  it('keeps a hand-edited text and deadline while anchoring on the draft quote', () => {
    const olds = saved().map((i) => (i.text.includes('帮办代办') ? { ...i, text: '推行帮办代办（已调整）', deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' as const }, due: '2026-09-30', edited: ['text' as const, 'deadline' as const] } : i));
    const r = mergeDraft(olds, draft(base, baseActions), ctx(2000));
    expect(r.report).toMatchObject({ matched: 5, changed: 0, keptEdits: 1 });
    // Nothing to write: the edits stand and the draft did not move.
    expect(r.put).toEqual([]);
  });

  it('lists each hand edit it kept, field by field, and names the draft change it did not apply because of one', () => {
    const olds = saved().map((i) => (i.text.includes('帮办代办') ? { ...i, owners: ['县数据局'], edited: ['owners' as const] } : i));
    const id = byText(olds, '帮办代办').id;
    // The revised draft moves the deadline (not edited: followed) and names another unit (edited: kept).
    const revised = baseActions.map((a) => (a.quote.includes('帮办代办') ? { ...a, owners: ['县行政审批局'], deadline: { text: '8月底前', due: '2026-08-31' } } : a));
    const r = mergeDraft(olds, draft(base, revised), ctx(2000));
    const item = r.put.find((i) => i.id === id)!;
    expect(item).toMatchObject({ owners: ['县数据局'], deadline: { text: '8月底前', due: '2026-08-31' }, due: '2026-08-31', edited: ['owners'] });
    expect(r.report.handEdits).toEqual([{ id, text: item.text, field: 'owners', kept: '县数据局', draft: '县行政审批局', draftBefore: '县政务服务中心' }]);
    // Saved again unchanged: the hand edit is still kept against the draft, but the draft changed nothing this time.
    const again = mergeDraft(olds.map((o) => (o.id === id ? item : o)), draft(base, revised), ctx(3000));
    expect(again.report.handEdits).toEqual([{ id, text: item.text, field: 'owners', kept: '县数据局', draft: '县行政审批局' }]);
  });

  it('a hand edit the draft agrees with is kept silently; other fields of the item still follow the draft', () => {
    const olds = saved().map((i) => (i.text.includes('帮办代办') ? { ...i, owners: ['县行政审批局'], edited: ['owners' as const] } : i));
    const revised = baseActions.map((a) => (a.quote.includes('帮办代办') ? { ...a, owners: ['县行政审批局'], deadline: { text: '7月底前', due: '2026-07-31' } } : a));
    const r = mergeDraft(olds, draft(base, revised), ctx(2000));
    expect(r.report.handEdits).toBeUndefined();
    expect(r.report.keptEdits).toBe(0);
    expect(r.put.find((i) => i.text.includes('帮办代办'))!.deadline!.text).toBe('7月底前');
  });

  it('corrections made before saving (hand values) become hand edits of a new item, the draft values kept apart', () => {
    const drafts = draft(base, baseActions).map((d) => (d.text.includes('观摩') ? { ...d, hand: { owners: ['各乡镇', '县发改局'], lead: ['县发改局'], deadline: { text: '年底前', due: '2026-12-31', type: 'period' as const } } } : d));
    const r = mergeDraft([], drafts, ctx());
    const item = byText(r.put, '观摩');
    expect(item).toMatchObject({ owners: ['各乡镇', '县发改局'], lead: ['县发改局'], due: '2026-12-31', draft: { owners: ['各乡镇'], lead: [], deadline: null } });
    expect([...item.edited].sort()).toEqual(['deadline', 'lead', 'owners']);
    // A re-save of the draft without the corrections keeps them, and the report says so.
    const again = mergeDraft(r.put, draft(base, baseActions), ctx(2000));
    expect(again.put.find((i) => i.id === item.id)).toBeUndefined();
    expect(again.report.handEdits!.map((e) => [e.field, e.kept, e.draft])).toEqual([
      ['owners', '各乡镇、县发改局', '各乡镇'],
      ['lead', '县发改局', ''],
      ['deadline', '年底前（2026-12-31）', ''],
    ]);
    // So does a re-save that sends the same corrections again (the side panel still holds them).
    const resent = mergeDraft(r.put, drafts, ctx(3000));
    expect(resent.report.keptEdits).toBe(1);
    expect(resent.report.handEdits!.map((e) => [e.field, e.kept, e.draft, e.draftBefore])).toEqual([
      ['owners', '各乡镇、县发改局', '各乡镇', undefined],
      ['lead', '县发改局', '', undefined],
      ['deadline', '年底前（2026-12-31）', '', undefined],
    ]);
  });

  it('a correction equal to the draft value is no hand edit', () => {
    const drafts = draft(base, baseActions).map((d) => (d.text.includes('观摩') ? { ...d, hand: { owners: ['各乡镇'] } } : d));
    expect(byText(mergeDraft([], drafts, ctx()).put, '观摩').edited).toEqual([]);
  });

  it('stores the owners the analysis marks collective, and follows the draft\'s mark on every save', () => {
    const marked = (collective?: string[]) => draft(base, baseActions).map((d) => (d.text.startsWith('各乡镇') ? { ...d, ...(collective && { collective }) } : d));
    const first = mergeDraft([], marked(['各乡镇']), ctx());
    const item = byText(first.put, '各乡镇');
    expect(item.collective).toEqual(['各乡镇']);
    expect(mergeDraft(first.put, marked(['各乡镇']), ctx(2000)).put).toEqual([]);
    const unmarked = mergeDraft(first.put, marked(), ctx(2000)).put.find((i) => i.id === item.id)!;
    expect(unmarked).not.toHaveProperty('collective');
  });

  it('matches items in the trash too, so a re-save does not bring them back as new', () => {
    const olds = saved().map((i) => (i.text.startsWith('要加强督查') ? { ...i, deletedAt: 5 } : i));
    const r = mergeDraft(olds, draft(base, baseActions), ctx(2000));
    expect(r.report).toMatchObject({ matched: 5, added: 0 });
  });

  it('pairs only items of the same kind', () => {
    const text = '问题：一是投资乏力。要解决投资乏力。';
    const problems = draftItems(text, analysisOf(text, [], [{ label: '一个方面', items: [{ title: '投资乏力' }] }]));
    const olds = mergeDraft([], problems, ctx()).put;
    const actions = draftItems(text, analysisOf(text, [{ quote: '投资乏力', nth: 1 }]));
    const r = mergeDraft(olds, actions, ctx(2000));
    expect(r.report).toMatchObject({ matched: 0, added: 1, orphaned: 1 });
  });
});

describe('mergeDraft changes (item by item, per revision)', () => {
  it('lists what a revision added, changed (before → after) and orphaned', () => {
    const olds = saved();
    const paragraphs = base
      .map((p) => (p.startsWith('城北') ? '县发改局要在会后10日内印发责任分解表。' : p))
      .map((p) => p.replace('各乡镇要组织开展项目观摩拉练', '各乡镇要定期组织项目观摩拉练'));
    const actions = baseActions
      .map((a) => (a.quote.startsWith('城北') ? { quote: '县发改局要在会后10日内印发责任分解表', owners: ['县发改局'] } : a))
      .map((a) => (a.quote.startsWith('各乡镇') ? { ...a, quote: '各乡镇要定期组织项目观摩拉练' } : a))
      .map((a) => (a.quote.includes('帮办代办') ? { ...a, owners: ['县行政审批局'], deadline: { text: '9月底前', due: '2026-09-30' } } : a));
    const r = mergeDraft(olds, draft(paragraphs, actions), ctx(2000));
    expect(r.changes.added.map((x) => [x.kind, x.text])).toEqual([['action', '县发改局要在会后10日内印发责任分解表']]);
    expect(r.changes.orphaned.map((x) => [x.id, x.text])).toEqual([[byText(olds, '城北').id, '城北污水处理厂提标改造项目要确保按期完工']]);
    expect(r.changes.changed.map(({ id: _id, ...c }) => c).sort((a, b) => a.fields.length - b.fields.length)).toEqual([
      { kind: 'action', text: '各乡镇要定期组织项目观摩拉练', fields: ['text'], before: { text: '各乡镇要组织开展项目观摩拉练' }, after: { text: '各乡镇要定期组织项目观摩拉练' } },
      {
        kind: 'action',
        text: '在6月底前全面推行重点项目帮办代办制度',
        fields: ['owners', 'deadline'],
        before: { owners: '县政务服务中心', deadline: '6月底前（2026-06-30）' },
        after: { owners: '县行政审批局', deadline: '9月底前（2026-09-30）' },
      },
    ]);
    expect([r.changes.added.length, r.changes.changed.length, r.changes.orphaned.length]).toEqual([r.report.added, r.report.changed, r.report.orphaned]);
  });

  it('a first save lists every item as added; an unchanged re-save lists nothing', () => {
    const first = mergeDraft([], draft(base, baseActions), ctx());
    expect(first.changes.added).toHaveLength(5);
    expect(mergeDraft(first.put, draft(base, baseActions), ctx(2000)).changes).toEqual({ added: [], changed: [], orphaned: [] });
  });
});

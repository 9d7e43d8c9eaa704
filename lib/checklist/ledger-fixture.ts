/**
 * A small ledger with every kind of row (an action with lead, owners, co-units and a dated deadline; one with an
 * undated deadline and a hand edit; one with nothing but its text; an orphaned one; a problem), for the export
 * tests and the LibreOffice check. Not used by the extension itself.
 */
import type { ItemRecord, NoteRecord } from '../schema/checklist';
import { draftItems } from './draft-items';
import { buildLedger, type Ledger } from './ledger-rows';
import { mergeDraft } from './merge';
import { analysisOf } from './testing';

export const ledgerFixtureText = [
  '在全县重点项目建设"攻坚年"推进会上的讲话',
  '主要有两个方面的问题：一是项目储备质量不高，谋划深度不够；二是要素保障跟不上。',
  '二、（三）激励担当作为',
  '由县发改局牵头，县财政局、县自然资源局配合，在2026年6月30日前完成重点项目入库，入库率达到"100%"。',
  '县人社局要督促在建项目全面落实农民工工资专用账户，坚决防止发生欠薪问题。',
  '要加强宣传报道，营造浓厚氛围。',
  '城北污水处理厂提标改造项目要确保按期完工。',
].join('\n');

/** The fixture's items (as saved, then worked on) and notes. */
export function ledgerFixtureRecords(): { items: ItemRecord[]; notes: NoteRecord[] } {
  const text = ledgerFixtureText;
  const section = [{ marker: '二、', title: '激励担当' }, { marker: '（三）', title: '激励担当作为' }];
  const analysis = analysisOf(
    text,
    [
      { quote: '由县发改局牵头，县财政局、县自然资源局配合，在2026年6月30日前完成重点项目入库，入库率达到"100%"', lead: ['县发改局'], coop: ['县财政局', '县自然资源局'], deadline: { text: '2026年6月30日前', due: '2026-06-30' }, section },
      { quote: '县人社局要督促在建项目全面落实农民工工资专用账户', owners: ['县人社局'], deadline: { text: '长期坚持', due: null, type: 'ongoing' }, section },
      { quote: '要加强宣传报道', section },
      { quote: '城北污水处理厂提标改造项目要确保按期完工', deadline: { text: '按期', due: null, type: 'relative' }, section },
    ],
    [{ label: '两个方面', items: [{ title: '项目储备质量不高', body: '谋划深度不够' }, { title: '要素保障跟不上' }] }],
  );
  let n = 0;
  const items = mergeDraft([], draftItems(text, analysis), { documentId: 'd1', now: Date.UTC(2026, 0, 1), newId: () => `i${++n}` }).put.map((it): ItemRecord => {
    if (it.text.startsWith('由县发改局')) return { ...it, status: 'in_progress', progress: 20 };
    if (it.text.startsWith('县人社局')) return { ...it, status: 'ongoing', text: '县人社局督促落实农民工工资专用账户', edited: ['text'] };
    if (it.text.startsWith('城北')) return { ...it, orphaned: 1, status: 'behind' };
    return it;
  });
  const first = items.find((i) => i.text.startsWith('由县发改局'))!;
  const notes: NoteRecord[] = [
    { id: 'n2', itemId: first.id, documentId: 'd1', date: '2026-04-02', text: '已完成入库初审', kind: 'note', progress: 20, createdAt: 2 },
    { id: 'n1', itemId: first.id, documentId: 'd1', date: '2026-03-15', text: '状态：未启动 → 推进中', kind: 'status', progress: null, createdAt: 1 },
  ];
  return { items, notes };
}

/** The fixture's ledger as of 2026-04-10. */
export function ledgerFixture(): Ledger {
  const { items, notes } = ledgerFixtureRecords();
  return buildLedger({ title: '在全县重点项目建设"攻坚年"推进会上的讲话' }, items, notes, { today: '2026-04-10', settings: { warnDays: 3 } });
}

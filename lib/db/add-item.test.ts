import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisOf } from '../checklist/testing';
import { MANUAL_KEY, MANUAL_TITLE } from './add-item';
import { LuoshiDB } from './database';
import { checklistRepository, type ChecklistRepository } from './repository';

const text = ['关于做好防汛工作的讲话', '县水利局要在5月底前完成堤防隐患排查。', '各镇要落实巡堤查险责任，确保人员到位。', '县应急局要组织一次综合演练。'].join('\n');
const analysis = analysisOf(text, [
  { quote: '县水利局要在5月底前完成堤防隐患排查', owners: ['县水利局'], deadline: { text: '5月底前', due: '2027-05-31' } },
  { quote: '县应急局要组织一次综合演练', owners: ['县应急局'] },
]);

let db: LuoshiDB;
let repo: ChecklistRepository;
let seq = 0;
let n = 0;
beforeEach(() => {
  db = new LuoshiDB(`add-item-${++n}`);
  repo = checklistRepository(db, { now: () => new Date(2027, 3, 2, 9).getTime(), newId: () => `id-${++seq}` });
});
afterEach(async () => {
  await db.delete();
});

describe('addItem', () => {
  it('adds an item by hand with every column into the 手工登记事项 checklist, searchable, logged when it has a status', async () => {
    const item = await repo.addItem({ text: '县财政局要在6月底前拨付防汛经费', owners: ['县财政局'], lead: ['县财政局'], coop: ['县水利局'], deadline: { text: '6月底前', due: '2027-06-30', type: 'absolute' }, status: 'in_progress', progress: 20, section: [{ marker: '三、', title: '保障' }] });
    expect(item).toMatchObject({ kind: 'action', owners: ['县财政局', '县水利局'], due: '2027-06-30', status: 'in_progress', progress: 20, origin: 'manual', pinned: 1, edited: [], section: [{ marker: '三、', title: '保障' }] });
    expect(item.draft).toEqual({ text: item.text, owners: item.owners, lead: ['县财政局'], coop: ['县水利局'], deadline: item.deadline });
    const doc = (await repo.getDocument(item.documentId))!;
    expect(doc).toMatchObject({ key: MANUAL_KEY, title: MANUAL_TITLE, text: '' });
    expect((await repo.searchItems('防汛经费')).map((i) => i.id)).toEqual([item.id]);
    expect((await repo.listNotes(item.id)).map((x) => x.text)).toEqual(['状态：未启动 → 推进中']);
    // A second one goes to the same checklist, after the first.
    const second = await repo.addItem({ text: '县气象局要做好预警发布', kind: 'action' });
    expect(second).toMatchObject({ documentId: item.documentId, order: item.order + 1, status: 'not_started' });
    expect(await repo.listNotes(second.id)).toEqual([]);
  });

  it('adds from a selection in a saved draft, anchored to the text; re-saving the draft keeps it and adds nothing', async () => {
    const saved = await repo.saveAnalysis({ key: 'oa:9', text, analysis });
    const quote = '各镇要落实巡堤查险责任';
    const start = text.indexOf(quote);
    const item = await repo.addItem({ key: 'oa:9', selection: { text, start, end: start + quote.length }, owners: ['各镇'] });
    expect(item).toMatchObject({ documentId: saved.documentId, text: quote, anchor: { exact: quote, start, prefix: text.slice(start - 32, start), suffix: text.slice(start + quote.length, start + quote.length + 32) }, order: 1 });
    const again = await repo.saveAnalysis({ key: 'oa:9', text, analysis });
    expect(again.report).toMatchObject({ matched: 2, added: 0, orphaned: 0 });
    expect((await repo.getItem(item.id))!).toMatchObject({ orphaned: 0, owners: ['各镇'] });
    // A revision that now finds the sentence as an action pairs with it instead of adding a second.
    const found = analysisOf(text, [...analysis.actions.map((a) => ({ quote: a.text, owners: a.owners })), { quote: '各镇要落实巡堤查险责任，确保人员到位', owners: ['各镇'] }]);
    const third = await repo.saveAnalysis({ key: 'oa:9', text, analysis: found });
    expect(third.report).toMatchObject({ matched: 3, added: 0 });
  });

  it('adds from a selection in a draft not saved yet: a new checklist of that draft, which its first save merges into', async () => {
    const quote = '县应急局要组织一次综合演练';
    const start = text.indexOf(quote);
    const item = await repo.addItem({ key: 'oa:10', title: '防汛讲话', url: 'https://oa.example.gov.cn/10', selection: { text, start, end: start + quote.length } });
    const doc = (await repo.getDocument(item.documentId))!;
    expect(doc).toMatchObject({ key: 'oa:10', title: '防汛讲话', url: 'https://oa.example.gov.cn/10', text });
    const saved = await repo.saveAnalysis({ key: 'oa:10', text, analysis });
    expect(saved).toMatchObject({ documentId: doc.id, created: false, report: { matched: 1, added: 1, orphaned: 0 } });
    expect(await repo.listItems({ documentId: doc.id })).toHaveLength(2);
  });

  it('refuses an empty item, a bad selection, an unknown document, and a selection without its draft', async () => {
    await expect(repo.addItem({ text: '  ' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(repo.addItem({ key: 'k', selection: { text, start: 5, end: 5 } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(repo.addItem({ key: 'k', selection: { text, start: 0, end: text.length + 1 } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(repo.addItem({ documentId: 'nope', text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(repo.addItem({ selection: { text, start: 0, end: 4 } })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.items.count()).toBe(0);
  });
});

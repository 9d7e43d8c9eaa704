import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisOf } from '../checklist/testing';
import { correctionsBetween } from '../checklist/corrections';
import { anchorAt } from '../anchoring/text-quote';
import { LuoshiDB } from './database';
import { checklistRepository, ChecklistError, type ChecklistRepository } from './repository';
import { preferencesStore } from '../settings/preferences';
import { settingsItem } from '../settings/storage-items';
import { memoryStorage } from '../settings/testing';

const text = [
  '在全县重点项目建设推进会上的讲话',
  '同志们：',
  '主要有两个方面问题：一是投资乏力，增速回落；二是储备不足。',
  '一、抓项目',
  '县发改局要在6月底前完成项目入库，县财政局配合。',
  '各乡镇要组织开展项目观摩拉练。',
  '二、抓落实',
  '要加强督查考核。',
].join('\n');
const analysis = analysisOf(
  text,
  [
    { quote: '县发改局要在6月底前完成项目入库', lead: ['县发改局'], coop: ['县财政局'], deadline: { text: '6月底前', due: '2026-06-30' }, section: [{ marker: '一、', title: '抓项目' }] },
    { quote: '各乡镇要组织开展项目观摩拉练', owners: ['各乡镇'], section: [{ marker: '一、', title: '抓项目' }] },
    { quote: '要加强督查考核', deadline: { text: '长期坚持', due: null, type: 'ongoing' }, section: [{ marker: '二、', title: '抓落实' }] },
  ],
  [{ label: '两个方面', items: [{ title: '投资乏力', body: '增速回落' }, { title: '储备不足' }] }],
);

let db: LuoshiDB;
let repo: ChecklistRepository;
let clock: number;
let seq: number;
let dbSeq = 0;

beforeEach(() => {
  db = new LuoshiDB(`repo-test-${++dbSeq}`);
  clock = new Date(2026, 2, 12, 10).getTime();
  seq = 0;
  repo = checklistRepository(db, { now: () => clock, newId: () => `id-${String(++seq).padStart(3, '0')}` });
});
afterEach(async () => {
  await db.delete();
});

async function saveOne() {
  const r = await repo.saveAnalysis({ key: 'oa:1', url: 'https://oa.example.gov.cn/1', site: 'oa.example.gov.cn', editor: 'textarea', text, analysis });
  const items = await repo.listItems({ documentId: r.documentId });
  const find = (s: string) => items.find((i) => i.text.includes(s))!;
  return { ...r, items, find };
}

describe('saveAnalysis', () => {
  it('creates a document, its items in draft order, and a revision', async () => {
    const r = await saveOne();
    expect(r).toMatchObject({ created: true, revision: 1, report: { matched: 0, changed: 0, added: 5, orphaned: 0, keptEdits: 0 } });
    expect(r.items.map((i) => [i.kind, i.text])).toEqual([
      ['problem', '投资乏力'],
      ['problem', '储备不足'],
      ['action', '县发改局要在6月底前完成项目入库'],
      ['action', '各乡镇要组织开展项目观摩拉练'],
      ['action', '要加强督查考核'],
    ]);
    const doc = await repo.getDocument(r.documentId);
    expect(doc).toMatchObject({ key: 'oa:1', title: '未命名文稿', url: 'https://oa.example.gov.cn/1', site: 'oa.example.gov.cn', editor: 'textarea', referenceDate: '2026-03-12', text, revision: 1 });
    expect(await db.revisions.where('documentId').equals(r.documentId).count()).toBe(1);
  });

  it('merges a re-save with the same key into the same document', async () => {
    const first = await saveOne();
    clock += 1000;
    const second = await repo.saveAnalysis({ key: 'oa:1', text, analysis, title: '推进会讲话' });
    expect(second).toMatchObject({ documentId: first.documentId, created: false, revision: 2, report: { matched: 5, added: 0 } });
    const revisions = await repo.listRevisions(first.documentId);
    expect(revisions.map((x) => [x.revision, x.changes?.added.length, x.changes?.changed.length])).toEqual([
      [1, 5, 0],
      [2, 0, 0],
    ]);
    expect((await repo.getDocument(first.documentId))!.title).toBe('推进会讲话');
    expect(await repo.listDocuments()).toHaveLength(1);
  });

  it('saves into a document named by id, and refuses an unknown id', async () => {
    const first = await saveOne();
    const r = await repo.saveAnalysis({ documentId: first.documentId, key: 'other', text, analysis });
    expect(r.documentId).toBe(first.documentId);
    await expect(repo.saveAnalysis({ documentId: 'nope', key: 'k', text, analysis })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('item writes', () => {
  it('setStatus changes the status and logs it', async () => {
    const { find } = await saveOne();
    const item = await repo.setStatus(find('入库').id, 'in_progress', { date: '2026-03-20' });
    expect(item.status).toBe('in_progress');
    expect(await repo.listNotes(item.id)).toMatchObject([{ kind: 'status', date: '2026-03-20', text: '状态：未启动 → 推进中' }]);
  });

  it('setStatus to 已销号 needs a note (佐证)', async () => {
    const { find } = await saveOne();
    await expect(repo.setStatus(find('入库').id, 'closed')).rejects.toMatchObject({ code: 'invalid' });
    const item = await repo.setStatus(find('入库').id, 'closed', { note: '入库清单已印发' });
    expect(item.status).toBe('closed');
    expect((await repo.listNotes(item.id))[0]!.text).toBe('状态：未启动 → 已销号。入库清单已印发');
  });

  it('addNote appends to the log, oldest first, and records progress', async () => {
    const { find } = await saveOne();
    const id = find('入库').id;
    await repo.addNote(id, { text: '已完成一半', date: '2026-04-01', progress: 50 });
    await repo.addNote(id, { text: '已上报材料', date: '2026-03-25' });
    expect((await repo.listNotes(id)).map((n) => n.text)).toEqual(['已上报材料', '已完成一半']);
    expect((await repo.getItem(id))!.progress).toBe(50);
    await expect(repo.addNote(id, { text: '  ' })).rejects.toBeInstanceOf(ChecklistError);
    await expect(repo.addNote('nope', { text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('editItem changes fields, marks them edited, keeps owners, due and search terms in step', async () => {
    const { find } = await saveOne();
    const id = find('观摩').id;
    const item = await repo.editItem(id, { text: '各乡镇每季度组织一次项目观摩', lead: ['县委办'], deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' } });
    expect(item).toMatchObject({ text: '各乡镇每季度组织一次项目观摩', lead: ['县委办'], owners: ['各乡镇', '县委办'], due: '2026-09-30' });
    expect(item.edited.sort()).toEqual(['deadline', 'lead', 'owners', 'text']);
    expect(item.draft.text).toBe('各乡镇要组织开展项目观摩拉练');
    expect((await repo.searchItems('每季度')).map((i) => i.id)).toEqual([id]);
    expect(await repo.listItems({ owner: '县委办' })).toHaveLength(1);
    await expect(repo.editItem(id, { text: ' ' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('editItem flags only the fields it changes: a form sending the deadline back unchanged (another type, no rule) flags owners alone', async () => {
    const { find, documentId } = await saveOne();
    const id = find('项目入库').id;
    const before = (await repo.getItem(id))!;
    const item = await repo.editItem(id, { owners: ['县发改局', '县财政局', '县统计局'], lead: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30', type: 'period' } });
    expect(item.edited).toEqual(['owners']);
    expect(item.deadline).toEqual(before.deadline);
    // Nothing changed at all: nothing is written or flagged.
    const same = await repo.editItem(id, { owners: item.owners, deadline: { text: '6月底前', due: '2026-06-30', type: 'absolute' } });
    expect(same.updatedAt).toBe(item.updatedAt);
    // The draft's deadline then moves: the item follows it, while the owners edit is kept and reported.
    const revisedText = text.replace('6月底前', '7月底前');
    const revised = analysisOf(revisedText, [
      { quote: '县发改局要在7月底前完成项目入库', lead: ['县发改局'], coop: ['县财政局'], deadline: { text: '7月底前', due: '2026-07-31' }, section: [{ marker: '一、', title: '抓项目' }] },
      { quote: '各乡镇要组织开展项目观摩拉练', owners: ['各乡镇'] },
      { quote: '要加强督查考核', deadline: { text: '长期坚持', due: null, type: 'ongoing' } },
    ]);
    const r = await repo.saveAnalysis({ key: 'oa:1', text: revisedText, analysis: revised });
    expect(r.documentId).toBe(documentId);
    expect((await repo.getItem(id))!).toMatchObject({ deadline: { text: '7月底前', due: '2026-07-31' }, due: '2026-07-31', owners: ['县发改局', '县财政局', '县统计局'] });
    expect(r.report.handEdits).toEqual([{ id, text: '县发改局要在7月底前完成项目入库', field: 'owners', kept: '县发改局、县财政局、县统计局', draft: '县发改局、县财政局' }]);
  });

  it('saveAnalysis takes the side panel\'s corrections as hand edits: a re-save keeps them and its report lists them', async () => {
    const corrected = { ...analysis, actions: analysis.actions.map((a) => (a.text.includes('观摩') ? { ...a, owners: ['各乡镇', '县农业农村局'], lead: ['县农业农村局'] } : a)) };
    const corrections = correctionsBetween(analysis, corrected);
    expect(corrections).toHaveLength(1);
    const first = await repo.saveAnalysis({ key: 'oa:1', text, analysis, corrections });
    const [item] = await repo.searchItems('观摩');
    expect(item).toMatchObject({ owners: ['各乡镇', '县农业农村局'], lead: ['县农业农村局'], draft: { owners: ['各乡镇'], lead: [] } });
    expect([...item!.edited].sort()).toEqual(['lead', 'owners']);
    const again = await repo.saveAnalysis({ key: 'oa:1', text, analysis });
    expect(again.documentId).toBe(first.documentId);
    expect((await repo.getItem(item!.id))!.owners).toEqual(['各乡镇', '县农业农村局']);
    expect(again.report.handEdits!.map((e) => e.field).sort()).toEqual(['lead', 'owners']);
  });

  it('an item marked 不入台账 stays out of every save of its draft until unskipped; the report counts it', async () => {
    const at = text.indexOf('各乡镇要组织开展项目观摩拉练');
    const skip = await repo.skipItem({ key: 'oa:1', kind: 'action', anchor: anchorAt(text, at, at + '各乡镇要组织开展项目观摩拉练'.length), text: '各乡镇要组织开展项目观摩拉练' });
    // Marking it twice keeps one mark.
    expect((await repo.skipItem({ key: 'oa:1', kind: 'action', anchor: skip.anchor, text: skip.text })).id).toBe(skip.id);
    const first = await repo.saveAnalysis({ key: 'oa:1', text, analysis });
    expect(first.report).toMatchObject({ added: 4, skipped: 1 });
    expect((await repo.listItems({ documentId: first.documentId })).map((i) => i.text)).not.toContain('各乡镇要组织开展项目观摩拉练');
    const again = await repo.saveAnalysis({ key: 'oa:1', text, analysis });
    expect(again.report).toMatchObject({ matched: 4, added: 0, orphaned: 0, skipped: 1 });
    // Another draft key is not affected.
    expect((await repo.saveAnalysis({ key: 'oa:2', text, analysis })).report).toMatchObject({ added: 5 });
    expect((await repo.listSkips('oa:1')).map((s) => s.id)).toEqual([skip.id]);
    await repo.unskipItem(skip.id);
    expect(await repo.listSkips('oa:1')).toEqual([]);
    const back = await repo.saveAnalysis({ key: 'oa:1', text, analysis });
    expect(back.report).toMatchObject({ matched: 4, added: 1 });
    expect(back.report.skipped).toBeUndefined();
    await expect(repo.unskipItem(skip.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('revertEdit goes back to the draft value', async () => {
    const { find } = await saveOne();
    const id = find('观摩').id;
    await repo.editItem(id, { text: '改过的' });
    const item = await repo.revertEdit(id, 'text');
    expect(item.text).toBe('各乡镇要组织开展项目观摩拉练');
    expect(item.edited).toEqual([]);
  });

  it('deleteItem moves to the trash; restoreItem brings it back', async () => {
    const { find, documentId } = await saveOne();
    const id = find('督查').id;
    await repo.deleteItem(id);
    expect((await repo.listItems({ documentId })).map((i) => i.id)).not.toContain(id);
    expect((await repo.listItems({ trash: true })).map((i) => i.id)).toEqual([id]);
    await repo.restoreItem(id);
    expect((await repo.listItems({ documentId })).map((i) => i.id)).toContain(id);
    expect((await repo.getItem(id))!.pinned).toBe(0);
  });

  it('restoreItem on an orphan pins it, so the next merge keeps it', async () => {
    const { find, documentId } = await saveOne();
    const id = find('督查').id;
    const without = text.replace('要加强督查考核。', '');
    const a2 = analysisOf(without, analysis.actions.filter((a) => a.text !== '要加强督查考核').map((a) => ({ quote: a.text, owners: a.owners })), [{ label: '两个方面', items: [{ title: '投资乏力' }, { title: '储备不足' }] }]);
    expect((await repo.saveAnalysis({ key: 'oa:1', text: without, analysis: a2 })).report.orphaned).toBe(1);
    expect((await repo.getItem(id))!.orphaned).toBe(1);
    expect(await repo.listItems({ documentId, orphaned: false })).toHaveLength(4);
    await repo.restoreItem(id);
    expect(await repo.getItem(id)).toMatchObject({ orphaned: 0, pinned: 1 });
    expect((await repo.saveAnalysis({ key: 'oa:1', text: without, analysis: a2 })).report.orphaned).toBe(0);
  });
});

describe('reads', () => {
  it('listDocuments gives the most recent first', async () => {
    await saveOne();
    clock += 1000;
    await repo.saveAnalysis({ key: 'oa:2', text, analysis, title: '第二篇' });
    expect((await repo.listDocuments()).map((d) => d.title)).toEqual(['第二篇', '未命名文稿']);
  });

  it('listItems filters by owner, status, kind, light, and combinations', async () => {
    const { find } = await saveOne();
    await repo.setStatus(find('观摩').id, 'in_progress');
    expect((await repo.listItems({ owner: '县财政局' })).map((i) => i.text)).toEqual(['县发改局要在6月底前完成项目入库']);
    expect((await repo.listItems({ status: 'in_progress' })).map((i) => i.text)).toEqual(['各乡镇要组织开展项目观摩拉练']);
    expect(await repo.listItems({ status: ['in_progress', 'not_started'] })).toHaveLength(5);
    expect(await repo.listItems({ owner: '各乡镇', status: 'not_started' })).toHaveLength(0);
    expect(await repo.listItems({ owner: '各乡镇', status: 'in_progress' })).toHaveLength(1);
    expect(await repo.listItems({ kind: 'problem' })).toHaveLength(2);
    expect((await repo.listItems({ light: 'red', today: '2026-07-01' })).map((i) => i.text)).toEqual(['县发改局要在6月底前完成项目入库']);
    expect(await repo.listItems({ light: 'blue', today: '2026-06-28' })).toHaveLength(1);
    // The window is the user's settings' (browser.storage.local), read through the preferences store.
    const { storage } = memoryStorage({ [settingsItem.key]: { reminders: { warnDays: 1 } } });
    const withSettings = checklistRepository(repo.env.db, { preferences: preferencesStore(storage) });
    expect(await withSettings.listItems({ light: 'blue', today: '2026-06-28' })).toHaveLength(0);
    expect(await withSettings.getSettings()).toEqual({ warnDays: 1 });
  });

  it('searchItems finds Chinese text in the item, its owners, section and problem group', async () => {
    await saveOne();
    expect((await repo.searchItems('项目入库')).map((i) => i.text)).toEqual(['县发改局要在6月底前完成项目入库']);
    expect((await repo.searchItems('财政局')).map((i) => i.text)).toEqual(['县发改局要在6月底前完成项目入库']);
    expect((await repo.searchItems('抓落实')).map((i) => i.text)).toEqual(['要加强督查考核']);
    expect((await repo.searchItems('两个方面')).map((i) => i.text)).toEqual(['投资乏力', '储备不足']);
    expect((await repo.searchItems('增速')).map((i) => i.text)).toEqual(['投资乏力']);
    expect(await repo.searchItems('入库项目')).toEqual([]);
    expect((await repo.searchItems('６月')).map((i) => i.text)).toEqual(['县发改局要在6月底前完成项目入库']);
    expect((await repo.searchItems('镇')).map((i) => i.text)).toEqual(['各乡镇要组织开展项目观摩拉练']);
    expect(await repo.searchItems('观摩', { status: 'done' })).toEqual([]);
  });

  it('loadLedger gives the rows of one document, without the trash', async () => {
    const { documentId, find } = await saveOne();
    await repo.deleteItem(find('督查').id);
    const ledger = await repo.loadLedger(documentId, '2026-03-12');
    expect(ledger!.title).toBe('《未命名文稿》落实事项督办台账');
    expect(ledger!.rows).toHaveLength(4);
    expect(await repo.loadLedger('nope')).toBeUndefined();
  });

  it('getItem and getDocument give undefined for unknown ids', async () => {
    expect(await repo.getItem('x')).toBeUndefined();
    expect(await repo.getDocument('x')).toBeUndefined();
  });
});

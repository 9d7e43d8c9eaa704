import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisOf, type ActionSpec } from '../checklist/testing';
import { LuoshiDB } from './database';
import { checklistRepository, type ChecklistRepository } from './repository';

const speech = (lines: string[], actions: ActionSpec[], title: string) => {
  const text = [title, ...lines].join('\n');
  const analysis = { ...analysisOf(text, actions), title };
  return { text, analysis };
};

// Two different documents that one key can name (two hash-routed pages before the route was in the key, or an
// old title-keyed paste): same title, different tasks.
const first = speech(['县发改局要在6月底前完成项目入库。', '各乡镇要组织开展项目观摩拉练。'], [{ quote: '县发改局要在6月底前完成项目入库', owners: ['县发改局'] }, { quote: '各乡镇要组织开展项目观摩拉练', owners: ['各乡镇'] }], '在全县工作会议上的讲话');
const second = speech(['县教育局要在9月前完成校舍安全排查。', '县卫健委要加快推进医共体建设。'], [{ quote: '县教育局要在9月前完成校舍安全排查', owners: ['县教育局'] }, { quote: '县卫健委要加快推进医共体建设', owners: ['县卫健委'] }], '在全县工作会议上的讲话');
const secondRevised = speech(['县教育局要在9月前完成校舍安全排查。', '县卫健委要加快推进紧密型医共体建设。', '县医保局要配合做好支付方式改革。'], [{ quote: '县教育局要在9月前完成校舍安全排查', owners: ['县教育局'] }, { quote: '县卫健委要加快推进紧密型医共体建设', owners: ['县卫健委'] }, { quote: '县医保局要配合做好支付方式改革', owners: ['县医保局'] }], '在全县工作会议上的讲话');

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
beforeEach(() => {
  db = new LuoshiDB(`identity-${++n}`);
  repo = checklistRepository(db, { now: () => Date.UTC(2026, 2, 12) + n++ });
});
afterEach(async () => {
  await db.delete();
});

describe('saving a draft under a key another document already has', () => {
  it('becomes a new checklist when it matches none of that checklist\'s items, says so, and leaves the first one alone', async () => {
    const a = await repo.saveAnalysis({ key: 'k', ...first });
    const before = await repo.listItems({ documentId: a.documentId });
    const b = await repo.saveAnalysis({ key: 'k', ...second });
    expect(b).toMatchObject({ created: true, revision: 1, report: { matched: 0, added: 2, orphaned: 0, separatedFrom: a.documentId } });
    expect(b.documentId).not.toBe(a.documentId);
    expect(await repo.listItems({ documentId: a.documentId })).toEqual(before);
    expect((await repo.getDocument(a.documentId))!).toMatchObject({ text: first.text, revision: 1 });
    // The report is kept with the revision.
    expect((await repo.listRevisions(b.documentId))[0]!.report.separatedFrom).toBe(a.documentId);
  });

  it('merges a revision into the checklist it matches, whichever of the key\'s checklists that is', async () => {
    const a = await repo.saveAnalysis({ key: 'k', ...first });
    const b = await repo.saveAnalysis({ key: 'k', ...second });
    const items = await repo.listItems({ documentId: b.documentId });
    await repo.setStatus(items[0]!.id, 'in_progress');
    const revised = await repo.saveAnalysis({ key: 'k', ...secondRevised });
    expect(revised).toMatchObject({ documentId: b.documentId, created: false, revision: 2, report: { matched: 2, added: 1, orphaned: 0 } });
    expect(revised.report.separatedFrom).toBeUndefined();
    const again = await repo.saveAnalysis({ key: 'k', ...first });
    expect(again).toMatchObject({ documentId: a.documentId, created: false, revision: 2, report: { matched: 2, added: 0, orphaned: 0 } });
    expect(await repo.listDocuments()).toHaveLength(2);
  });

  it('without items on one side, the text decides: the same text revised merges, another text is kept apart', async () => {
    const empty = (text: string) => ({ text, analysis: analysisOf(text, []) });
    const a = await repo.saveAnalysis({ key: 'k', ...empty('关于做好春季防火工作的通知\n各乡镇、县直各单位：当前正值春季防火关键期。') });
    const same = await repo.saveAnalysis({ key: 'k', ...empty('关于做好春季防火工作的通知\n各乡镇、县直各单位：当前正值春季森林防火关键期。') });
    expect(same).toMatchObject({ documentId: a.documentId, created: false });
    const other = await repo.saveAnalysis({ key: 'k', ...empty('关于开展安全生产大检查的通知\n为深刻汲取事故教训，决定开展大检查。') });
    expect(other).toMatchObject({ created: true, report: { separatedFrom: a.documentId } });
  });

  it('an explicit documentId still merges into that checklist', async () => {
    const a = await repo.saveAnalysis({ key: 'k', ...first });
    const r = await repo.saveAnalysis({ documentId: a.documentId, key: 'k', ...second });
    expect(r).toMatchObject({ documentId: a.documentId, created: false, report: { matched: 0, added: 2, orphaned: 2 } });
  });
});

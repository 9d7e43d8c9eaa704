import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysisOf } from '../checklist/testing';
import { BACKUP_FORMAT, LIMITS } from '../schema/checklist';
import { LuoshiDB } from './database';
import { snapshotTables } from './testing';
import { checklistRepository, ChecklistError, type ChecklistRepository } from './repository';

const text = '一、抓项目\n县发改局要在6月底前完成项目入库，县财政局配合。\n各乡镇要组织开展项目观摩拉练。\n主要有两个问题：一是投资乏力；二是储备不足。\n';
const analysis = analysisOf(
  text,
  [
    { quote: '县发改局要在6月底前完成项目入库', lead: ['县发改局'], coop: ['县财政局'], deadline: { text: '6月底前', due: '2026-06-30' }, section: [{ marker: '一、', title: '抓项目' }] },
    { quote: '各乡镇要组织开展项目观摩拉练', owners: ['各乡镇'] },
  ],
  [{ label: '两个问题', items: [{ title: '投资乏力' }, { title: '储备不足' }] }],
);

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
beforeEach(async () => {
  db = new LuoshiDB(`backup-test-${++n}`);
  repo = checklistRepository(db, { now: () => Date.UTC(2026, 2, 12) });
  const { documentId } = await repo.saveAnalysis({ key: 'k1', text, analysis, title: '推进会讲话' });
  await repo.saveAnalysis({ key: 'k2', text, analysis, title: '第二篇' });
  const items = await repo.listItems({ documentId });
  await repo.setStatus(items[0]!.id, 'in_progress', { date: '2026-03-15' });
  await repo.addNote(items[0]!.id, { text: '已完成选址', date: '2026-03-20', progress: 30 });
  await repo.editItem(items[1]!.id, { owners: ['县委办'] });
  await repo.deleteItem(items[2]!.id);
  await repo.skipItem({ key: 'k1', kind: 'action', anchor: { exact: '各乡镇要组织开展项目观摩拉练', prefix: '', suffix: '', start: 37 }, text: '各乡镇要组织开展项目观摩拉练' });
});
afterEach(async () => {
  await db.delete();
});

/** Every row of every table, for comparing whole databases. */
const snapshot = () => snapshotTables(db);

describe('json backup', () => {
  it('round trip: export → wipe → import gives identical data', async () => {
    const before = await snapshot();
    const json = await repo.exportBackupJson();
    await repo.wipe();
    expect(await db.items.count()).toBe(0);
    expect(await repo.importBackup(json)).toEqual({ documents: 2, items: 8, notes: 1 + 1, sites: null });
    expect(await snapshot()).toEqual(before);
    expect(await repo.exportBackupJson()).toBe(json);
    // The indexes are rebuilt too.
    expect((await repo.searchItems('项目入库')).length).toBe(2);
    expect((await repo.listItems({ owner: '县委办' })).length).toBe(1);
  });

  it('exports a versioned file of everything', async () => {
    const b = await repo.exportBackup();
    expect(b).toMatchObject({ format: BACKUP_FORMAT, version: 4, exportedAt: '2026-03-12T00:00:00.000Z', settings: { warnDays: 3 } });
    expect([b.documents.length, b.items.length, b.notes.length, b.revisions.length, b.skips?.length]).toEqual([2, 8, 2, 2, 1]);
  });

  it('import replaces what was there', async () => {
    const json = await repo.exportBackupJson();
    await repo.saveAnalysis({ key: 'k3', text, analysis });
    await repo.importBackup(json);
    expect(await db.documents.count()).toBe(2);
  });

  describe('bad files write nothing', () => {
    const bad: [string, () => Promise<string>, RegExp][] = [
      ['truncated', async () => (await repo.exportBackupJson()).slice(0, -40), /截断/],
      ['wrong version', async () => (await repo.exportBackupJson()).replace('"version": 4', '"version": 7'), /不支持的备份版本 7/],
      ['prototype key', async () => (await repo.exportBackupJson()).replace('"kind": "note"', '"kind": "note", "__proto__": {"polluted": 1}'), /notes\[\d+\]\.__proto__：含有原型键/],
      ['huge array', async () => `{"format":"${BACKUP_FORMAT}","version":2,"items":[${'{},'.repeat(LIMITS.items)}{}]}`, /items：共 1000001 条，超过上限/],
      ['a data: link', async () => (await repo.exportBackupJson()).replace('"url": null', '"url": "data:text/html,<b>x</b>"'), /documents\[\d+\]\.url：网址只能是 http\(s\) 链接/],
      ['wrong format', async () => JSON.stringify({ format: 'luoshi.analysis/1', version: 1 }), /不是落实备份文件/],
      ['malformed field', async () => (await repo.exportBackupJson()).replace('"status": "in_progress"', '"status": "推进中"'), /items\[\d+\]\.status/],
      ['deeply nested', async () => `${'['.repeat(5000)}${']'.repeat(5000)}`, /嵌套层数/],
      ['empty', async () => '', /JSON/],
    ];
    it.each(bad)('%s', async (_, make, message) => {
      const file = await make();
      const before = await snapshot();
      const error = await repo.importBackup(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChecklistError);
      expect((error as ChecklistError).code).toBe('import');
      expect((error as ChecklistError).message).toMatch(/^备份文件无效，未导入任何数据：/);
      expect((error as ChecklistError).message).toMatch(message);
      expect((error as ChecklistError).issues.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });

    it('a failure half-way through the import rolls everything back', async () => {
      const json = await repo.exportBackupJson();
      const before = await snapshot();
      const spy = vi.spyOn(db.notes, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
      await expect(repo.importBackup(json)).rejects.toThrow('disk full');
      spy.mockRestore();
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an oversized file before reading it', async () => {
      const before = await snapshot();
      const huge = { size: 1024 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
      await expect(repo.importBackupFile(huge)).rejects.toThrow(/文件过大/);
      await repo.importBackupFile(new Blob([await repo.exportBackupJson()]));
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe('two writers at once', () => {
  it('lose nothing: notes, statuses and edits from two connections interleave', async () => {
    const other = checklistRepository(new LuoshiDB(db.name), { now: () => Date.UTC(2026, 2, 13) });
    const items = await repo.listItems({ documentId: (await repo.listDocuments()).find((d) => d.key === 'k1')!.id });
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(repo.addNote(items[0]!.id, { text: `甲${i}`, date: '2026-03-21' }));
      writes.push(other.addNote(items[0]!.id, { text: `乙${i}`, date: '2026-03-21' }));
    }
    writes.push(repo.setStatus(items[1]!.id, 'behind'), other.editItem(items[1]!.id, { text: '改写的事项' }));
    await Promise.all(writes);
    const notes = await repo.listNotes(items[0]!.id);
    expect(notes.filter((x) => x.kind === 'note').map((x) => x.text).sort()).toEqual([...Array.from({ length: 20 }, (_, i) => `甲${i}`), ...Array.from({ length: 20 }, (_, i) => `乙${i}`), '已完成选址'].sort());
    // Both changes to the same item survive: each write reads the item inside its own transaction.
    expect(await repo.getItem(items[1]!.id)).toMatchObject({ status: 'behind', text: '改写的事项' });
    other.env.db.close();
  });

  it('two saves of the same draft at once give one checklist, not two', async () => {
    const other = checklistRepository(new LuoshiDB(db.name));
    const [a, b] = await Promise.all([repo.saveAnalysis({ key: 'same', text, analysis }), other.saveAnalysis({ key: 'same', text, analysis })]);
    expect(a.documentId).toBe(b.documentId);
    expect(await repo.listItems({ documentId: a.documentId })).toHaveLength(4);
    expect(new Set([a.revision, b.revision])).toEqual(new Set([1, 2]));
    other.env.db.close();
  });
});

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { itemRecordSchema, noteRecordSchema, documentRecordSchema } from '../schema/checklist';
import { assertExtensionOrigin, DB_VERSION, getDatabase, LuoshiDB, STORES } from './database';
import { checklistRepository } from './repository';
import { V1_STORES, type V1Document, type V1Item } from './migrations/v1';
import { upgradeItem } from './migrations/v1-to-v2';
import { V2_STORES } from './migrations/v2';
import { V3_STORES } from './migrations/v3';
import { V4_STORES } from './migrations/v4';
import { V6_STORES } from './migrations/v6';
import { V5_STORES } from './migrations/v5';
import { adoptRetiredSettings, RETIRED_SETTINGS_ID } from './migrations/v4-to-v5';
import { memoryStorage } from '../settings/testing';
import { settingsItem } from '../settings/storage-items';
import { DEFAULT_USER_SETTINGS } from '../schema/settings';
import { rescueExport } from './rescue';
import { analysisOf } from '../checklist/testing';
import { termsOf } from '../checklist/search-terms';

const fixture = JSON.parse(readFileSync(new URL('../../tests/fixtures/db/v1.json', import.meta.url), 'utf8')) as { documents: V1Document[]; items: V1Item[] };
let name = '';
afterEach(async () => {
  if (name) await Dexie.delete(name);
});

async function writeV1(dbName: string, data: typeof fixture) {
  const v1 = new Dexie(dbName);
  v1.version(1).stores(V1_STORES);
  await v1.table('documents').bulkAdd(data.documents);
  await v1.table('items').bulkAdd(data.items);
  v1.close();
}

describe('LuoshiDB', () => {
  it('opens at the current version with the declared indexes, without the retired settings table', async () => {
    name = 'test-open';
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.skips.schema.indexes.map((i) => i.name)).toEqual(['key']);
    expect(db.revisions.schema.indexes.map((i) => i.name)).toContain('[documentId+revision]');
    expect(db.items.schema.indexes.map((i) => i.src).sort()).toEqual(STORES.items.split(', ').slice(1).sort());
    expect(db.itemKeys.schema.indexes.map((i) => i.src).sort()).toEqual(STORES.itemKeys.split(', ').slice(1).sort());
    expect(db.itemKeys.schema.indexes.find((i) => i.name === 'owners')?.multi).toBe(true);
    expect(db.terms.schema.indexes.find((i) => i.name === 'terms')?.multi).toBe(true);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES).sort());
    db.close();
  });

  it('refuses to open in a web page origin (a content script)', () => {
    expect(() => assertExtensionOrigin({ protocol: 'https:' })).toThrow(/content script/);
    expect(() => assertExtensionOrigin({ protocol: 'http:' })).toThrow(/content script/);
    expect(() => new LuoshiDB('x', undefined, { protocol: 'https:' })).toThrow(/content script/);
    expect(() => assertExtensionOrigin({ protocol: 'chrome-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin({ protocol: 'moz-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin(undefined)).not.toThrow();
  });

  it('gives one shared instance per context', () => {
    expect(getDatabase()).toBe(getDatabase());
    expect(getDatabase().name).toBe('LuoshiDB');
  });
});

describe('upgrade from version 1', () => {
  it('migrates every v1 row: statuses, owners, anchors with context, notes, settings', async () => {
    name = 'test-upgrade';
    await writeV1(name, fixture);
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const docs = await db.documents.orderBy('id').toArray();
    expect(docs.map((d) => documentRecordSchema.parse(d))).toHaveLength(2);
    expect(docs[0]).toMatchObject({ id: 'd1', key: 'https://oa.example.gov.cn/doc/1', site: 'oa.example.gov.cn', referenceDate: '2026-01-01', revision: 1, createdAt: 1767225600000 });
    expect(docs[1]).toMatchObject({ id: 'd2', key: 'd2', url: null, site: null });

    const items = await db.items.orderBy('id').toArray();
    items.forEach((i) => itemRecordSchema.parse(i));
    const [i1, i2, i3, i4] = items;
    expect(i1).toMatchObject({ status: 'in_progress', owners: ['各乡镇'], order: 0, orphaned: 0, edited: [], deadline: null });
    expect(i1!.anchor).toEqual({ exact: '各乡镇要组织开展项目观摩拉练', prefix: '在全县重点项目建设推进会上的讲话\n同志们：\n一、抓项目\n'.slice(-32), suffix: '，比学赶超。\n县发改局要在6月底前完成项目入库，县财政局配合。\n二、抓'.slice(0, 32), start: fixture.documents[0]!.text.indexOf('各乡镇要组织') });
    expect(i2).toMatchObject({ status: 'in_progress', owners: ['县发改局', '县财政局'], due: '2026-06-30', deadline: { text: '6月底前', due: '2026-06-30', type: 'absolute' } });
    expect(i2!.anchor.start).toBe(fixture.documents[0]!.text.indexOf('县发改局要在'));
    expect(i3).toMatchObject({ status: 'not_started', owners: [], deadline: { text: '长期坚持', due: null, type: 'relative' } });
    expect(i4).toMatchObject({ status: 'closed', documentId: 'd2', order: 0 });
    expect((await db.terms.get('i2'))!.terms).toContain('入库');

    const notes = await db.notes.orderBy('id').toArray();
    notes.forEach((n) => noteRecordSchema.parse(n));
    expect(notes.map((n) => [n.itemId, n.text])).toEqual([
      ['i1', '3月已组织一次观摩'],
      ['i3', '原状态：差不多了'],
      ['i4', '已于1月5日完成排查，整改报告存档'],
    ]);
    // v1 had no settings: its upgrade wrote the default, which version 5 drops with the table (nothing to move).
    expect(db.tables.map((t) => t.name)).not.toContain('settings');
    expect(await db.quarantine.count()).toBe(0);
    // The new indexes work on migrated rows.
    expect(await db.itemKeys.where('owners').equals('县财政局').primaryKeys()).toEqual(['i2']);
    expect(await db.terms.where('terms').equals('隐患').primaryKeys()).toEqual(['i4']);
    db.close();
  });

  it('keeps a v1 row over the old 20,000-character limits whole', async () => {
    name = 'test-upgrade-long';
    const long = { documents: fixture.documents, items: [...fixture.items, { ...fixture.items[0]!, id: 'long', text: '长'.repeat(30_000), note: '进'.repeat(50_000) }] };
    await writeV1(name, long);
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect((await db.items.get('long'))!.text).toBe('长'.repeat(30_000));
    expect((await db.notes.get('long~v1note'))!.text).toBe('进'.repeat(50_000));
    db.close();
  });

  it('opens a v1 database with oversized rows at the current version, nothing lost: cut copies, originals in quarantine', async () => {
    name = 'test-upgrade-oversized';
    const [d1, d2] = fixture.documents;
    const [i1, i2, ...rest] = fixture.items;
    const hugeText = `${d1!.text}${'。'.repeat(2_000_100 - d1!.text.length)}`;
    const docs = [{ ...d1!, text: hugeText, title: '题'.repeat(3000) }, { ...d2!, url: 'file:///C:/公文/通知.html' }];
    const longUnit = `县${'某'.repeat(1500)}局`;
    const items = [{ ...i1!, text: '长'.repeat(2_000_010), note: '进'.repeat(150_000) }, { ...i2!, owners: `${longUnit}、县财政局` }, ...rest];
    await writeV1(name, { documents: docs, items });
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    // Every stored row fits today's schema (so it saves, exports and restores).
    for (const d of await db.documents.toArray()) documentRecordSchema.parse(d);
    for (const i of await db.items.toArray()) itemRecordSchema.parse(i);
    for (const n of await db.notes.toArray()) noteRecordSchema.parse(n);
    expect(await db.items.count()).toBe(items.length);
    expect((await db.documents.get('d1'))!.text).toBe(hugeText.slice(0, 2_000_000));
    expect((await db.documents.get('d2'))!).toMatchObject({ url: null, key: 'file:///C:/公文/通知.html' });
    expect((await db.items.get('i1'))!.text).toBe('长'.repeat(2_000_000));
    expect((await db.items.get('i2'))!.owners).toEqual([longUnit.slice(0, 1000), '县财政局']);
    expect((await db.notes.get('i1~v1note'))!.text).toBe('进'.repeat(100_000));
    // The originals, whole.
    const kept = await db.quarantine.orderBy('id').toArray();
    expect(kept.map((k) => [k.id, k.cut])).toEqual([
      ['documents/d1', ['title', 'text']],
      ['items/i1', ['text', 'draft.text']],
      ['items/i2', ['owners[0]', 'draft.owners[0]']],
      ['notes/i1~v1note', ['text']],
    ]);
    expect(kept[0]!.original).toEqual(docs[0]);
    expect(kept[1]!.original).toEqual(items[0]);
    expect(kept[2]!.original).toEqual(items[1]);
    expect(kept[3]!.original).toEqual({ itemId: 'i1', text: '进'.repeat(150_000) });
    // A backup carries them, and restores them into an empty database.
    const json = await checklistRepository(db).exportBackupJson();
    const other = new LuoshiDB(`${name}-restored`);
    await checklistRepository(other).importBackup(json);
    expect(await other.quarantine.orderBy('id').toArray()).toEqual(kept);
    await other.delete();
    db.close();
  }, 60_000);

  it('leaves the v1 data untouched when a row cannot be migrated at all', async () => {
    name = 'test-upgrade-bad';
    const bad = { documents: fixture.documents, items: [...fixture.items, { ...fixture.items[0]!, id: 'x'.repeat(80) }] };
    await writeV1(name, bad);
    const db = new LuoshiDB(name);
    await expect(db.open()).rejects.toThrow(/Too big|超过|64/);
    db.close();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(await v1.table('items').count()).toBe(5);
    expect((await v1.table('items').get('i1')).status).toBe('推进中');
    v1.close();
  });

  it('upgradeItem falls back to search, and to the hint when the quote is gone', () => {
    const it1 = fixture.items[0]!;
    expect(upgradeItem({ ...it1, position: 9999 }, fixture.documents[0]!.text, 0).item.anchor.start).toBe(fixture.documents[0]!.text.indexOf('各乡镇要组织'));
    expect(upgradeItem({ ...it1, quote: '已删去的句子', position: 7 }, fixture.documents[0]!.text, 0).item.anchor).toEqual({ exact: '已删去的句子', prefix: '', suffix: '', start: 7 });
  });
});

describe('upgrade from version 2', () => {
  const doc = { id: 'd1', key: 'k', title: '讲话', url: null, site: null, editor: null, referenceDate: '2026-03-01', text: '县发改局要完成项目入库。', createdAt: 1, updatedAt: 2, revision: 2 };
  const rev = (n: number) => ({ id: `r${n}`, documentId: 'd1', revision: n, savedAt: n * 1000, textLength: 12, report: { matched: n - 1, changed: 0, added: n === 1 ? 1 : 0, orphaned: 0, keptEdits: 0 } });

  async function writeV2(dbName: string, revisions: object[]) {
    const v2 = new Dexie(dbName);
    v2.version(2).stores(V2_STORES);
    await v2.table('documents').add(doc);
    await v2.table('revisions').bulkAdd(revisions);
    v2.close();
  }

  it('keeps every revision, marks their item-by-item changes unknown, and indexes them by document and number', async () => {
    name = 'test-upgrade-v2';
    await writeV2(name, [rev(1), rev(2)]);
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const revisions = await db.revisions.where('[documentId+revision]').between(['d1', 0], ['d1', Infinity]).toArray();
    expect(revisions.map((r) => [r.id, r.revision, r.changes, r.report.added])).toEqual([
      ['r1', 1, null, 1],
      ['r2', 2, null, 0],
    ]);
    expect(await db.documents.get('d1')).toEqual(doc);
    db.close();
  });

  it('leaves the v2 data untouched when a revision cannot be migrated', async () => {
    name = 'test-upgrade-v2-bad';
    await writeV2(name, [rev(1), { ...rev(2), revision: -1 }]);
    const db = new LuoshiDB(name);
    await expect(db.open()).rejects.toThrow(/revision|Too small|>=/);
    db.close();
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.table('revisions').count()).toBe(2);
    v2.close();
  });
});

describe('a failed upgrade', () => {
  it('leaves the data readable for a rescue export', async () => {
    name = 'test-rescue';
    const bad = { documents: fixture.documents, items: [...fixture.items, { ...fixture.items[0]!, id: 'y'.repeat(80) }] };
    await writeV1(name, bad);
    const db = new LuoshiDB(name);
    await expect(db.open()).rejects.toThrow(/Too big|64/);
    db.close();
    const file = JSON.parse(await rescueExport(name, Date.UTC(2026, 2, 12))) as { format: string; databaseVersion: number; tables: Record<string, unknown[]> };
    expect(file).toMatchObject({ format: 'luoshi.rescue', databaseVersion: 1, exportedAt: '2026-03-12T00:00:00.000Z' });
    expect(file.tables.documents).toEqual(bad.documents);
    expect(file.tables.items).toHaveLength(bad.items.length);
  });

  it('a version-3 database opens at the current version with an empty quarantine and its rows as they were', async () => {
    name = 'test-upgrade-v3';
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    const doc = { id: 'd1', key: 'k', title: '讲话', url: null, site: null, editor: null, referenceDate: '2026-03-01', text: '县发改局要完成项目入库。', createdAt: 1, updatedAt: 2, revision: 1 };
    await v3.table('documents').add(doc);
    v3.close();
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.documents.toArray()).toEqual([doc]);
    db.close();
  });

  it('a version-5 database opens at the current version with an empty skips table, every row as it was and readable by the repository', async () => {
    name = 'test-upgrade-v5';
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    const repoText = '县发改局要完成项目入库。各乡镇要组织观摩。';
    const doc = { id: 'd1', key: 'oa:7', title: '讲话', url: null, site: null, editor: null, referenceDate: '2026-03-01', text: repoText, createdAt: 1, updatedAt: 2, revision: 1 };
    const item = itemRecordSchema.parse({
      id: 'i1', documentId: 'd1', kind: 'action', text: '县发改局要完成项目入库', detail: '', group: null, section: [], owners: ['县发改局'], lead: [], coop: [],
      deadline: { text: '每月25日前', due: '2026-03-25', type: 'absolute', recurrence: { unit: 'month', day: 25 } }, due: '2026-03-25', status: 'in_progress', progress: 20,
      anchor: { exact: '县发改局要完成项目入库', prefix: '', suffix: '。各乡镇要组织观摩。', start: 0 }, order: 0, orphaned: 0, pinned: 0, deletedAt: null, edited: ['owners'],
      draft: { text: '县发改局要完成项目入库', owners: [], lead: [], coop: [], deadline: null }, createdAt: 1, updatedAt: 2,
    });
    const kept = { id: 'q1', table: 'items', rowId: 'i0', original: { id: 'i0', text: 'x'.repeat(30) }, cut: ['text'], at: 1 };
    await v5.table('documents').add(doc);
    await v5.table('items').add(item);
    await v5.table('quarantine').add(kept);
    v5.close();
    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.skips.count()).toBe(0);
    expect(await db.documents.toArray()).toEqual([doc]);
    expect(await db.items.toArray()).toEqual([item]);
    expect(await db.quarantine.toArray()).toEqual([kept]);
    const repo = checklistRepository(db);
    expect((await repo.listItems({ documentId: 'd1' })).map((i) => i.id)).toEqual(['i1']);
    db.close();
  });
});

describe('upgrade from version 4: the settings table retired', () => {
  const doc = { id: 'd1', key: 'k', title: '讲话', url: null, site: null, editor: null, referenceDate: '2026-03-01', text: '县发改局要完成项目入库。', createdAt: 1, updatedAt: 2, revision: 1 };

  /** A version-4 database as the previous release left it, with `warnDays` in its settings table. */
  async function openV4(dbName: string, settings: unknown): Promise<LuoshiDB> {
    const v4 = new Dexie(dbName);
    v4.version(4).stores(V4_STORES);
    await v4.table('documents').add(doc);
    if (settings !== undefined) await v4.table('settings').put(settings);
    v4.close();
    const db = new LuoshiDB(dbName);
    await db.open();
    return db;
  }

  it('moves a blue-light window only the table held into the settings on the first run, and drops the table', async () => {
    name = 'test-upgrade-v4';
    const db = await openV4(name, { key: 'settings', value: { warnDays: 9 } });
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('settings');
    expect(await db.documents.toArray()).toEqual([doc]);
    // Waiting, durable, between the upgrade and the first run; not counted as a cut row.
    expect((await db.quarantine.get(RETIRED_SETTINGS_ID))?.original).toEqual({ key: 'settings', value: { warnDays: 9 } });
    expect(await checklistRepository(db).quarantineCount()).toBe(0);
    const { storage } = memoryStorage({ [settingsItem.key]: { locale: 'en' } });
    expect(await adoptRetiredSettings(db, storage)).toBe('adopted');
    const settings = await settingsItem.get(storage);
    expect(settings.reminders.warnDays).toBe(9);
    expect(settings.locale).toBe('en');
    expect(await db.quarantine.count()).toBe(0);
    expect(await adoptRetiredSettings(db, storage)).toBe('none');
    db.close();
  });

  it('keeps the settings’ own window when they have one (the table was its mirror)', async () => {
    name = 'test-upgrade-v4-own';
    const db = await openV4(name, { key: 'settings', value: { warnDays: 9 } });
    const { storage } = memoryStorage({ [settingsItem.key]: { ...DEFAULT_USER_SETTINGS, reminders: { ...DEFAULT_USER_SETTINGS.reminders, warnDays: 5 } } });
    expect(await adoptRetiredSettings(db, storage)).toBe('kept-settings');
    expect((await settingsItem.get(storage)).reminders.warnDays).toBe(5);
    expect(await db.quarantine.count()).toBe(0);
    db.close();
  });

  it('stores a window over the settings’ range at their maximum and keeps the original as a cut row', async () => {
    name = 'test-upgrade-v4-long';
    const db = await openV4(name, { key: 'settings', value: { warnDays: 90 } });
    const { storage } = memoryStorage();
    expect(await adoptRetiredSettings(db, storage)).toBe('adopted-cut');
    expect((await settingsItem.get(storage)).reminders.warnDays).toBe(60);
    expect(await db.quarantine.get(RETIRED_SETTINGS_ID)).toMatchObject({ table: 'settings', cut: ['value.warnDays'], original: { key: 'settings', value: { warnDays: 90 } } });
    expect(await checklistRepository(db).quarantineCount()).toBe(1);
    expect(await adoptRetiredSettings(db, storage)).toBe('none');
    db.close();
  });

  it('has nothing to move for a default window or no row, and keeps an unreadable row as it is', async () => {
    name = 'test-upgrade-v4-default';
    const db = await openV4(name, { key: 'settings', value: { warnDays: 3 } });
    expect(await db.quarantine.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
    const none = await openV4(name, undefined);
    expect(await none.quarantine.count()).toBe(0);
    none.close();
    await Dexie.delete(name);
    const odd = await openV4(name, { key: 'settings', value: { warnDays: 'soon' } });
    const { storage, data } = memoryStorage();
    expect(await adoptRetiredSettings(odd, storage)).toBe('unreadable');
    expect(data).toEqual({});
    expect(await odd.quarantine.get(RETIRED_SETTINGS_ID)).toMatchObject({ cut: ['value'], original: { key: 'settings', value: { warnDays: 'soon' } } });
    odd.close();
  });
});

describe('upgrade from version 6: sections as {marker, title}', () => {
  it('splits each stored heading string into marker and title, losing nothing, and keeps search working', async () => {
    name = 'test-upgrade-v6';
    // A v6 database as the previous release wrote it: a saved item (made here), its section one string per heading.
    const source = new LuoshiDB(`${name}-source`);
    const repo = checklistRepository(source, { now: () => Date.UTC(2026, 2, 12) });
    const text = '一、抓项目\n（一）强化调度\n县发改局要在6月底前完成项目入库。';
    const { documentId } = await repo.saveAnalysis({ key: 'k', text, analysis: analysisOf(text, [{ quote: '县发改局要在6月底前完成项目入库', owners: ['县发改局'] }]) });
    const [saved] = await repo.listItems({ documentId });
    const doc = await repo.getDocument(documentId);
    await source.delete();
    const old = ['一、抓项目', '（一）强化调度', '智慧医院建设'];
    const v6 = new Dexie(name);
    v6.version(6).stores(V6_STORES);
    await v6.table('documents').add(doc);
    await v6.table('items').bulkAdd([{ ...saved!, section: old }, { ...saved!, id: 'top', section: [] }]);
    // The old search terms came from the strings: the same characters as marker + title.
    await v6.table('terms').add({ id: saved!.id, terms: termsOf({ ...saved!, section: old.map((h) => ({ marker: '', title: h })) }) });
    v6.close();

    const db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const item = await db.items.get(saved!.id);
    expect(item!.section).toEqual([
      { marker: '一、', title: '抓项目' },
      { marker: '（一）', title: '强化调度' },
      { marker: '', title: '智慧医院建设' },
    ]);
    expect(item!.section.map((s) => s.marker + s.title)).toEqual(old);
    expect({ ...item, section: undefined }).toEqual({ ...saved, section: undefined });
    expect((await db.items.get('top'))!.section).toEqual([]);
    expect((await checklistRepository(db).searchItems('强化调度')).map((i) => i.id)).toEqual([saved!.id]);
    db.close();
  });
});

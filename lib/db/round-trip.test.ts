import 'fake-indexeddb/auto';
import { array, assert as check, asyncProperty, constantFrom, oneof, string } from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../checklist/backup';
import { analysisOf } from '../checklist/testing';
import { LIMITS, type Preferences } from '../schema/checklist';
import { DEFAULT_USER_SETTINGS } from '../schema/settings';
import { enabledSitesItem, settingsItem, supervisionRegisterItem, type ExtensionStorage } from '../settings/storage-items';
import { supervisionNumbers } from '../settings/supervision-numbers';
import { preferencesStore } from '../settings/preferences';
import { LuoshiDB } from './database';
import { snapshotTables } from './testing';
import { checklistRepository, ChecklistError, type ChecklistRepository } from './repository';

/** Every kind of character a draft, a note or a title may hold: markup-like text, controls, form feeds, surrogates. */
const CHARACTERS = [
  '第一页\f第二页\v第三页',
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085',
  '<img src="https://x.example/a.png" onerror=alert(1)>',
  '<script>alert("x")</script></textarea>',
  'online = 3; javascript:void(0); vbscript:x; data:text/html,<b>',
  '=SUM(A1)+1 @cmd -1 +2',
  '"引号" \\反斜杠\\ \'单引号\' `反引号` ${x} {{y}}',
  '\u2028\u2029\ufeff\u200b\u200d\u00a0\u3000',
  '𠀀𠀁 😀👍🏽 \ud800 \udc00 孤立代理项',
  'עברית العربية Ελληνικά',
  '__proto__ constructor prototype',
].join('\n');

const dbs: LuoshiDB[] = [];
let n = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A fake browser.storage.local. */
function fakeStorage(initial: Record<string, unknown> = {}): ExtensionStorage & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    local: {
      get: async (key: string) => (Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    },
  };
}

function open(storage = fakeStorage()): ChecklistRepository {
  const db = new LuoshiDB(`round-trip-${++n}`);
  dbs.push(db);
  let id = 0;
  return checklistRepository(db, { now: () => Date.UTC(2026, 2, 12), newId: () => `id-${n}-${++id}`, preferences: preferencesStore(storage) });
}

const snapshot = (repo: ChecklistRepository) => snapshotTables(repo.env.db);

/** A draft of exactly `length` characters holding CHARACTERS, one action of `actionLength` and a problem list. */
function bigDraft(length: number, actionLength: number) {
  const action = `县发改局要${'推进项目建设'.repeat(Math.ceil(actionLength / 6))}`.slice(0, actionLength);
  const head = `${CHARACTERS}\n主要有两个问题：一是投资乏力；二是<b>储备</b>不足。\n`;
  const body = `${head}${action}\n`;
  const text = body + '。'.repeat(length - body.length);
  return {
    text,
    analysis: analysisOf(text, [{ quote: action, owners: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30' } }], [{ label: '两个问题', items: [{ title: '投资乏力' }, { title: '<b>储备</b>不足' }] }]),
  };
}

describe('export → restore into an empty database', () => {
  it('gives every draft, item, note and setting back byte-identical, at every size and character the app accepts', async () => {
    const storage = fakeStorage({
      [settingsItem.key]: { ...DEFAULT_USER_SETTINGS, reminders: { ...DEFAULT_USER_SETTINGS.reminders, warnDays: 7, time: '17:30' }, lexicon: { owners: ['县委督查室'], directives: ['抓落实'], boilerplate: ['内部资料'] } },
      [enabledSitesItem.key]: ['https://oa.example.gov.cn', '*.zw.gov.cn'],
    });
    const repo = open(storage);
    // The largest document the app takes, with an action far over the old 20,000-character limit.
    const largest = bigDraft(LIMITS.draftChars, 60_000);
    const saved = await repo.saveAnalysis({ key: 'https://oa.example.gov.cn/#/doc/edit?id=101#quill-1', title: CHARACTERS, url: 'https://oa.example.gov.cn/#/doc/edit?id=101', site: 'oa.example.gov.cn', editor: 'quill', ...largest });
    const small = bigDraft(5000, 300);
    await repo.saveAnalysis({ key: 'paste:讲话#abc', title: '讲话', url: null, editor: 'paste', ...small });
    const items = await repo.listItems({ documentId: saved.documentId });
    expect(items.map((i) => i.text.length).sort((a, b) => a - b)).toEqual([4, 11, 60_000]);
    // Notes at the limit, with every kind of character; a status change with its evidence; a hand edit.
    await repo.addNote(items[0]!.id, { text: `${CHARACTERS}${'进'.repeat(LIMITS.noteChars - CHARACTERS.length)}`, date: '2026-03-20', progress: 40 });
    await repo.setStatus(items[1]!.id, 'closed', { date: '2026-03-21', note: CHARACTERS });
    await repo.editItem(items[2]!.id, { text: CHARACTERS, owners: ['<b>县住建局</b>'] });

    const json = await repo.exportBackupJson();
    expect(parseBackup(json).ok).toBe(true);
    const before = await snapshot(repo);

    const fresh = fakeStorage();
    const empty = open(fresh);
    expect(await empty.importBackup(json)).toEqual({ documents: 2, items: 6, notes: 2, sites: ['https://oa.example.gov.cn', '*.zw.gov.cn'] });
    expect(await snapshot(empty)).toEqual(before);
    expect(await empty.exportBackupJson()).toBe(json);
    // The settings, reminder time, lexicon and enabled sites came back too.
    expect(fresh.data).toEqual(storage.data);
    expect((await empty.getDocument(saved.documentId))!.text).toBe(largest.text);
  }, 120_000);

  it('restores a version-1 file (no preferences, its settings table’s warnDays): the window becomes the setting the app reads', async () => {
    const repo = open();
    await repo.saveAnalysis({ key: 'k', ...bigDraft(3000, 100) });
    const exported = JSON.parse(await checklistRepository(repo.env.db).exportBackupJson()) as Record<string, unknown>;
    expect(exported.preferences).toBeUndefined();
    // As version 1 wrote it: the checklist's settings row, nothing else of the user's.
    const v1 = { ...exported, settings: { warnDays: 9 } };
    const storage = fakeStorage({ [settingsItem.key]: { ...DEFAULT_USER_SETTINGS, locale: 'en' }, [enabledSitesItem.key]: ['https://a.example'] });
    const other = open(storage);
    expect((await other.importBackup(JSON.stringify({ ...v1, version: 1 }))).sites).toBeNull();
    const prefs = (await preferencesStore(storage).read()) satisfies Preferences;
    expect(prefs).toEqual({ settings: { ...DEFAULT_USER_SETTINGS, locale: 'en', reminders: { ...DEFAULT_USER_SETTINGS.reminders, warnDays: 9 } }, enabledSites: ['https://a.example'] });
    expect(await other.getSettings()).toEqual({ warnDays: 9 });
    // The settings' range holds: a longer window (the table allowed 365 days) is restored at 60.
    await other.importBackup(JSON.stringify({ ...v1, version: 1, settings: { warnDays: 120 } }));
    expect(await other.getSettings()).toEqual({ warnDays: 60 });
  });

  it('a version-2 file restores the blue-light window from its preferences, and repeats it in `settings` for older readers', async () => {
    const storage = fakeStorage({ [settingsItem.key]: { ...DEFAULT_USER_SETTINGS, reminders: { ...DEFAULT_USER_SETTINGS.reminders, warnDays: 12 } } });
    const repo = open(storage);
    const json = await repo.exportBackupJson();
    expect(JSON.parse(json)).toMatchObject({ version: 4, settings: { warnDays: 12 }, preferences: { settings: { reminders: { warnDays: 12 } } } });
    const fresh = fakeStorage();
    const other = open(fresh);
    await other.importBackup(json);
    expect(await other.getSettings()).toEqual({ warnDays: 12 });
    expect((await preferencesStore(fresh).read()).settings.reminders.warnDays).toBe(12);
  });
});

describe('the 督办编号 register in the backup', () => {
  const P = '督〔{year}〕{n}号';

  it('exports the register and restores it into a new browser, so a reprint keeps its number and the next one continues', async () => {
    const storage = fakeStorage();
    const repo = open(storage);
    await repo.saveAnalysis({ key: 'k', ...bigDraft(3000, 100) });
    const ids = (await repo.listItems()).map((i) => i.id);
    const issued = await supervisionNumbers(storage).issue([{ owner: '县发改局', itemIds: ids.slice(0, 1) }, { owner: '县财政局', itemIds: ids.slice(1) }], P, '2027-03-01');
    await supervisionNumbers(storage).setNext(2027, 12);
    const json = await repo.exportBackupJson();
    expect(JSON.parse(json).preferences.supervisionRegister).toEqual({ next: { 2027: 12 }, issued });
    const preview = await repo.checkBackupFile(new Blob([json]));
    expect(preview.numbers).toBe(2);

    const fresh = fakeStorage();
    await open(fresh).restoreBackup(preview.backup);
    expect(fresh.data[supervisionRegisterItem.key]).toEqual(storage.data[supervisionRegisterItem.key]);
    const numbers = supervisionNumbers(fresh);
    expect((await numbers.issue([{ owner: '县财政局', itemIds: ids.slice(1) }], P, '2027-06-01'))[0]).toEqual(issued[1]);
    expect((await numbers.issue([{ owner: '县民政局', itemIds: ids.slice(0, 1) }], P, '2027-06-01'))[0]!.number).toBe('督〔2027〕12号');
  });

  it('an older backup restored here keeps the numbers issued since; a backup without a register leaves it as it is', async () => {
    const storage = fakeStorage();
    const repo = open(storage);
    await repo.saveAnalysis({ key: 'k', ...bigDraft(3000, 100) });
    await supervisionNumbers(storage).issue([{ owner: '县发改局', itemIds: ['a'] }], P, '2027-03-01');
    const older = await repo.exportBackupJson();
    await supervisionNumbers(storage).issue([{ owner: '县财政局', itemIds: ['b'] }], P, '2027-04-01');
    await repo.importBackup(older);
    const after = await supervisionNumbers(storage).read();
    expect(after.issued.map((s) => s.number)).toEqual(['督〔2027〕1号', '督〔2027〕2号']);
    expect(after.next).toEqual({ 2027: 3 });

    // A backup made before the register was carried (no `supervisionRegister` in its preferences) still restores.
    const old = JSON.parse(older) as { preferences: Record<string, unknown> };
    delete old.preferences.supervisionRegister;
    const summary = await repo.importBackup(JSON.stringify(old));
    expect(summary.items).toBeGreaterThan(0);
    expect((await repo.checkBackupFile(new Blob([JSON.stringify(old)]))).numbers).toBeNull();
    expect(await supervisionNumbers(storage).read()).toEqual(after);
    // And with no number ever given, a backup carries no register.
    expect(JSON.parse(await open(fakeStorage()).exportBackupJson()).preferences).not.toHaveProperty('supervisionRegister');
  });

  it('a backup with a bad register is refused before anything is written', async () => {
    const storage = fakeStorage();
    const repo = open(storage);
    await repo.saveAnalysis({ key: 'k', ...bigDraft(3000, 100) });
    await supervisionNumbers(storage).issue([{ owner: '县发改局', itemIds: ['a'] }], P, '2027-03-01');
    const bad = JSON.parse(await repo.exportBackupJson()) as { preferences: { supervisionRegister: { next: Record<string, unknown> } } };
    bad.preferences.supervisionRegister.next['2027'] = -1;
    const target = fakeStorage();
    const other = open(target);
    await expect(other.checkBackupFile(new Blob([JSON.stringify(bad)]))).rejects.toThrow(/preferences\.supervisionRegister\.next\.2027/);
    expect(target.data).toEqual({});
  });
});

describe('whatever a person types restores', () => {
  it('random text in titles, drafts, notes, hand edits and unit names: export → import into an empty database → the same file', async () => {
    // Any UTF-16 code unit, lone surrogates and controls included, with markup-like and formula-like pieces mixed in.
    const piece = oneof(string({ unit: 'binary', maxLength: 40 }), constantFrom('<img src=x>', '\f', '\v', 'online =', 'javascript:void(0)', '=1+1', '\u0000', '__proto__'));
    const text = array(piece, { maxLength: 6 }).map((p) => p.join(''));
    await check(
      asyncProperty(text, text, text, text, async (title, body, note, unit) => {
        const repo = open();
        const action = `县发改局要${body}完成项目入库`;
        const draft = `${title}\n${action}。\n`;
        const { documentId } = await repo.saveAnalysis({ key: `k${title}`, title: title || null, text: draft, analysis: analysisOf(draft, [{ quote: action, owners: ['县发改局'] }]) });
        const [item] = await repo.listItems({ documentId });
        if (note.trim()) await repo.addNote(item!.id, { text: note });
        if (unit.trim()) await repo.editItem(item!.id, { owners: [unit], text: `${body}x` });
        const json = await repo.exportBackupJson();
        const other = open();
        await other.importBackup(json);
        expect(await other.exportBackupJson()).toBe(json);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('every write is checked against the record schema', () => {
  const refused = async (write: Promise<unknown>, message: RegExp) => {
    const error = await write.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecklistError);
    expect((error as ChecklistError).message).toMatch(message);
  };

  it('refuses what a restore would refuse, with a message, and writes nothing', async () => {
    const repo = open();
    const { documentId } = await repo.saveAnalysis({ key: 'k', ...bigDraft(3000, 100) });
    const [item] = await repo.listItems({ documentId });
    const before = await snapshot(repo);
    await refused(repo.saveAnalysis({ key: 'k2', ...bigDraft(LIMITS.draftChars + 1, 100) }), /^文稿过长（2,000,001 字符），督办台账最多保存 2,000,000 字符的文稿/);
    await refused(repo.addNote(item!.id, { text: '进'.repeat(LIMITS.noteChars + 1) }), /^无法保存进展情况：notes\.text：进展情况超过 100000 字/);
    await refused(repo.setStatus(item!.id, 'closed', { note: '证'.repeat(LIMITS.noteChars) }), /^无法保存进展情况：notes\.text/);
    await refused(repo.editItem(item!.id, { owners: ['局'.repeat(LIMITS.nameChars + 1)] }), /^无法保存事项：items\.owners\[0\]：单位名称超过 1000 字符/);
    await refused(repo.env.db.documents.put({ ...before.documents[0]!, url: 'file:///etc/passwd' }), /^无法保存文稿：documents\.url：网址只能是 http\(s\) 链接/);
    await refused(repo.env.db.items.update(item!.id, { status: 'finished' as never }), /^无法保存事项：items\.status/);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('keeps http(s) page links and drops any other when saving, and cuts an overlong title', async () => {
    const repo = open();
    const draft = bigDraft(3000, 100);
    const a = await repo.saveAnalysis({ key: 'a', url: 'https://oa.example.gov.cn/#/doc/edit?id=101', ...draft });
    const b = await repo.saveAnalysis({ key: 'b', url: 'file:///C:/讲话.html', title: '题'.repeat(5000), ...draft });
    expect((await repo.getDocument(a.documentId))!.url).toBe('https://oa.example.gov.cn/#/doc/edit?id=101');
    const doc = (await repo.getDocument(b.documentId))!;
    expect(doc.url).toBeNull();
    expect(doc.title).toBe(`${'题'.repeat(LIMITS.titleChars - 1)}…`);
  });
});

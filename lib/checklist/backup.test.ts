import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, LIMITS, type Backup } from '../schema/checklist';
import { DEFAULT_USER_SETTINGS } from '../schema/settings';
import { backupToJson, describeIssues, formatPath, jsonDepth, MAX_BACKUP_CHARS, parseBackup } from './backup';
import { draftItems } from './draft-items';
import { mergeDraft } from './merge';
import { analysisOf } from './testing';

const text = '县发改局要在6月底前完成项目入库。';
const item = mergeDraft([], draftItems(text, analysisOf(text, [{ quote: '县发改局要在6月底前完成项目入库', owners: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30' } }])), { documentId: 'd1', now: 5, newId: () => 'i1' }).put[0]!;

const validBackup = (): Backup => structuredClone({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: '2026-03-12T00:00:00.000Z',
  settings: { warnDays: 3 },
  documents: [{ id: 'd1', key: 'k', title: '讲话', url: null, site: null, editor: null, referenceDate: '2026-03-12', text, createdAt: 1, updatedAt: 2, revision: 1 }],
  items: [item],
  notes: [{ id: 'n1', itemId: 'i1', documentId: 'd1', date: '2026-03-20', text: '已上报', kind: 'note', progress: 30, createdAt: 3 }],
  revisions: [{ id: 'r1', documentId: 'd1', revision: 1, savedAt: 1, textLength: text.length, report: { matched: 0, changed: 0, added: 1, orphaned: 0, keptEdits: 0 }, changes: null }],
} satisfies Backup);

const issuesOf = (t: string) => {
  const r = parseBackup(t);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
};

describe('parseBackup', () => {
  it('accepts a valid backup, with or without a BOM, and recomputes derived fields', () => {
    const b = validBackup();
    const r = parseBackup(backupToJson(b));
    expect(r).toEqual({ ok: true, backup: b });
    const tampered = { ...b, items: [{ ...b.items[0]!, due: '2099-01-01' }] };
    expect(parseBackup(`\uFEFF${JSON.stringify(tampered)}`)).toEqual({ ok: true, backup: b });
  });

  it.each<[string, string, RegExp]>([
    ['truncated', backupToJson(validBackup()).slice(0, 200), /截断/],
    ['not json', '台账', /JSON/],
    ['an array', '[]', /对象/],
    ['another format', JSON.stringify({ format: 'x', version: 1 }), /不是落实备份文件/],
    ['a newer version', JSON.stringify({ ...validBackup(), version: 5 }), /不支持的备份版本 5/],
    ['version 0', JSON.stringify({ ...validBackup(), version: 0 }), /不支持的备份版本 0/],
    ['a version as text', JSON.stringify({ ...validBackup(), version: '1' }), /不支持的备份版本 "1"/],
    ['a missing version', JSON.stringify({ format: BACKUP_FORMAT }), /不支持的备份版本 undefined/],
  ])('refuses %s', (_, t, message) => expect(issuesOf(t)[0]!.message).toMatch(message));

  it('names the first schema problems by path', () => {
    const b = validBackup() as unknown as { items: Record<string, unknown>[]; notes: Record<string, unknown>[] };
    b.items[0]!.status = '差不多了';
    b.notes[0]!.date = '3月20日';
    const issues = issuesOf(JSON.stringify(b));
    expect(issues.map((i) => i.path)).toEqual(['items[0].status', 'notes[0].date']);
    expect(describeIssues(issues)).toMatch(/^备份文件无效，未导入任何数据：items\[0\]\.status：.+；notes\[0\]\.date：应为 YYYY-MM-DD 日期$/);
  });

  it('refuses duplicate ids and dangling references', () => {
    const b = validBackup();
    b.notes.push({ ...b.notes[0]!, itemId: 'ghost' }); // same id as notes[0]
    b.items.push({ ...b.items[0]!, documentId: 'ghost' });
    expect(issuesOf(JSON.stringify(b))).toEqual([
      { path: 'items[1].id', message: '重复的 id i1' },
      { path: 'notes[1].id', message: '重复的 id n1' },
      { path: 'items[1].documentId', message: '文稿 ghost 不存在' },
      { path: 'notes[0].documentId', message: '与所属事项的文稿不一致' },
      { path: 'notes[1].itemId', message: '事项 ghost 不存在' },
    ]);
  });

  it('refuses hostile files: oversized, deeply nested, prototype keys, huge arrays', () => {
    expect(MAX_BACKUP_CHARS).toBe(256 * 1024 * 1024);
    const big = backupToJson(validBackup());
    expect(parseBackup(big, { maxChars: big.length - 1 })).toMatchObject({ ok: false, issues: [{ path: '(文件)', message: expect.stringMatching(/文件过大/) }] });
    expect(parseBackup(big, { maxChars: big.length }).ok).toBe(true);
    expect(issuesOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)[0]!.message).toMatch(/嵌套层数/);
    const nestedInside = { ...validBackup(), settings: { warnDays: 3, x: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) } };
    expect(issuesOf(JSON.stringify(nestedInside))[0]!.message).toMatch(/嵌套层数/);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const t = backupToJson(validBackup()).replace('"kind": "note"', `"kind": "note", "${key}": {"isAdmin": true}`);
      expect(issuesOf(t)[0]).toEqual({ path: `notes[0].${key}`, message: `含有原型键 ${key}，不是落实备份文件` });
    }
    expect(issuesOf(JSON.stringify(validBackup()).replace('{', '{"__proto__":{"x":1},'))[0]!.path).toBe('__proto__');
    const huge = `{"format":"${BACKUP_FORMAT}","version":1,"notes":[${'0,'.repeat(LIMITS.notes)}0]}`;
    expect(issuesOf(huge)[0]).toEqual({ path: 'notes', message: `共 ${LIMITS.notes + 1} 条，超过上限 ${LIMITS.notes} 条` });
    expect(issuesOf(JSON.stringify({ ...validBackup(), items: 'x'.repeat(10) }))[0]!.path).toBe('items');
  });

  it('takes free text as text: markup, script-like words, form feeds and other control characters restore', () => {
    for (const t of ['<script>alert(1)</script>', '<img src="x.png" onerror=alert(1)>', 'javascript:void(0)', 'online = 3', '第一页\f第二页\v', '\u0000\u0001\u001f\u007f', '完成率<50%，增速=3.2%，a<b']) {
      const b = validBackup();
      b.items[0]!.text = `县发改局${t}`;
      b.items[0]!.anchor.exact = t;
      b.notes[0]!.text = t;
      b.documents[0]!.title = t;
      const r = parseBackup(backupToJson(b));
      expect(r).toEqual({ ok: true, backup: b });
    }
  });

  it('checks links where they are links: a document URL is http(s) or nothing', () => {
    for (const url of ['https://oa.example.gov.cn/#/doc/edit?id=101', 'http://10.0.0.5:8080/oa']) {
      const b = validBackup();
      b.documents[0]!.url = url;
      expect(parseBackup(JSON.stringify(b)).ok).toBe(true);
    }
    for (const url of ['data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)', 'chrome-extension://abc/dashboard.html', 'oa.example.gov.cn']) {
      const b = validBackup();
      b.documents[0]!.url = url;
      expect(issuesOf(JSON.stringify(b))[0]).toEqual({ path: 'documents[0].url', message: '网址只能是 http(s) 链接' });
    }
  });

  it('reads version 1 files and version 2 files with preferences, and refuses bad preferences', () => {
    const prefs = { settings: DEFAULT_USER_SETTINGS, enabledSites: ['https://oa.example.gov.cn', '*.gov.cn', 'intranet.local'] };
    const v2 = { ...validBackup(), version: 2 as const, preferences: prefs };
    expect(parseBackup(JSON.stringify(v2))).toEqual({ ok: true, backup: v2 });
    expect(issuesOf(JSON.stringify({ ...validBackup(), preferences: prefs }))[0]!.path).toBe('preferences');
    expect(issuesOf(JSON.stringify({ ...v2, preferences: { ...prefs, enabledSites: ['javascript:alert(1)'] } }))[0]!.path).toBe('preferences.enabledSites[0]');
  });

  it('reads the 督办编号 register in the preferences and refuses a bad counter or sheet by its path', () => {
    const sheet = { number: '督〔2027〕3号', year: 2027, n: 3, owner: '县发改局', itemIds: ['i1'], issuedOn: '2027-03-01' };
    const prefs = { settings: DEFAULT_USER_SETTINGS, enabledSites: [], supervisionRegister: { next: { 2027: 4 }, issued: [sheet] } };
    const b = { ...validBackup(), version: 3 as const, preferences: prefs };
    expect(parseBackup(JSON.stringify(b))).toEqual({ ok: true, backup: b });
    const bad = (register: unknown) => issuesOf(JSON.stringify({ ...b, preferences: { ...prefs, supervisionRegister: register } }))[0]!.path;
    expect(bad({ next: { 2027: 0 }, issued: [] })).toBe('preferences.supervisionRegister.next.2027');
    expect(bad({ next: { 27: 4 }, issued: [] })).toMatch(/^preferences\.supervisionRegister\.next/);
    expect(bad({ next: {}, issued: [{ ...sheet, issuedOn: '3月1日' }] })).toBe('preferences.supervisionRegister.issued[0].issuedOn');
    expect(bad({ next: {}, issued: [{ ...sheet, n: 1.5 }] })).toBe('preferences.supervisionRegister.issued[0].n');
    expect(bad({ issued: [] })).toBe('preferences.supervisionRegister.next');
  });

  it('reads the sections of version 1 and 2 files (one string per heading) as {marker, title}, losing nothing', () => {
    const old = ['二、抓服务', '（三）激励担当作为', '智慧医院建设'];
    const steps = [
      { marker: '二、', title: '抓服务' },
      { marker: '（三）', title: '激励担当作为' },
      { marker: '', title: '智慧医院建设' },
    ];
    for (const version of [1, 2] as const) {
      const b = validBackup();
      const file = { ...b, version, items: [{ ...b.items[0]!, section: old }] };
      const r = parseBackup(JSON.stringify(file));
      expect(r.ok && r.backup.items[0]!.section).toEqual(steps);
      expect(r.ok && r.backup.items[0]!.section.map((s) => s.marker + s.title)).toEqual(old);
    }
    // Version 3 files carry the pairs themselves: a string there is refused, not guessed at.
    const v3 = { ...validBackup(), version: 3 as const, items: [{ ...validBackup().items[0]!, section: steps }] };
    expect(parseBackup(JSON.stringify(v3))).toEqual({ ok: true, backup: v3 });
    expect(issuesOf(JSON.stringify({ ...v3, items: [{ ...v3.items[0]!, section: old }] }))[0]!.path).toBe('items[0].section[0]');
  });
});

describe('helpers', () => {
  it('measures JSON depth, ignoring brackets in strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
  });
  it('formats paths', () => {
    expect(formatPath(['items', 3, 'anchor', 'exact'])).toBe('items[3].anchor.exact');
    expect(formatPath([])).toBe('(根)');
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../schema/settings';
import { analyzeOptionsFor } from './store';

const withLexicon = (lexicon: Partial<UserSettings['lexicon']>): UserSettings => ({ ...DEFAULT_USER_SETTINGS, lexicon: { ...DEFAULT_USER_SETTINGS.lexicon, ...lexicon } });

describe('analyzeOptionsFor', () => {
  const now = new Date(2026, 4, 20, 10).getTime();

  it('uses today, or the fixed date when one is set', () => {
    expect(analyzeOptionsFor(DEFAULT_USER_SETTINGS, now)).toEqual({ referenceDate: '2026-05-20' });
    expect(analyzeOptionsFor({ ...DEFAULT_USER_SETTINGS, referenceDate: { mode: 'fixed', date: '2025-01-01' } }, now).referenceDate).toBe('2025-01-01');
    expect(analyzeOptionsFor({ ...DEFAULT_USER_SETTINGS, referenceDate: { mode: 'fixed', date: null } }, now).referenceDate).toBe('2026-05-20');
  });

  it('resolves deadlines against the setting when the draft has no date, and against the draft’s own date first', () => {
    const fixed = { ...DEFAULT_USER_SETTINGS, referenceDate: { mode: 'fixed' as const, date: '2025-02-01' } };
    const undated = analyze('同志们：\n县发改局要在年底前完成项目入库。', analyzeOptionsFor(fixed, now));
    expect(undated.actions[0]!.deadline?.due).toBe('2025-12-31');
    const dated = analyze('在全县项目推进会上的讲话\n（2027年3月1日）\n同志们：\n县发改局要在年底前完成项目入库。', analyzeOptionsFor(fixed, now));
    expect(dated.actions[0]!.deadline?.due).toBe('2027-12-31');
  });

  it('passes the lexicon: a custom owner name becomes an owner', () => {
    const text = '同志们：\n小李同学要抓紧落实整改，严格执行。';
    expect(analyze(text, analyzeOptionsFor(DEFAULT_USER_SETTINGS, now)).actions[0]!.owners).toEqual([]);
    expect(analyze(text, analyzeOptionsFor(withLexicon({ owners: ['小李同学'] }), now)).actions[0]!.owners).toEqual(['小李同学']);
  });

  it('passes the lexicon: custom directive words make directives', () => {
    const text = '同志们：\n基层减负抓实见效。';
    expect(analyze(text, analyzeOptionsFor(DEFAULT_USER_SETTINGS, now)).actions).toEqual([]);
    expect(analyze(text, analyzeOptionsFor(withLexicon({ directives: ['抓实见效'] }), now)).actions.map((a) => a.text)).toEqual(['基层减负抓实见效']);
  });

  it('passes the lexicon: boilerplate lines are left out', () => {
    const text = '内部资料（请勿打印）\n同志们：\n要抓好落实。';
    const a = analyze(text, analyzeOptionsFor(withLexicon({ boilerplate: ['（请勿打印）'] }), now));
    expect(a.findings.map((f) => f.rule)).toEqual(['boilerplate']);
    expect(analyze(text, analyzeOptionsFor(DEFAULT_USER_SETTINGS, now)).findings.map((f) => f.rule)).not.toContain('boilerplate');
  });
});

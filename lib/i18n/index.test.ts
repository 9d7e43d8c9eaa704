import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../analysis/index';
import { statuses } from '../checklist/status';
import { messageArguments } from './format';
import { areas, isMessageKey, LOCALES, parseLocale, translate, translator } from './index';
import type { Messages } from './types';

describe('i18n', () => {
  it('looks up Chinese by default and English on request, filling in values', () => {
    expect(translate('zh-CN', 'problem.count', { label: '四个方面', found: 4 })).toBe('四个方面 · 列出4项');
    expect(translate('en', 'problem.count', { label: '四个方面', found: 4 })).toBe('四个方面 · 4 listed');
    expect(translator('zh-CN')('save.first')).toBe('保存为督办清单');
    expect(translator('en')('save.update')).toBe('Update checklist');
    expect(translator('en')('opt.save')).toBe('Save settings');
    expect(translator('zh-CN')('tab.overdue')).toBe('逾期');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('zh-CN', 'problem.countStated', { label: '三个方面', found: 2 })).toBe('三个方面 · 文中称{stated}项，列出2项');
  });

  it('has, in each area, exactly the same keys in both locales', () => {
    for (const area of Object.keys(areas['zh-CN']) as (keyof (typeof areas)['zh-CN'])[]) {
      expect([area, Object.keys(areas.en[area]).sort()]).toEqual([area, Object.keys(areas['zh-CN'][area]).sort()]);
    }
  });

  it('defines each key in one area only', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(areas['zh-CN'])) {
      for (const key of Object.keys(messages)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, area);
      }
    }
    expect(seen.size).toBeGreaterThan(290);
  });

  it('takes the same values in both languages, and no message is empty', () => {
    for (const area of Object.keys(areas['zh-CN']) as (keyof (typeof areas)['zh-CN'])[]) {
      const zh = areas['zh-CN'][area] as Record<string, string>;
      const en = areas.en[area] as Record<string, string>;
      for (const key of Object.keys(zh)) {
        expect([key, messageArguments(en[key]!)]).toEqual([key, messageArguments(zh[key]!)]);
        expect([key, zh[key]!.length > 0 && en[key]!.length > 0]).toEqual([key, true]);
      }
    }
  });

  it('types an English module against its Chinese keys', () => {
    // @ts-expect-error a key missing from the English side does not compile
    const missing: Messages<{ a: string; b: string }> = { a: 'A' };
    // @ts-expect-error a key the Chinese side lacks does not compile
    const extra: Messages<{ a: string }> = { a: 'A', b: 'B' };
    expect([missing, extra]).toHaveLength(2);
  });

  it('parses locales and keys', () => {
    expect([parseLocale('en'), parseLocale('zh-CN'), parseLocale('fr'), parseLocale(null)]).toEqual(['en', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect([isMessageKey('rule.placeholder'), isMessageKey('rule.unknown'), isMessageKey('toString')]).toEqual([true, false, false]);
    expect(LOCALES).toEqual(['zh-CN', 'en']);
  });

  it('labels every finding id in both languages', () => {
    expect(RULE_IDS.map((id) => [id, translate('zh-CN', `rule.${id}`), translate('en', `rule.${id}`)])).toEqual([
      ['placeholder', '占位符未替换', 'Placeholder left in'],
      ['count-mismatch', '项数不符', 'Count mismatch'],
      ['numbering-gap', '序号跳号', 'Numbering gap'],
      ['numbering-duplicate', '序号重复', 'Duplicate number'],
      ['page-chunk', '分页残留', 'Page residue'],
      ['boilerplate', '水印广告', 'Watermark or ad'],
    ]);
  });

  it('labels statuses and lights from the common module', () => {
    expect(statuses.map((s) => translate('zh-CN', `status.${s}`))).toEqual(['未启动', '推进中', '滞后', '逾期', '已完成', '已销号', '长期坚持', '申请延期', '暂缓']);
    expect(translate('en', 'status.in_progress')).toBe('In progress');
    expect([translate('zh-CN', 'light.red'), translate('en', 'light.blue'), translate('en', 'itemKind.problem'), translate('zh-CN', 'editor.quill')]).toEqual(['红灯', 'Blue', 'Problem', 'Quill 编辑器']);
  });

  it('counts in English with the right plural, and leaves Chinese as it was', () => {
    const counts = (groups: number) => ({ headings: 1, groups, problems: 2, actions: 0, findings: 5 });
    expect(translate('en', 'summary', counts(1))).toBe('1 heading · 1 problem group, 2 items · 0 actions · 5 hints');
    expect(translate('en', 'summary', counts(2))).toBe('1 heading · 2 problem groups, 2 items · 0 actions · 5 hints');
    expect(translate('zh-CN', 'summary', counts(1))).toBe('层次标题 1 · 问题 1 组 2 项 · 落实事项 0 · 起草提示 5');
    expect([1, 3].map((n) => translate('en', 'row.daysOver', { n }))).toEqual(['1 day overdue', '3 days overdue']);
    expect([1, 12].map((n) => translate('en', 'filter.count', { shown: n, total: 40 }))).toEqual(['1 item (of 40)', '12 items (of 40)']);
    expect(translate('en', 'import.saved', { title: '讲话', problems: 1, actions: 4 })).toBe('Saved “讲话”: 1 problem, 4 action items.');
    expect(translate('zh-CN', 'import.saved', { title: '讲话', problems: 1, actions: 4 })).toBe('已保存《讲话》：问题 1 项，落实事项 4 项。');
    expect(translate('en', 'backup.sites', { n: 1 })).toBe('Settings and 1 enabled site restored; on a new browser, grant it access again.');
  });
});

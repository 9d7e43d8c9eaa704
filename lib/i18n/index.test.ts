import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../analysis/index';
import { isMessageKey, parseLocale, translate, translator } from './index';
import { en, zhCN } from './messages';

describe('i18n', () => {
  it('looks up Chinese by default and English on request, filling in values', () => {
    expect(translate('zh-CN', 'problem.count', { label: '四个方面', found: 4 })).toBe('四个方面 · 列出4项');
    expect(translate('en', 'problem.count', { label: '四个方面', found: 4 })).toBe('四个方面 · 4 listed');
    expect(translator('zh-CN')('save.first')).toBe('保存为督办清单');
    expect(translator('en')('save.update')).toBe('Update checklist');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('zh-CN', 'problem.countStated', { label: '三个方面', found: 2 })).toBe('三个方面 · 文中称{stated}项，列出2项');
  });

  it('has the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) expect([key, names(en[key])]).toEqual([key, names(zhCN[key])]);
  });

  it('parses locales and keys', () => {
    expect([parseLocale('en'), parseLocale('zh-CN'), parseLocale('fr'), parseLocale(null)]).toEqual(['en', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect([isMessageKey('rule.placeholder'), isMessageKey('rule.unknown'), isMessageKey('toString')]).toEqual([true, false, false]);
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
});

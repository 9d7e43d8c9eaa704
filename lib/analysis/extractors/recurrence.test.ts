import { describe, expect, it } from 'vitest';
import { findRecurrences, recurrenceRule } from './recurrence';

describe('findRecurrences', () => {
  it.each([
    ['县教育局、各学校每年开展专项治理总结评估', ['每年']],
    ['督查组要深入社区，每月不少于1次进入联系社区', ['每月不少于1次']],
    ['做到一月一检查、一季一通报、半年一总结，自觉对账销号', ['一月一检查、一季一通报、半年一总结']],
    ['每月25日前将进展情况报送县督查室', []],
    ['每季度向县委报告一次工作进展', []],
    ['每个项目都要明确一名领导', []],
    // A day of the period is no count: 「每月25日前」 is a due point, read as a cadence.
    ['各镇每月25日前完成一次安全巡查', []],
    ['每月10号前更新台账', []],
    ['每月十日前组织检查', []],
    ['每月2次开展联合执法检查', ['每月2次']],
    ['每周三次调度项目进度', ['每周三次']],
    ['推进项目建设', []],
  ])('%s → %j', (text, expected) => expect(findRecurrences(text).map((r) => r.text)).toEqual(expected));
  it('slices back', () => {
    const t = '各单位每周开展一次巡查';
    for (const r of findRecurrences(t)) expect(t.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('recurrenceRule', () => {
  it.each([
    ['每月25日前', { unit: 'month', day: 25 }],
    ['每月二十号', { unit: 'month', day: 20 }],
    ['每个月底', { unit: 'month', end: true }],
    ['每月中旬', { unit: 'month', day: 20 }],
    ['每季度末', { unit: 'quarter', end: true }],
    ['每个季度第1个月的20日前', { unit: 'quarter', month: 1, day: 20 }],
    ['每季度第二个月10日', { unit: 'quarter', month: 2, day: 10 }],
    ['每半月', { unit: 'half-month' }],
    ['每半年', { unit: 'half-year' }],
    ['每周五', { unit: 'week', day: 5 }],
    ['每周', { unit: 'week', day: 7 }],
    ['每星期一前', { unit: 'week', day: 1 }],
    ['每年12月底前', { unit: 'year', month: 12, end: true }],
    ['每年3月15日', { unit: 'year', month: 3, day: 15 }],
    ['每年', { unit: 'year', end: true }],
    ['一季一通报', { unit: 'quarter', end: true }],
    ['每天', null],
    ['每旬', null],
  ])('%s → %j', (text, rule) => expect(recurrenceRule(text)).toEqual(rule));
});

import { describe, expect, it } from 'vitest';
import { findRecurrences } from './recurrence';

describe('findRecurrences', () => {
  it.each([
    ['县教育局、各学校每年开展专项治理总结评估', ['每年']],
    ['督查组要深入社区，每月不少于1次进入联系社区', ['每月不少于1次']],
    ['做到一月一检查、一季一通报、半年一总结，自觉对账销号', ['一月一检查、一季一通报、半年一总结']],
    ['每月25日前将进展情况报送县督查室', []],
    ['每季度向县委报告一次工作进展', []],
    ['每个项目都要明确一名领导', []],
    ['推进项目建设', []],
  ])('%s → %j', (text, expected) => expect(findRecurrences(text).map((r) => r.text)).toEqual(expected));
  it('slices back', () => {
    const t = '各单位每周开展一次巡查';
    for (const r of findRecurrences(t)) expect(t.slice(r.start, r.end)).toBe(r.text);
  });
});

import { describe, expect, it } from 'vitest';
import { anchorAt } from './text-quote';
import { clauseWindows, matchQuote } from './match-quote';

const before = '一、抓项目。各乡镇要组织开展项目观摩拉练，比学赶超。二、抓服务。牵头部门要靠前服务、全程跟踪。三、抓落实。要加强督查考核。';

describe('matchQuote', () => {
  it('finds an exact quote and its offsets', () => {
    const a = anchorAt(before, before.indexOf('牵头部门'), before.indexOf('牵头部门') + 14);
    const text = `前言。${before}`;
    expect(matchQuote(text, a, { hint: a.start })).toEqual({ start: a.start + 3, end: a.start + 17, score: 1, exact: true });
  });
  it('picks the repeated quote whose context agrees, not the first one', () => {
    const text = '一要抓落实。甲说明。二要抓落实。乙说明。';
    const second = anchorAt(text, 12, 15);
    expect(second.exact).toBe('抓落实');
    expect(matchQuote(text, second)?.start).toBe(12);
    expect(matchQuote(text, anchorAt(text, 2, 5))?.start).toBe(2);
  });
  it('uses the position hint when contexts tie', () => {
    const text = '抓落实。抓落实。';
    expect(matchQuote(text, { exact: '抓落实', prefix: '', suffix: '' }, { hint: 4 })?.start).toBe(4);
    expect(matchQuote(text, { exact: '抓落实', prefix: '', suffix: '' }, { hint: 0 })?.start).toBe(0);
  });
  it('finds a reworded sentence by bigram similarity', () => {
    const a = anchorAt(before, before.indexOf('各乡镇'), before.indexOf('，比学'));
    const revised = before.replace('各乡镇要组织开展项目观摩拉练', '各乡镇要定期组织项目观摩拉练');
    const m = matchQuote(revised, a);
    expect(m && revised.slice(m.start, m.end)).toBe('各乡镇要定期组织项目观摩拉练');
    expect(m?.exact).toBe(false);
    expect(m!.score).toBeGreaterThan(0.6);
  });
  it('returns null when nothing is close enough, or for an empty quote', () => {
    expect(matchQuote(before, { exact: '城北污水处理厂要确保按期完工', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(before, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('clauseWindows', () => {
  it('joins clauses of one sentence only, up to about twice the length', () => {
    const text = '甲乙，丙丁。戊己';
    expect(clauseWindows(text, 2).map(([s, e]) => text.slice(s, e))).toEqual(['甲乙', '甲乙，丙丁', '丙丁', '戊己']);
    expect(clauseWindows(text, 1).map(([s, e]) => text.slice(s, e))).toEqual(['甲乙', '甲乙，丙丁', '丙丁', '戊己']);
    expect(clauseWindows('一，二，三，四，五。', 0).length).toBe(9);
  });
  it('skips leading white space', () => {
    expect(clauseWindows('　　要抓好。', 3)).toEqual([[2, 5]]);
  });
});

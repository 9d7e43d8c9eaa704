import { describe, expect, it } from 'vitest';
import { matchAnchors } from './match-anchors';
import type { TextAnchor } from './text-quote';

const q = (exact: string, prefix = '', suffix = '', start = 0): TextAnchor => ({ exact, prefix, suffix, start });

describe('matchAnchors', () => {
  it('pairs exact quotes whatever their order (a moved paragraph)', () => {
    const m = matchAnchors([q('甲要做'), q('乙要做'), q('丙要做')], [q('丙要做'), q('甲要做'), q('乙要做')]);
    expect(m.pairs.map((p) => [p.from, p.to, p.how])).toEqual([
      [0, 1, 'exact'],
      [1, 2, 'exact'],
      [2, 0, 'exact'],
    ]);
    expect(m.unmatchedOld).toEqual([]);
    expect(m.unmatchedNew).toEqual([]);
  });
  it('ignores punctuation and width when pairing exactly', () => {
    const m = matchAnchors([q('要在6月底前，完成')], [q('要在６月底前完成。')]);
    expect(m.pairs).toEqual([{ from: 0, to: 0, score: 1, how: 'exact' }]);
  });
  it('splits repeated quotes by context', () => {
    const olds = [q('抓落实', '一要', '甲'), q('抓落实', '二要', '乙')];
    const news = [q('抓落实', '二要', '乙'), q('抓落实', '一要', '甲')];
    expect(matchAnchors(olds, news).pairs.map((p) => [p.from, p.to])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('pairs a reworded quote fuzzily, leaves removed and added ones unpaired', () => {
    const olds = [q('牵头部门要靠前服务、全程跟踪'), q('城北污水处理厂提标改造项目要确保按期完工'), q('要加强督查考核')];
    const news = [q('要加强督查考核'), q('牵头部门要主动靠前、全程跟踪服务'), q('县发改局要在会后10日内印发责任分解表')];
    const m = matchAnchors(olds, news);
    expect(m.pairs.map((p) => [p.from, p.to, p.how])).toEqual([
      [2, 0, 'exact'],
      [0, 1, 'fuzzy'],
    ]);
    expect(m.unmatchedOld).toEqual([1]);
    expect(m.unmatchedNew).toEqual([2]);
  });
  it('accepts a weaker rewording when the context around it is unchanged', () => {
    const olds = [q('要抓紧完善配套设施', '同志们，关于园区建设，', '。下一步，')];
    const news = [q('务必尽快把配套设施建好', '同志们，关于园区建设，', '。下一步，')];
    expect(matchAnchors(olds, news).pairs).toHaveLength(1);
    expect(matchAnchors(olds, [q('务必尽快把配套设施建好')]).pairs).toHaveLength(0);
  });
  it('does not pair unrelated directives', () => {
    expect(matchAnchors([q('要加强组织领导')], [q('要加强督查考核')]).pairs).toEqual([]);
  });
  it('handles empty lists', () => {
    expect(matchAnchors([], [q('甲')])).toEqual({ pairs: [], unmatchedOld: [], unmatchedNew: [0] });
  });
  it('pairs 500 shuffled, partly reworded quotes quickly', () => {
    const olds = Array.from({ length: 500 }, (_, i) => q(`第${i}项工作要由单位${i % 37}牵头在${(i % 12) + 1}月底前完成任务${i * 7}`));
    const news = olds.map((a, i) => (i % 5 === 0 ? q(a.exact.replace('完成任务', '全面完成任务')) : a)).toReversed();
    const t0 = performance.now();
    const m = matchAnchors(olds, news);
    const ms = performance.now() - t0;
    expect(m.pairs).toHaveLength(500);
    expect(m.pairs.every((p) => p.to === 499 - p.from)).toBe(true);
    expect(ms).toBeLessThan(500);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../../lib/presentation/sample-analysis';
import type { Analysis } from '../../lib/schema/analysis';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('prints aligned tables with line numbers', () => {
    expect(formatTable(sampleAnalysis, sampleText)).toBe(`《关于推进重点项目建设的讲话》
参照日期 2026-07-05 · 层次标题 3 · 问题 1组2项 · 落实事项 3 · 提法 2 · 起草提示 2

层次标题
行  级  标题
3   1   一、在思想认识上再聚焦
5   2     （一）打好项目落地建设突围战
8   1   二、在工作落实上再发力

问题清单
行  分组      序号  问题
4   三个方面  一是  投资乏力
4             二是  项目储备不足

落实事项
行  事项                                 责任单位                 时限                      位置
6   对已开工的项目，要开工不停工，力争…  市发改委（牵头）、市财…  年底前（2026年12月31日）  （一）打好项目落地建设…
9   各镇要在X月X日前上报方案             各镇                     X月X日前                  二、在工作落实上再发力
9   坚决打好三大攻坚战                   未明确                   未明确

起草提示
行  级别  规则            说明
4   警告  count-mismatch  文中称三个方面，实际列出2项「归纳起来，主要有三个方面」
9   错误  placeholder     占位符未替换「X月X日」

提法
行  提法        展开
7   五个一      一个项目、一名领导、一个团队、一套方案、一抓到底
9   三大攻坚战  （文中未展开）
`);
  });

  it('says 无 for empty tables', () => {
    const empty: Analysis = { ...sampleAnalysis, title: null, headings: [], problemGroups: [], actions: [], findings: [], formulations: [] };
    expect(formatTable(empty, sampleText)).toBe(`（无标题）
参照日期 2026-07-05 · 层次标题 0 · 问题 0组0项 · 落实事项 0 · 提法 0 · 起草提示 0

层次标题：无

问题清单：无

落实事项：无

起草提示：无
`);
  });

  it('shows why each action was taken when the analysis carries the trace', () => {
    const traced = { ...sampleAnalysis, actions: sampleAnalysis.actions.map((a, i) => ({ ...a, because: [i ? 'strong-adverb' : 'modal-yao'] })) };
    const lines = formatTable(traced, sampleText).split('\n');
    const header = lines.findIndex((l) => l.startsWith('行  事项'));
    expect(lines[header]).toMatch(/位置\s+依据$/);
    expect(lines[header + 1]).toMatch(/modal-yao$/);
    expect(lines[header + 3]).toMatch(/strong-adverb$/);
  });
});

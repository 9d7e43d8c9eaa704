import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';
import type { Analysis } from '@/lib/schema/analysis';
import { AnalysisView } from './analysis-view';

/** The rendered page as text, one block per line, to compare without markup. */
function visibleText(html: string): string {
  return html
    .replace(/<(\/?)(h[2-4]|p|li|dt|dd|q|ul|ol|section|header)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

describe('AnalysisView', () => {
  it('shows outline, problem groups with stated and found counts, actions, formulations and findings', () => {
    const html = renderToStaticMarkup(<AnalysisView analysis={sampleAnalysis} text={sampleText} />);
    expect(visibleText(html)).toBe(
      [
        '《关于推进重点项目建设的讲话》',
        '时限参照 2026年7月5日 · 层次标题 3 · 问题 1 组 2 项 · 落实事项 3 · 起草提示 2',
        '提纲',
        '一、在思想认识上再聚焦 第 3 行',
        '（一）打好项目落地建设突围战 第 5 行',
        '二、在工作落实上再发力 第 8 行',
        '问题清单',
        '三个方面文中称 3 项 · 识别 2 项',
        '归纳起来，主要有三个方面',
        '一是 投资乏力',
        '二是 项目储备不足',
        '落实事项',
        '对已开工的项目，要开工不停工，力争早日竣工投运',
        '责任单位',
        '市发改委（牵头）、市财政局（配合）',
        '时限',
        '年底前（2026年12月31日）',
        '位置',
        '一、在思想认识上再聚焦 › （一）打好项目落地建设突围战',
        '各镇要在X月X日前上报方案',
        '责任单位',
        '各镇',
        '时限',
        'X月X日前',
        '位置',
        '二、在工作落实上再发力',
        '坚决打好三大攻坚战',
        '责任单位',
        '未明确',
        '时限',
        '未明确',
        '位置',
        '未明确',
        '提法',
        '五个一：一个项目、一名领导、一个团队、一套方案、一抓到底',
        '三大攻坚战（文中未展开）',
        '起草提示',
        '警告 文中称三个方面，实际列出2项 第 4 行 · count-mismatch',
        '归纳起来，主要有三个方面',
        '错误 占位符未替换 第 9 行 · placeholder',
        'X月X日',
      ].join('\n'),
    );
  });

  it('nests the outline and marks a count mismatch', () => {
    const html = renderToStaticMarkup(<AnalysisView analysis={sampleAnalysis} text={sampleText} />);
    expect(html).toMatch(/<li><span class="marker">一、<\/span>在思想认识上再聚焦<span class="muted"> 第 3 行<\/span><ul class="outline"><li><span class="marker">（一）/);
    expect(html).toContain('class="count count-mismatch"');
  });

  it('says 无 for empty sections and leaves out 提法', () => {
    const empty: Analysis = { ...sampleAnalysis, title: null, headings: [], problemGroups: [], actions: [], formulations: [], findings: [] };
    expect(visibleText(renderToStaticMarkup(<AnalysisView analysis={empty} text="" />))).toBe(
      ['（无标题）', '时限参照 2026年7月5日 · 层次标题 0 · 问题 0 组 0 项 · 落实事项 0 · 起草提示 0', '提纲', '无', '问题清单', '无', '落实事项', '无', '起草提示', '无'].join('\n'),
    );
  });
});

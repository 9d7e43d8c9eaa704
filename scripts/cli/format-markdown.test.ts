import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../../lib/presentation/sample-analysis';
import type { Analysis } from '../../lib/schema/analysis';
import { formatMarkdown } from './format-markdown';

describe('formatMarkdown', () => {
  it('prints problems, actions, drafting hints and formulations as a checklist', () => {
    expect(formatMarkdown(sampleAnalysis, sampleText)).toBe(`# 《关于推进重点项目建设的讲话》落实清单

时限参照日期：2026年7月5日

## 问题清单

### 三个方面（文中称3项，识别2项）

> 归纳起来，主要有三个方面

位置：一、在思想认识上再聚焦

- [ ] 一是 投资乏力
- [ ] 二是 项目储备不足

## 落实事项

- [ ] 对已开工的项目，要开工不停工，力争早日竣工投运 — 责任单位：市发改委（牵头）、市财政局（配合） ｜ 时限：年底前（2026年12月31日） ｜ 位置：一、在思想认识上再聚焦 › （一）打好项目落地建设突围战
- [ ] 各镇要在X月X日前上报方案 — 责任单位：各镇 ｜ 时限：X月X日前 ｜ 位置：二、在工作落实上再发力
- [ ] 坚决打好三大攻坚战 — 责任单位：未明确 ｜ 时限：未明确

## 起草提示

- 警告 · count-mismatch（第4行）：文中称三个方面，实际列出2项 —「归纳起来，主要有三个方面」
- 错误 · placeholder（第9行）：占位符未替换 —「X月X日」

## 提法

- 五个一：一个项目、一名领导、一个团队、一套方案、一抓到底
- 三大攻坚战（文中未展开）
`);
  });

  it('says 无 for empty sections, leaves out 提法 when there are none, and copes with no title', () => {
    const empty: Analysis = {
      ...sampleAnalysis,
      title: null,
      date: '2026-03-01',
      problemGroups: [],
      actions: [],
      findings: [],
      formulations: [],
    };
    expect(formatMarkdown(empty, sampleText)).toBe(`# 落实清单

成文日期：2026年3月1日 ｜ 时限参照日期：2026年7月5日

## 问题清单

无

## 落实事项

无

## 起草提示

无
`);
  });

  it('puts multi-line values on one line', () => {
    const text = '甲\r\n乙\u3000丙';
    const analysis: Analysis = {
      ...sampleAnalysis,
      title: '标题\r\n续',
      problemGroups: [],
      actions: [],
      formulations: [],
      findings: [{ rule: 'boilerplate', severity: 'info', message: '水印', start: 0, end: text.length }],
    };
    expect(formatMarkdown(analysis, text)).toContain('# 《标题 续》落实清单\n');
    expect(formatMarkdown(analysis, text)).toContain('- 提示 · boilerplate（第1行）：水印 —「甲 乙 丙」\n');
  });
});

import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../presentation/sample-analysis';
import type { Analysis } from '../schema/analysis';
import { actionKey, panelView, spanContext, splitFindingMessage } from './view-model';

describe('panelView', () => {
  const view = panelView(sampleText, sampleAnalysis);

  it('gives the title, reference date and counts', () => {
    expect(view.title).toBe('关于推进重点项目建设的讲话');
    expect(view.referenceDate).toBe('2026-07-05');
    expect(view.counts).toEqual({ headings: 3, groups: 1, problems: 2, actions: 3, findings: 2 });
  });

  it('nests the outline with lines and spans', () => {
    const shape = (nodes: typeof view.outline): unknown[] => nodes.map((n) => [n.marker + n.title, n.line, sampleText.slice(n.start, n.end), shape(n.children)]);
    expect(shape(view.outline)).toEqual([
      ['一、在思想认识上再聚焦', 3, '一、在思想认识上再聚焦', [['（一）打好项目落地建设突围战', 5, '（一）打好项目落地建设突围战', []]]],
      ['二、在工作落实上再发力', 8, '二、在工作落实上再发力', []],
    ]);
  });

  it('gives each problem group its label, stated and found counts and a mismatch flag', () => {
    const [g] = view.problemGroups;
    expect({ label: g!.label, stated: g!.stated, found: g!.found, mismatch: g!.mismatch, section: g!.section }).toEqual({
      label: '三个方面',
      stated: 3,
      found: 2,
      mismatch: true,
      section: '一、在思想认识上再聚焦',
    });
    expect(g!.items.map((item) => [item.ordinal, item.title, sampleText.slice(item.start, item.end)])).toEqual([
      ['一是', '投资乏力', '一是投资乏力；'],
      ['二是', '项目储备不足', '二是项目储备不足。'],
    ]);
  });

  it('gives actions with owners (牵头/配合), deadline and resolved day, section and strength', () => {
    expect(view.actions.map((a) => [a.key, a.ownersText, a.deadline && [a.deadline.text, a.deadline.dueText], a.section, a.strength, a.core])).toEqual([
      ['对已开工的项目，要开工不停工，力争早日竣工投运#0', '市发改委（牵头）、市财政局（配合）', ['年底前', '2026年12月31日'], '一、在思想认识上再聚焦 › （一）打好项目落地建设突围战', 'strong', true],
      ['各镇要在X月X日前上报方案#0', '各镇', ['X月X日前', null], '二、在工作落实上再发力', 'strong', true],
      ['坚决打好三大攻坚战#0', '', null, '', 'medium', false],
    ]);
  });

  it('lists each formulation once, at its expansion when the text gives one', () => {
    expect(view.formulations.map((f) => [f.name, f.expansion.join('、'), sampleText.slice(f.start, f.end)])).toEqual([
      ['五个一', '一个项目、一名领导、一个团队、一套方案、一抓到底', '“五个一”工作机制，即一个项目、一名领导、一个团队、一套方案、一抓到底'],
      ['三大攻坚战', '', '三大攻坚战'],
    ]);
  });

  it('groups findings by rule, the worst severity first, with the Chinese message and the quote in context', () => {
    expect(view.findingGroups.map((g) => [g.rule, g.items.map((f) => [f.severity, f.message, f.before, f.quote, f.after, f.line])])).toEqual([
      ['placeholder', [['error', '占位符未替换', '各镇要在', 'X月X日', '前上报方案，坚决打好三大…', 9]]],
      ['count-mismatch', [['warning', '文中称三个方面，实际列出2项', '', '归纳起来，主要有三个方面', '：一是投资乏力；二是项目…', 4]]],
    ]);
  });
});

describe('actionKey', () => {
  it('tells apart actions with the same text by occurrence', () => {
    const actions = [{ text: '要抓好落实' }, { text: '要强化督查' }, { text: '要抓好落实' }];
    expect(actions.map((_, i) => actionKey(actions, i))).toEqual(['要抓好落实#0', '要强化督查#0', '要抓好落实#1']);
  });
});

describe('splitFindingMessage', () => {
  it.each([
    ['Unexpected placeholder 「XX」, expected the real number: 未填写的数字，成稿前请补齐', '未填写的数字，成稿前请补齐', 'Unexpected placeholder 「XX」, expected the real number'],
    ['Unexpected 「（四）」 after 「（二）」, expected （三）: 序号跳号', '序号跳号', 'Unexpected 「（四）」 after 「（二）」, expected （三）'],
    ['占位符未替换', '占位符未替换', '占位符未替换'],
    ['Unexpected thing: no Chinese', 'Unexpected thing: no Chinese', 'Unexpected thing: no Chinese'],
  ])('%s', (message, zh, en) => {
    expect(splitFindingMessage(message)).toEqual({ zh, en });
  });
});

describe('spanContext', () => {
  it('takes up to n characters of the same line each side', () => {
    const text = '第一行\n完成投资XX亿元，同比增长\n第三行';
    const start = text.indexOf('XX');
    expect(spanContext(text, { start, end: start + 2 }, 4)).toEqual({ before: '完成投资', after: '亿元，同…' });
    expect(spanContext(text, { start, end: start + 2 }, 2)).toEqual({ before: '…投资', after: '亿元…' });
  });
});

describe('panelView on an empty analysis', () => {
  it('has empty lists', () => {
    const empty: Analysis = { ...sampleAnalysis, title: null, headings: [], problemGroups: [], actions: [], findings: [], formulations: [] };
    const v = panelView('', empty);
    expect([v.outline, v.problemGroups, v.actions, v.formulations, v.findingGroups]).toEqual([[], [], [], [], []]);
  });
});

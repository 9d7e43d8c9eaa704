/**
 * A short draft and a hand-written Analysis of it, for the tests of the CLI formatters and the views (not the
 * engine's output). Spans are found with indexOf, so `sampleText.slice(start, end)` always gives the item back.
 */
import { sectionFields, type Analysis, type Span } from '../schema/analysis';

export const sampleText = [
  '关于推进重点项目建设的讲话',
  '同志们：',
  '一、在思想认识上再聚焦',
  '归纳起来，主要有三个方面：一是投资乏力；二是项目储备不足。',
  '（一）打好项目落地建设突围战',
  '对已开工的项目，要开工不停工，力争早日竣工投运。由市发改委牵头，市财政局配合，年底前完成。',
  '坚持“五个一”工作机制，即一个项目、一名领导、一个团队、一套方案、一抓到底。',
  '二、在工作落实上再发力',
  '各镇要在X月X日前上报方案，坚决打好三大攻坚战。',
  '',
].join('\n');

/** The span of the first occurrence of `needle` at or after `from`. */
function at(needle: string, from = 0): Span {
  const start = sampleText.indexOf(needle, from);
  if (start < 0) throw new Error(`not in sample: ${needle}`);
  return { start, end: start + needle.length };
}

const section1 = [{ marker: '一、', title: '在思想认识上再聚焦' }];
const section11 = [{ marker: '一、', title: '在思想认识上再聚焦' }, { marker: '（一）', title: '打好项目落地建设突围战' }];
const section2 = [{ marker: '二、', title: '在工作落实上再发力' }];

export const sampleAnalysis: Analysis = {
  schema: 'luoshi.analysis/1',
  title: '关于推进重点项目建设的讲话',
  date: null,
  referenceDate: '2026-07-05',
  salutation: { ...at('同志们：'), text: '同志们：' },
  closing: null,
  headings: [
    { ...at('一、在思想认识上再聚焦'), level: 1, marker: '一、', title: '在思想认识上再聚焦', inline: false },
    { ...at('（一）打好项目落地建设突围战'), level: 2, marker: '（一）', title: '打好项目落地建设突围战', inline: false },
    { ...at('二、在工作落实上再发力'), level: 1, marker: '二、', title: '在工作落实上再发力', inline: false },
  ],
  problemGroups: [
    {
      ...at('归纳起来，主要有三个方面：一是投资乏力；二是项目储备不足。'),
      leadIn: '归纳起来，主要有三个方面',
      statedCount: 3,
      label: '三个方面',
      ...sectionFields(section1),
      items: [
        { ...at('一是投资乏力；'), ordinal: '一是', title: '投资乏力', body: '' },
        { ...at('二是项目储备不足。'), ordinal: '二是', title: '项目储备不足', body: '' },
      ],
    },
  ],
  enumerations: [],
  actions: [
    {
      ...at('对已开工的项目，要开工不停工，力争早日竣工投运'),
      text: '对已开工的项目，要开工不停工，力争早日竣工投运',
      owners: ['市发改委', '市财政局'],
      lead: ['市发改委'],
      coop: ['市财政局'],
      deadline: { ...at('年底前'), text: '年底前', due: '2026-12-31', type: 'period' },
      ...sectionFields(section11),
      strength: 'strong',
      scope: '对已开工的项目',
      core: true,
    },
    {
      ...at('各镇要在X月X日前上报方案'),
      text: '各镇要在X月X日前上报方案',
      owners: ['各镇'],
      lead: [],
      coop: [],
      deadline: { ...at('X月X日前'), text: 'X月X日前', due: null, type: 'absolute' },
      ...sectionFields(section2),
      strength: 'strong',
      scope: null,
      core: true,
    },
    {
      ...at('坚决打好三大攻坚战'),
      text: '坚决打好三大攻坚战',
      owners: [],
      lead: [],
      coop: [],
      deadline: null,
      ...sectionFields([]),
      strength: 'medium',
      scope: null,
      core: false,
    },
  ],
  formulations: [
    { ...at('“五个一”工作机制，即一个项目、一名领导、一个团队、一套方案、一抓到底'), name: '五个一', expansion: ['一个项目', '一名领导', '一个团队', '一套方案', '一抓到底'] },
    { ...at('三大攻坚战'), name: '三大攻坚战', expansion: [] },
  ],
  findings: [
    { ...at('归纳起来，主要有三个方面'), rule: 'count-mismatch', severity: 'warning', message: '文中称三个方面，实际列出2项' },
    { ...at('X月X日'), rule: 'placeholder', severity: 'error', message: '占位符未替换' },
  ],
};

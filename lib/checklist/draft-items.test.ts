import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import type { Heading } from '../schema/analysis';
import { draftItems, headingPathAt } from './draft-items';
import { analysisOf } from './testing';

const text = '同志们：主要有两个方面问题：一是投资乏力；二是储备不足。县发改局要在6月底前完成项目入库。各乡镇要抓好安全生产。';

describe('draftItems', () => {
  it('makes one item per action and per problem, in draft order, each anchored', () => {
    const analysis = analysisOf(
      text,
      [
        { quote: '各乡镇要抓好安全生产', owners: ['各乡镇'] },
        { quote: '县发改局要在6月底前完成项目入库', owners: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30' }, section: [{ marker: '一、', title: '抓项目' }] },
      ],
      [{ label: '两个方面', items: [{ title: '投资乏力' }, { title: '储备不足' }] }],
    );
    const items = draftItems(text, analysis);
    expect(items.map((i) => [i.kind, i.text, i.order])).toEqual([
      ['problem', '投资乏力', 0],
      ['problem', '储备不足', 1],
      ['action', '县发改局要在6月底前完成项目入库', 2],
      ['action', '各乡镇要抓好安全生产', 3],
    ]);
    const action = items[2]!;
    expect(action.anchor.exact).toBe('县发改局要在6月底前完成项目入库');
    expect(action.anchor.prefix.endsWith('二是储备不足。')).toBe(true);
    expect(action.anchor.suffix).toBe('。各乡镇要抓好安全生产。');
    expect(action.deadline).toEqual({ text: '6月底前', due: '2026-06-30', type: 'absolute' });
    expect(action.section).toEqual([{ marker: '一、', title: '抓项目' }]);
    expect(items[0]!.group).toBe('两个方面');
  });
});

describe('problem items keep their own position (位置)', () => {
  const lines = (...l: string[]) => l.join('\n');
  const headingsOf = (doc: string, specs: [string, string, number][]): Heading[] =>
    specs.map(([marker, title, level]) => {
      const start = doc.indexOf(marker + title);
      return { marker, title, level, start, end: start + marker.length + title.length, inline: false };
    });

  it('a list whose problems are headings gives each problem its own heading, not the first one', () => {
    const doc = lines('一、存在的不足', '（一）审批时限偏长', '（二）融资渠道单一', '（三）人才储备不足', '二、下步打算', '（一）压缩审批时限');
    const analysis = analysisOf(doc, [{ quote: '压缩审批时限', section: [{ marker: '二、', title: '下步打算' }] }], [
      { label: '三个方面', section: [{ marker: '一、', title: '存在的不足' }, { marker: '（一）', title: '审批时限偏长' }], items: [{ title: '审批时限偏长' }, { title: '融资渠道单一' }, { title: '人才储备不足' }] },
    ]);
    analysis.headings = headingsOf(doc, [['一、', '存在的不足', 1], ['（一）', '审批时限偏长', 2], ['（二）', '融资渠道单一', 2], ['（三）', '人才储备不足', 2], ['二、', '下步打算', 1], ['（一）', '压缩审批时限', 2]]);
    const problems = draftItems(doc, analysis).filter((d) => d.kind === 'problem');
    expect(problems.map((p) => p.section.map((s) => s.marker + s.title).join(' › '))).toEqual([
      '一、存在的不足 › （一）审批时限偏长',
      '一、存在的不足 › （二）融资渠道单一',
      '一、存在的不足 › （三）人才储备不足',
    ]);
  });

  it('problems inside one paragraph share the heading they stand under; with no headings the group path is kept', () => {
    const doc = lines('三、问题与差距', '主要是：一是资金到位慢；二是配套跟不上；三是督导不经常。');
    const spec = [{ label: '三个方面', section: [{ marker: '三、', title: '问题与差距' }], items: [{ title: '资金到位慢' }, { title: '配套跟不上' }, { title: '督导不经常' }] }];
    const analysis = analysisOf(doc, [], spec);
    expect(draftItems(doc, analysis).map((d) => d.section)).toEqual(Array.from({ length: 3 }, () => [{ marker: '三、', title: '问题与差距' }]));
    analysis.headings = headingsOf(doc, [['三、', '问题与差距', 1]]);
    expect(draftItems(doc, analysis).map((d) => d.section)).toEqual(Array.from({ length: 3 }, () => [{ marker: '三、', title: '问题与差距' }]));
  });

  it('a deeper heading is popped by the next heading of its level or above', () => {
    const doc = lines('一、甲', '（一）乙', '1.丙', '（二）丁', '二、戊');
    const at = headingPathAt(headingsOf(doc, [['一、', '甲', 1], ['（一）', '乙', 2], ['1.', '丙', 3], ['（二）', '丁', 2], ['二、', '戊', 1]]))!;
    const path = (needle: string) => at(doc.indexOf(needle)).map((s) => s.title).join('/');
    expect([path('甲'), path('丙'), path('丁'), path('戊')]).toEqual(['甲', '甲/乙/丙', '甲/丁', '戊']);
    expect(at(0)).toEqual([{ marker: '一、', title: '甲' }]);
    expect(headingPathAt([])).toBeNull();
  });

  it('the engine\'s own reading of a report whose problems are numbered headings', () => {
    const doc = lines(
      '关于全区民生实事推进情况的报告',
      '一、推进中的短板',
      '目前还存在以下四个方面的问题。',
      '（一）老旧小区改造进度不均衡。个别街道开工率偏低。',
      '（二）养老服务设施覆盖不足。农村互助幸福院运营困难。',
      '（三）停车难问题仍然突出。新增泊位缺口较大。',
      '（四）资金拨付不够及时。部分项目存在欠款。',
      '二、下一步措施',
      '（一）加快改造进度',
      '区住建局要在2027年5月底前完成全部开工。',
    );
    const problems = draftItems(doc, analyze(doc, { referenceDate: '2027-01-10' })).filter((d) => d.kind === 'problem');
    expect(problems.length).toBe(4);
    expect(problems.map((p) => p.section.at(-1)?.marker)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(problems.every((p) => p.section[0]?.marker === '一、')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { draftItems } from './draft-items';
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

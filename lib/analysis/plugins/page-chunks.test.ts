import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { cleanLine } from '../text/lines';
import { lint, run } from '../test-utils';
import { isOpenEnded, joinLines } from './page-chunks';

describe('joinLines', () => {
  it('joins two lines without the second one\'s marker, offsets mapping back into the input', () => {
    const input = '开工建设了西郊水库等**重点**\n2、项目126个，完成**年度**计划。';
    const a = cleanLine(input, 0, input.indexOf('\n'), 0);
    const b = cleanLine(input, input.indexOf('\n') + 1, input.length, 1);
    const j = joinLines(a, b, 2);
    expect(j.text).toBe('开工建设了西郊水库等重点项目126个，完成年度计划。');
    for (let i = 0; i < j.text.length; i++) expect(input[j.map![i]!]).toBe(j.text[i]);
    expect(j.bold.map(([s, e]) => j.text.slice(s, e))).toEqual(['重点', '年度']);
    expect([j.start, j.end]).toEqual([0, input.length]);
  });
});

describe('isOpenEnded', () => {
  it('is true for a long line cut mid-sentence, false for a finished sentence, a short line or a numbered line', () => {
    const line = (t: string) => cleanLine(t, 0, t.length, 0);
    expect(isOpenEnded(line('全年实施省市重点项目，建成城市快速路，开工建设了西郊水库等重点'))).toBe(true);
    expect(isOpenEnded(line('全年实施省市重点项目，建成城市快速路，开工建设了西郊水库。'))).toBe(false);
    expect(isOpenEnded(line('一、回顾'))).toBe(false);
    expect(isOpenEnded(line('1、全年实施省市重点项目，建成城市快速路，开工建设了西郊水库等重点'))).toBe(false);
  });
});

describe('remarkPageChunks', () => {
  const text = '二、下一步工作\n县住建局要在6月底前开工建设城北污水处理厂等重点\n2、项目，确保年底前建成投运。\n县财政局要保障资金。';

  it('joins a sentence a page break cut, and reports the marker', () => {
    const r = run(text);
    expect(r.headings.map((h) => h.marker + h.title)).toEqual(['二、下一步工作']);
    expect(lint(text, ['page-chunk'])).toEqual(['page-chunk@2、: Unexpected numbering 「2、」 inside a sentence, expected none: 疑似文库分页残留的序号（上一行未结束）']);
  });

  it('gives one action across the break, whose span slices back to the input', () => {
    const a = analyze(text, { referenceDate: '2026-03-01' });
    const cut = a.actions.find((x) => x.owners.includes('县住建局'))!;
    expect(text.slice(cut.start, cut.end)).toBe(cut.text);
    expect(cut.text).toBe('县住建局要在6月底前开工建设城北污水处理厂等重点\n2、项目，确保年底前建成投运');
    expect(cut.deadline?.text).toBe('6月底前');
    expect(a.actions.map((x) => x.owners[0])).toEqual(['县住建局', '县财政局']);
  });

  it('leaves a real numbered list alone (1、2、 after a finished sentence)', () => {
    const list = '主要任务如下：\n1、县住建局要完成污水处理厂建设。\n2、县财政局要保障资金。';
    expect(lint(list, ['page-chunk'])).toEqual([]);
    expect(analyze(list).actions).toHaveLength(2);
  });
});

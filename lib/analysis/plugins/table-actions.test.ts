import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';

describe('remarkTableActions', () => {
  const text = [
    '2027年全市文明城市创建任务分解表',
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限\t分管领导',
    '1\t必须完成背街小巷环境整治60条\t市城管局\t各区政府\t6月底前\t周建国',
    '2\t建立志愿服务积分兑换制度\t市文明办\t团市委、市民政局\t全年\t周建国',
    '3\t建设城市书房10处\t市文广旅局\t\t待定\t吴丽',
    '4\t开展“最美家庭”评选\t市妇联\t\t国庆节前\t吴丽',
    '5\t完成公益广告更新\t市委宣传部\t\t2027/8/15\t吴丽',
    '6\t组织文明交通劝导\t市公安局\t\t10月\t吴丽',
  ].join('\n');

  it('makes one action per row: its span is the task cell, persons never owners, the header no item', () => {
    const a = run(text).actions;
    expect(a.map((x) => text.slice(x.start, x.end))).toEqual(['必须完成背街小巷环境整治60条', '建立志愿服务积分兑换制度', '建设城市书房10处', '开展“最美家庭”评选', '完成公益广告更新', '组织文明交通劝导']);
    expect(a.flatMap((x) => x.owners)).not.toContain('周建国');
    expect(a.map((x) => x.strength)).toEqual(['strong', 'medium', 'medium', 'medium', 'medium', 'medium']);
    expect(a.every((x) => x.core)).toBe(true);
  });

  it('reads the deadline cell through the deadline extractor, in the document year; an unset cell gives none; a bare date is the day it is due by', () => {
    const a = run(text).actions;
    expect(a.map((x) => x.deadline && [x.deadline.text, x.deadline.type, x.deadline.due, text.slice(x.deadline.start, x.deadline.end)])).toEqual([
      ['6月底前', 'period', '2027-06-30', '6月底前'],
      ['全年', 'period', '2027-12-31', '全年'],
      null,
      ['国庆节前', 'period', '2027-09-30', '国庆节前'],
      // A date alone in the column means "by then".
      ['2027/8/15', 'absolute', '2027-08-15', '2027/8/15'],
      ['10月', 'period', '2027-10-31', '10月'],
    ]);
  });

  it('merges the rows with the prose actions in document order, under the heading above the table', () => {
    const draft = ['一、工作要求', '各单位要高度重视，县政府办公室要在3月底前印发实施方案。', '附件', '重点任务\t责任单位\t完成时间', '完成乡镇卫生院标准化改造\t县卫健局\t2026年12月底前', '二、保障措施', '县财政局要保障经费。'].join('\n');
    const a = run(draft).actions;
    expect(a.map((x) => [x.text, x.owners, x.section])).toEqual([
      ['各单位要高度重视', ['各单位'], ['一、工作要求']],
      ['县政府办公室要在3月底前印发实施方案', ['县政府办公室'], ['一、工作要求']],
      ['完成乡镇卫生院标准化改造', ['县卫健局'], ['一、工作要求']],
      ['县财政局要保障经费', ['县财政局'], ['二、保障措施']],
    ]);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThan(a[i - 1]!.start);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { cellValueText, xlsxToText } from './xlsx';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('cellValueText', () => {
  it('gives the shown text of each kind of value', () => {
    expect(cellValueText(null)).toBe('');
    expect(cellValueText(12)).toBe('12');
    expect(cellValueText(new Date(Date.UTC(2027, 5, 30)))).toBe('2027年6月30日');
    expect(cellValueText({ richText: [{ text: '县' }, { text: '财政局' }] })).toBe('县财政局');
    expect(cellValueText({ formula: 'A1', result: '年底前' } as ExcelJS.CellValue)).toBe('年底前');
    expect(cellValueText({ text: '链接', hyperlink: 'x' })).toBe('链接');
    expect(cellValueText('甲\n乙')).toBe('甲 乙');
  });
});

describe('xlsxToText', () => {
  it('reads a 分工表 sheet with a merged title, merged units and dates: one item per row with its owners and date', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow([]);
    const ws = wb.addWorksheet('任务分工');
    ws.addRow(['2027年全区城市更新重点任务分工表']);
    ws.mergeCells(1, 1, 1, 6);
    ws.addRow(['序号', '工作任务', '责任单位', '协办单位', '时间节点', '联系人']);
    ws.addRow(['一、老旧小区改造']);
    ws.mergeCells(3, 1, 3, 6);
    ws.addRow([1, '完成老旧小区改造40个', '区住建局', '各街道', new Date(Date.UTC(2027, 9, 31)), '钱进']);
    ws.addRow([2, '加装电梯60部', null, '区市场监管局', null, '钱进']);
    ws.mergeCells(4, 3, 5, 3);
    ws.mergeCells(4, 5, 5, 5);
    ws.addRow([3, '建成口袋公园12个', '区园林局', null, '年底前', '孙悦']);
    const { text, sheets, sheet } = await xlsxToText(await bytesOf(wb));
    expect(sheets).toEqual(['说明', '任务分工']);
    expect(sheet).toBe('任务分工');
    expect(text.split('\n')).toEqual([
      '2027年全区城市更新重点任务分工表\t\t\t\t\t',
      '序号\t工作任务\t责任单位\t协办单位\t时间节点\t联系人',
      '一、老旧小区改造\t\t\t\t\t',
      '1\t完成老旧小区改造40个\t区住建局\t各街道\t2027年10月31日\t钱进',
      '2\t加装电梯60部\t\t区市场监管局\t\t钱进',
      '3\t建成口袋公园12个\t区园林局\t\t年底前\t孙悦',
    ]);
    const a = analyze(text, { referenceDate: '2027-01-05' });
    expect(a.actions.map((x) => [x.text, x.lead, x.coop, x.deadline?.due, x.section])).toEqual([
      ['完成老旧小区改造40个', ['区住建局'], ['各街道'], '2027-10-31', ['一、老旧小区改造']],
      ['加装电梯60部', ['区住建局'], ['区市场监管局'], '2027-10-31', ['一、老旧小区改造']],
      ['建成口袋公园12个', ['区园林局'], [], '2027-12-31', ['一、老旧小区改造']],
    ]);
    expect(a.actions.flatMap((x) => x.owners)).not.toContain('钱进');
  });

  it('reads the sheet asked for, and a sheet without a header from its cells', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').addRow(['无关']);
    const ws = wb.addWorksheet('乙');
    ws.addRow(['1', '开展河道“清四乱”专项行动', '区水务局、各镇', '6月底前']);
    ws.addRow(['2', '完成农村生活污水治理设施运维考核', '区生态环境分局', '每季度']);
    const { text, sheet } = await xlsxToText(await bytesOf(wb), '乙');
    expect(sheet).toBe('乙');
    const a = analyze(text, { referenceDate: '2027-01-05' });
    expect(a.actions.map((x) => [x.text, x.owners, x.deadline?.text])).toEqual([
      ['开展河道“清四乱”专项行动', ['区水务局', '各镇'], '6月底前'],
      ['完成农村生活污水治理设施运维考核', ['区生态环境分局'], '每季度'],
    ]);
    await expect(xlsxToText(await bytesOf(wb), '丙')).rejects.toThrow(/丙/);
  });

  it('rejects bytes that are not an .xlsx', async () => {
    await expect(xlsxToText(new TextEncoder().encode('不是表格'))).rejects.toThrow(/zip/);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerXlsx, SHEET_NAME } from './export-xlsx';
import { ledgerFixture } from './ledger-fixture';
import { ISO_HEADER, LEDGER_HEADER } from './ledger-rows';

async function readBack(): Promise<ExcelJS.Worksheet> {
  const bytes = await ledgerXlsx(ledgerFixture(), new Date(Date.UTC(2026, 3, 10)));
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb.getWorksheet(SHEET_NAME)!;
}

describe('xlsx export, read back with exceljs', () => {
  it('has the title row, merged, then the header, frozen below row 2', async () => {
    const ws = await readBack();
    expect(ws.getCell('A1').value).toBe('《在全县重点项目建设"攻坚年"推进会上的讲话》落实事项督办台账');
    expect(ws.getCell('K1').isMerged).toBe(true);
    expect(ws.getCell('K1').master.address).toBe('A1');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([...LEDGER_HEADER, ISO_HEADER]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes every row as plain text, dates as 2026年6月30日, with a hidden ISO column', async () => {
    const ws = await readBack();
    expect(ws.rowCount).toBe(2 + 6);
    const row = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(row(5)).toEqual([
      '3',
      '二、（三）',
      '任务',
      '由县发改局牵头，县财政局、县自然资源局配合，在2026年6月30日前完成重点项目入库，入库率达到"100%"',
      '县发改局',
      '县发改局',
      '县财政局、县自然资源局',
      '2026年6月30日',
      '推进中',
      '2026年3月15日：状态：未启动 → 推进中\n2026年4月2日：已完成入库初审（进度20%）',
      '黄灯',
      '2026-06-30',
    ]);
    expect(ws.getCell('F3').value).toBe('【待补】');
    expect(ws.getColumn(12).hidden).toBe(true);
    expect(ws.getColumn(11).hidden).toBe(false);
    for (let r = 3; r <= ws.rowCount; r++) for (let c = 1; c <= 12; c++) expect(typeof (ws.getCell(r, c).value ?? '')).toBe('string');
  });

  it('wraps and top-aligns the body cells', async () => {
    const ws = await readBack();
    expect(ws.getCell('D5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('J5').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('A2').font).toMatchObject({ bold: true });
  });
});

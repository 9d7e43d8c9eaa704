/**
 * The 督办台账 as an .xlsx workbook (exceljs), in the form offices circulate (domain.md §5.4): a merged title row,
 * then the header, frozen; every cell plain text, wrapped and top-aligned; the due date written 2026年6月30日 with
 * a hidden ISO column after the last one. No formulas or macros, so WPS and LibreOffice open it cleanly.
 * exceljs is large: extension pages should `import()` this module when the person asks for an export.
 */
import ExcelJS from 'exceljs';
import { ISO_HEADER, LEDGER_HEADER, type Ledger } from './ledger-rows';

/** Column widths in characters, LEDGER_HEADER order, then the ISO column. */
const WIDTHS = [6, 14, 6, 48, 14, 18, 16, 16, 10, 36, 20, 12];

/** Sheet name used for the ledger. */
export const SHEET_NAME = '督办台账';

/** The workbook of a ledger. */
export function ledgerWorkbook(ledger: Ledger, created: Date = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '落实 Luoshi';
  wb.created = created;
  wb.modified = created;
  const ws = wb.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.getColumn(WIDTHS.length).hidden = true;

  const last = LEDGER_HEADER.length;
  ws.addRow([ledger.title]);
  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.font = { name: '宋体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  const header = ws.addRow([...LEDGER_HEADER, ISO_HEADER]);
  header.font = { name: '黑体', size: 11, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  for (const row of ledger.rows) ws.addRow([...row.cells, row.dueIso]);

  const thin = { style: 'thin' as const };
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= last + 1; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (r > 2) {
        cell.font = { name: '宋体', size: 11 };
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 || c === 3 || c === 9 ? 'center' : 'left' };
      }
    }
  }
  return wb;
}

/** The .xlsx file's bytes. */
export async function ledgerXlsx(ledger: Ledger, created?: Date): Promise<Uint8Array> {
  const buf = await ledgerWorkbook(ledger, created).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

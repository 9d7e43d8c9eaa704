/**
 * .xlsx → draft text, with exceljs: a 分工表 workbook as the analysis reads a pasted Excel table — one line per
 * row, cells joined by TAB. The sheet is the one the person picks, else the first with text. A merged range keeps
 * its text in its first cell and leaves the others empty (columns stay in place; the analysis reads an empty unit or
 * date cell under a filled one as belonging to it). Dates are written 2027年6月30日 so the deadline extractor reads
 * them; rich text, formulas (their result) and links give their text. exceljs is large: `xlsxToText` loads it on
 * first use.
 */
import type ExcelJS from 'exceljs';

export interface XlsxResult {
  text: string;
  /** The workbook's sheet names, in order, and the one read. */
  sheets: string[];
  sheet: string;
}

/** The shown text of a cell value, on one line. */
export function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellValueText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value).replace(/[\t\r\n]+/g, ' ').trim();
}

/** A worksheet's rows as lines of TAB-separated cells (merged ranges: text in the first cell only). */
export function worksheetText(ws: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged cell other than its range's first one reads its master's value: it is left empty.
      cells.push(cell.isMerged && cell.master !== cell ? '' : cellValueText(cell.value).replace(/[\t\r\n]+/g, ' ').trim());
    }
    if (!cells.some(Boolean)) continue;
    // Every row keeps the sheet's width: a category row merged across the table is still a row of it.
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** Converts the bytes of an .xlsx file, reading `sheet` (by name) or else the first sheet with text. */
export async function xlsxToText(bytes: Uint8Array | ArrayBuffer, sheet?: string): Promise<XlsxResult> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const sheets = wb.worksheets.map((w) => w.name);
  if (!sheets.length) throw new Error('no worksheet');
  if (sheet !== undefined) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no worksheet ${sheet}`);
    return { text: worksheetText(ws), sheets, sheet };
  }
  for (const ws of wb.worksheets) {
    const text = worksheetText(ws);
    if (text.trim()) return { text, sheets, sheet: ws.name };
  }
  return { text: '', sheets, sheet: sheets[0]! };
}

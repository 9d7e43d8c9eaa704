import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema/checklist';
import { baseName, draftFileKind, readBytes, readDraftFile } from './read-draft';

const gb18030 = new Uint8Array([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0x0a, 0xd2, 0xaa, 0xd7, 0xa5, 0xba, 0xc3, 0xc2, 0xe4, 0xca, 0xb5, 0xa1, 0xa3]); // 同志们：\n要抓好落实。

describe('draftFileKind and baseName', () => {
  it('tells files apart by extension', () => {
    expect(['讲话.DOCX', 'a.txt', 'b.md', 'c.markdown', 'backup.json', 'old.doc', 'x', '分工表.XLSX', 'old.xls'].map(draftFileKind)).toEqual([
      'docx',
      'text',
      'text',
      'text',
      'backup',
      'unsupported',
      'unsupported',
      'xlsx',
      'unsupported',
    ]);
    expect(baseName('C:\\稿子\\在全县推进会上的讲话.docx')).toBe('在全县推进会上的讲话');
  });
});

describe('readDraftFile', () => {
  it('decodes GB18030 and UTF-8 text files and reports progress to the end', async () => {
    const seen: string[] = [];
    const r = await readDraftFile(new File([gb18030], '讲话.txt'), (stage, f) => seen.push(`${stage}:${f}`));
    expect(r).toEqual({ ok: true, text: '同志们：\n要抓好落实。', encoding: 'gb18030', messages: [] });
    expect(seen.at(-1)).toBe('convert:1');
    expect(seen).toContain('read:1');
    expect(await readDraftFile(new File(['# 标题\n要抓好落实。'], 'a.md'))).toMatchObject({ ok: true, encoding: 'utf-8', text: '# 标题\n要抓好落实。' });
  });

  it('refuses backups, other formats, binary and broken .docx with a sentence', async () => {
    expect(await readDraftFile(new File(['{}'], 'luoshi.json'))).toEqual({ ok: false, error: 'luoshi.json：这是 json 备份文件，请用“导入备份”' });
    expect(await readDraftFile(new File(['x'], 'a.doc'))).toMatchObject({ ok: false, error: expect.stringMatching(/另存为 \.docx/) });
    expect(await readDraftFile(new File([new Uint8Array([0, 1, 2, 0, 0, 0, 3])], 'a.txt'))).toMatchObject({ ok: false });
    expect(await readDraftFile(new File(['not a zip'], 'a.docx'))).toEqual({ ok: false, error: 'a.docx：无法读取，不是有效的 .docx 文档' });
    expect(await readDraftFile(new File(['not a zip'], 'a.xlsx'))).toEqual({ ok: false, error: 'a.xlsx：无法读取，不是有效的 .xlsx 表格' });
  });

  it('reads an .xlsx 分工表: its first sheet with text, or the sheet asked for', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('封面').addRow(['2027年重点任务']);
    wb.addWorksheet('分工').addRow(['重点任务', '牵头单位', '完成时限']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readDraftFile(new File([bytes], '分工表.xlsx'))).toEqual({ ok: true, text: '2027年重点任务', encoding: 'xlsx', messages: [], sheets: ['封面', '分工'], sheet: '封面' });
    expect(await readDraftFile(new File([bytes], '分工表.xlsx'), () => {}, '分工')).toMatchObject({ ok: true, text: '重点任务\t牵头单位\t完成时限', sheet: '分工' });
    expect(await readDraftFile(new File([bytes], '分工表.xlsx'), () => {}, '附表')).toEqual({ ok: false, error: '分工表.xlsx：没有名为“附表”的工作表' });
  });

  it('refuses a text file over the draft limit with a sentence that says so', async () => {
    const text = '要抓好落实。'.repeat(LIMITS.draftChars / 6 + 1);
    expect(await readDraftFile(new File([text], '长稿.txt'))).toEqual({ ok: false, error: '长稿.txt：文字有 2,000,004 字符，超出草稿上限 2,000,000 字符；请拆分成几个文件后分别导入' });
    expect(await readDraftFile(new File([text.slice(0, LIMITS.draftChars)], '长稿.txt'))).toMatchObject({ ok: true });
  });

  it('streams bytes in chunks', async () => {
    const big = new Uint8Array(300_000).fill(65);
    const fractions: number[] = [];
    const bytes = await readBytes(new Blob([big, big]), (_, f) => fractions.push(f));
    expect(bytes.length).toBe(600_000);
    expect(fractions.at(-1)).toBe(1);
  });
});

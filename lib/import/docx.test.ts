import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { docxToText, documentText, paragraphText, type DocxNode } from './docx';

const run = (value: string, isBold = false): DocxNode => ({ type: 'run', isBold, children: [{ type: 'text', value }] });
const para = (...children: DocxNode[]): DocxNode => ({ type: 'paragraph', children });

describe('paragraphText', () => {
  it('marks a bold lead sentence followed by plain text', () => {
    expect(paragraphText(para(run('一是抓项目。', true), run('各乡镇要组织开展项目观摩拉练。')))).toBe('**一是抓项目。**各乡镇要组织开展项目观摩拉练。');
    expect(paragraphText(para(run('　　'), run('一是', true), run('抓项目。', true), run('各乡镇要…')))).toBe('　　**一是抓项目。**各乡镇要…');
  });

  it('leaves a wholly bold paragraph, bold in the middle, and plain paragraphs as they are', () => {
    expect(paragraphText(para(run('一、抓项目', true)))).toBe('一、抓项目');
    expect(paragraphText(para(run('各乡镇要'), run('务必', true), run('落实。')))).toBe('各乡镇要务必落实。');
    expect(paragraphText(para(run('同志们：')))).toBe('同志们：');
  });

  it('keeps tabs and line breaks', () => {
    expect(paragraphText(para(run('甲'), { type: 'tab' }, run('乙'), { type: 'break', breakType: 'line' }, run('丙')))).toBe('甲\t乙\n丙');
  });
});

describe('documentText', () => {
  it('puts one paragraph per line, table cells in reading order', () => {
    const doc: DocxNode = { type: 'document', children: [para(run('标题')), { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [para(run('甲'))] }, { type: 'tableCell', children: [para(run('乙'))] }] }] }, para(run('完'))] };
    expect(documentText(doc)).toBe('标题\n甲\n乙\n完');
  });
});

describe('docxToText', () => {
  it('reads a real .docx: paragraphs kept, bold leads marked, and the analysis finds the problems and actions', async () => {
    const p = (...runs: TextRun[]) => new Paragraph({ children: runs });
    const file = new Document({
      sections: [
        {
          children: [
            p(new TextRun({ text: '在全县重点项目推进会上的讲话', bold: true })),
            p(new TextRun('同志们：')),
            p(new TextRun('一、存在的问题')),
            p(new TextRun('当前，项目建设还存在三个方面的问题：一是项目储备不足；二是要素保障不力；三是推进速度偏慢。')),
            p(new TextRun('二、下一步工作')),
            p(new TextRun({ text: '一是抓项目储备。', bold: true }), new TextRun('县发改局要在6月底前完成项目入库。')),
            p(new TextRun({ text: '二是抓要素保障。', bold: true }), new TextRun('县自然资源局要在9月底前完成用地报批。')),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p(new TextRun('附表'))] })] })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(file));
    const { text } = await docxToText(bytes);
    expect(text.split('\n')).toEqual([
      '在全县重点项目推进会上的讲话',
      '同志们：',
      '一、存在的问题',
      '当前，项目建设还存在三个方面的问题：一是项目储备不足；二是要素保障不力；三是推进速度偏慢。',
      '二、下一步工作',
      '**一是抓项目储备。**县发改局要在6月底前完成项目入库。',
      '**二是抓要素保障。**县自然资源局要在9月底前完成用地报批。',
      '附表',
    ]);
    const a = analyze(text, { referenceDate: '2026-03-01' });
    expect(a.title).toBe('在全县重点项目推进会上的讲话');
    expect(a.problemGroups[0]?.items.map((i) => i.title)).toEqual(['项目储备不足', '要素保障不力', '推进速度偏慢']);
    expect(a.actions.map((x) => [x.owners, x.deadline?.due])).toEqual([
      [['县发改局'], '2026-06-30'],
      [['县自然资源局'], '2026-09-30'],
    ]);
  });

  it('rejects bytes that are not a .docx', async () => {
    await expect(docxToText(new TextEncoder().encode('不是文档'))).rejects.toThrow(/zip/);
  });
});

import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { countDocumentText, documentXmlEntry, docxToText, DocxTooLargeError, documentText, paragraphText, tableLines, type DocxNode } from './docx';

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
  it('puts one paragraph per line and a table row on one line, its cells joined by TAB', () => {
    const cell = (...children: DocxNode[]): DocxNode => ({ type: 'tableCell', children });
    const doc: DocxNode = {
      type: 'document',
      children: [para(run('标题')), { type: 'table', children: [{ type: 'tableRow', children: [cell(para(run('甲'))), cell(para(run('乙')), para(run('丙')))] }] }, para(run('完'))],
    };
    expect(documentText(doc)).toBe('标题\n甲\t乙 丙\n完');
  });

  it('keeps columns in place under merged cells: gridSpan adds empty cells, a cell merged down leaves empty cells below', () => {
    const cell = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): DocxNode => ({ type: 'tableCell', ...span, children: [para(run(text))] });
    const row = (...children: DocxNode[]): DocxNode => ({ type: 'tableRow', children });
    const table: DocxNode = {
      type: 'table',
      children: [row(cell('一、产业', { colSpan: 3 })), row(cell('任务甲'), cell('县商务局', { rowSpan: 2 }), cell('6月底前')), row(cell('任务乙'), cell('9月底前'))],
    };
    expect(tableLines(table)).toEqual(['一、产业\t\t', '任务甲\t县商务局\t6月底前', '任务乙\t\t9月底前']);
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

  it('reads a 任务分解表 as one item per row with its units and date; header cells are no items; merged cells cover their rows', async () => {
    const c = (text: string, opts: { merge?: 'restart' | 'continue'; span?: number } = {}) =>
      new TableCell({
        children: [new Paragraph(text)],
        ...(opts.merge ? { verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
        ...(opts.span ? { columnSpan: opts.span } : {}),
      });
    const r = (...cells: TableCell[]) => new TableRow({ children: cells });
    const file = new Document({
      sections: [
        {
          children: [
            new Paragraph('关于印发2027年乡村振兴重点任务分解表的通知'),
            new Paragraph('各乡镇、县直各部门：现将任务分解表印发给你们，请认真抓好落实。'),
            new Table({
              rows: [
                r(c('序号'), c('重点任务'), c('牵头单位'), c('配合单位'), c('完成时限'), c('责任人')),
                r(c('一、产业振兴', { span: 6 })),
                r(c('1'), c('新建高标准农田2万亩'), c('县农业农村局', { merge: 'restart' }), c('县财政局、各乡镇'), c('2027年10月底前', { merge: 'restart' }), c('陈刚')),
                r(c('2'), c('培育县级以上农业龙头企业5家'), c('', { merge: 'continue' }), c('县商务局'), c('', { merge: 'continue' }), c('陈刚')),
                r(c('3'), c('完成农村人居环境整治村庄30个'), c('县住建局'), c(''), c('年底前'), c('吴敏')),
              ],
            }),
          ],
        },
      ],
    });
    const { text } = await docxToText(new Uint8Array(await Packer.toBuffer(file)));
    expect(text.split('\n').slice(2)).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限\t责任人',
      '一、产业振兴\t\t\t\t\t',
      '1\t新建高标准农田2万亩\t县农业农村局\t县财政局、各乡镇\t2027年10月底前\t陈刚',
      '2\t培育县级以上农业龙头企业5家\t\t县商务局\t\t陈刚',
      '3\t完成农村人居环境整治村庄30个\t县住建局\t\t年底前\t吴敏',
    ]);
    const a = analyze(text, { referenceDate: '2027-01-05' });
    const rows = a.actions.filter((x) => x.section.includes('一、产业振兴'));
    expect(rows.map((x) => [x.text, x.lead, x.coop, x.deadline?.text, x.deadline?.due])).toEqual([
      ['新建高标准农田2万亩', ['县农业农村局'], ['县财政局', '各乡镇'], '2027年10月底前', '2027-10-31'],
      ['培育县级以上农业龙头企业5家', ['县农业农村局'], ['县商务局'], '2027年10月底前', '2027-10-31'],
      ['完成农村人居环境整治村庄30个', ['县住建局'], [], '年底前', '2027-12-31'],
    ]);
    for (const word of ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '责任人', '一、产业振兴']) expect(a.actions.some((x) => x.text.includes(word))).toBe(false);
    expect(a.actions.flatMap((x) => x.owners)).not.toContain('陈刚');
  });

  it('reads a table without a header row from its cells', async () => {
    const row = (...texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const file = new Document({
      sections: [{ children: [new Table({ rows: [row('1', '组织开展消防安全大检查，整改火灾隐患', '街道应急办、各社区', '5月底前'), row('2', '更新辖区微型消防站器材', '街道城管科', '8月底前')] })] }],
    });
    const { text } = await docxToText(new Uint8Array(await Packer.toBuffer(file)));
    const a = analyze(text, { referenceDate: '2027-01-05' });
    expect(a.actions.map((x) => [x.text, x.owners, x.deadline?.due])).toEqual([
      ['组织开展消防安全大检查，整改火灾隐患', ['街道应急办', '各社区'], '2027-05-31'],
      ['更新辖区微型消防站器材', ['街道城管科'], '2027-08-31'],
    ]);
  });

  it('rejects bytes that are not a .docx', async () => {
    await expect(docxToText(new TextEncoder().encode('不是文档'))).rejects.toThrow(/zip/);
  });
});

describe('.docx size limit', () => {
  const docx = async (paragraphs: string[], runs = 1, bold = false) =>
    new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: Array.from({ length: runs }, (_, i) => new TextRun({ text: p, bold: bold && i % 2 === 0 })) })) }] })));

  it('counts the text of word/document.xml from the zip, an entity as one character', async () => {
    const bytes = await docx(['要抓好落实 & 确保<实效>', '二是加强督办。'], 3, true);
    const entry = documentXmlEntry(bytes)!;
    expect(entry.method).toBe(8);
    const fractions: number[] = [];
    expect(await countDocumentText(entry, 1000, (f) => fractions.push(f))).toBe(3 * ('要抓好落实 & 确保<实效>'.length + '二是加强督办。'.length));
    expect(fractions.at(-1)).toBe(1);
    expect(documentXmlEntry(new TextEncoder().encode('不是文档'))).toBeNull();
  });

  it('refuses a document over the limit before mammoth reads it, and reads one at the limit', async () => {
    const line = '各乡镇要认真贯彻落实会议精神，确保年底前取得明显成效。';
    const bytes = await docx(Array.from({ length: 40 }, () => line), 5);
    const total = 40 * 5 * line.length;
    const error = await docxToText(bytes, total - 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxTooLargeError);
    expect((error as DocxTooLargeError).chars).toBeGreaterThan(total - 1);
    const fractions: number[] = [];
    const { text } = await docxToText(bytes, total + 39, (f) => fractions.push(f));
    expect(text.length).toBe(total + 39);
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops the walker at the limit when the count from the zip missed text', () => {
    const doc: DocxNode = { type: 'document', children: Array.from({ length: 10 }, () => para(run('一二三四五六七八九十'))) };
    expect(documentText(doc, 109)).toHaveLength(109);
    expect(() => documentText(doc, 108)).toThrow(DocxTooLargeError);
  });
});

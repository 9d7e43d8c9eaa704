/**
 * The .docx 督办通知单, laid out as a 公文 (GB/T 9704-2012), made with the `docx` package: A4, margins top 37 mm,
 * bottom 35, left 28, right 26; the title in 2号 (22 pt) 方正小标宋简体, the rest in 3号 (16 pt) 仿宋_GB2312 on a fixed
 * line of 28.95 pt (22 lines a page); the 督办编号 line under the title, 主送 flush left, body paragraphs indented two
 * characters; the items as a table (序号, 督办事项, 责任单位, 完成时限, 办理状态; 小四 12 pt, 黑体 head row
 * repeated on every page, a row never split across pages); 反馈时限 and 联系人/电话; 落款 and 成文日期 with the date four characters from the right; page
 * numbers 「— 1 —」 in 4号 宋体, odd pages at the right and even at the left, one character in (§7.5).
 *
 * Fonts cannot be required, only named: each named font's entry in word/fontTable.xml carries an altName and its
 * GB2312 charset, so Word and WPS without 仿宋_GB2312 or 方正小标宋简体 fall back to 仿宋 and 黑体 (SimHei).
 *
 * Several notices make one document, each its own section: it starts on a new page and its page numbers start at 1,
 * so a batch prints in one go and every owner's pages read as their own notice. Pure: notices in, bytes out
 * (Uint8Array), no DOM and no network, so vitest checks it in node and `npm run check:docx` opens it in LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Notice } from './docx-notice';

/** GB/T 9704-2012 §5.2.1 / §7.5 figures, in millimetres and points. */
export const LAYOUT = {
  page: { width: 210, height: 297 },
  margin: { top: 37, bottom: 35, left: 28, right: 26 },
  /** 3号 body, 2号 title, 小四 table (a dense attachment table, as offices set them), 4号 page number (points). */
  size: { body: 16, title: 22, table: 12, pageNumber: 14 },
  /** 22 lines in the 225 mm text block: 28.95 pt a line. */
  line: 28.95,
} as const;

/** The fonts named, each with the one Word and WPS use where it is missing. */
export const FONTS = {
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  title: { name: '方正小标宋简体', fallback: '黑体' },
  head: { name: '黑体', fallback: 'SimHei' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;

const pt = (points: number) => Math.round(points * 20);
/** Twips of `mm` millimetres, rounded (A4 is 11906 × 16838, as Word and WPS write it). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const halfPoints = (points: number) => Math.round(points * 2);
/** Twips of `chars` characters of body text (a 3号 character is 16 pt wide). */
const chars = (n: number, size: number = LAYOUT.size.body) => pt(size * n);
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' as const });
/** Chinese text: Word, WPS and LibreOffice apply its line-breaking rules (no 「（」 at a line's end, no 「）」 at a start). */
const language = { value: 'zh-CN', eastAsia: 'zh-CN' };

const TEXT_WIDTH = mm(LAYOUT.page.width - LAYOUT.margin.left - LAYOUT.margin.right);
/** Cell padding left and right, in twips. */
const CELL_PAD = 80;
/**
 * Column widths in 小四 characters: 序号 (three digits) 2½, 责任单位 (one unit a line, 县发改局（牵头） with room) 8½,
 * 完成时限 (2027年12月 / 31日, room for a font's wider digits) 6, 办理状态 4½; 督办事项 takes the rest (about 12½).
 */
const COLUMN_WIDTHS = (() => {
  const fixed = [2.5, 8.5, 6, 4.5].map((n) => chars(n, LAYOUT.size.table) + 2 * CELL_PAD);
  const [no, owners, due, status] = fixed as [number, number, number, number];
  return [no, TEXT_WIDTH - no - owners - due - status, owners, due, status];
})();

const bodyLine = { line: pt(LAYOUT.line), lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, options: { font?: string; size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: font(options.font ?? FONTS.body.name), size: halfPoints(options.size ?? LAYOUT.size.body), bold: options.bold, language });
}

/** A body paragraph: 仿宋 3号 on the fixed line. */
function para(text: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; firstLine?: number; right?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    children: text ? [run(text)] : [],
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: { firstLine: options.firstLine, right: options.right },
    spacing: options.before ? { ...bodyLine, before: options.before } : bodyLine,
  });
}

/** Width of `text` in characters of its size: CJK and full-width count 1, the rest ½ (digits, Latin). */
function widthInChars(text: string): number {
  let w = 0;
  for (const c of text) w += (c.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5;
  return w;
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(text: string | readonly string[], width: number, options: { head?: boolean; center?: boolean }): TableCell {
  const size = LAYOUT.size.table;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: CELL_PAD, right: CELL_PAD },
    borders,
    children: (typeof text === 'string' ? [text] : text.length ? text : ['']).map(
      (line) =>
        new Paragraph({
          children: [run(line, { font: options.head ? FONTS.head.name : FONTS.body.name, size })],
          alignment: options.head || options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: pt(size * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        }),
    ),
  });
}

function itemsTable(notice: Notice): Table {
  const { header } = notice;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [header.no, header.text, header.owners, header.due, header.status].map((h, i) => cell(h, COLUMN_WIDTHS[i]!, { head: true })),
  });
  const rows = notice.items.map(
    (item, i) =>
      new TableRow({
        // A row is kept on one page: an item never reads as two.
        cantSplit: true,
        children: [String(i + 1), item.text, item.ownerList, item.due, item.status].map((text, c) => cell(text, COLUMN_WIDTHS[c]!, { center: c === 0 || c === 3 || c === 4 })),
      }),
  );
  return new Table({ rows: [head, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_WIDTHS, layout: TableLayoutType.FIXED });
}

/** 「— 1 —」 at the right (odd pages) or left (even pages), one character in. */
function pageNumberFooter(side: 'odd' | 'even', words: { before: string; after: string }): Footer {
  const size = LAYOUT.size.pageNumber;
  const runOptions = { font: font(FONTS.pageNumber.name), size: halfPoints(size) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: chars(1, size) } : { left: chars(1, size) },
        children: [new TextRun({ ...runOptions, children: [words.before, PageNumber.CURRENT, words.after] })],
      }),
    ],
  });
}

/** The section of one notice. */
function section(notice: Notice, pageWords: { before: string; after: string }): ISectionOptions {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(notice.title, { font: FONTS.title.name, size: LAYOUT.size.title })], alignment: AlignmentType.CENTER, spacing: { line: pt(LAYOUT.line * 1.4), lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
    para(notice.numberLine, { align: AlignmentType.CENTER }),
    para(''),
    para(notice.to, { align: AlignmentType.LEFT }),
    ...notice.paragraphs.map((p) => para(p, { firstLine: chars(2) })),
    itemsTable(notice),
  ];
  // Half a line between the table and what follows it.
  const after = [notice.feedbackLine, notice.contactLine].filter((l): l is string => l !== null);
  after.forEach((line, i) => children.push(para(line, { firstLine: chars(2), before: i === 0 ? pt(LAYOUT.line / 2) : 0 })));
  children.push(para(''), para(''));
  // 成文日期 右空四字; the office centred over the date (§7.3.5.1).
  const dateRight = 4;
  if (notice.office) children.push(para(notice.office, { align: AlignmentType.RIGHT, right: chars(Math.max(0, dateRight + (widthInChars(notice.date) - widthInChars(notice.office)) / 2)) }));
  children.push(para(notice.date, { align: AlignmentType.RIGHT, right: chars(dateRight) }));
  return {
    properties: {
      page: {
        size: { width: mm(LAYOUT.page.width), height: mm(LAYOUT.page.height) },
        margin: {
          top: mm(LAYOUT.margin.top),
          bottom: mm(LAYOUT.margin.bottom),
          left: mm(LAYOUT.margin.left),
          right: mm(LAYOUT.margin.right),
          header: mm(15),
          // The page number's line sits 7 mm under the text block (§7.5): its foot about 23 mm above the page's edge.
          footer: mm(LAYOUT.margin.bottom - 7 - 5),
        },
        pageNumbers: { start: 1 },
      },
    },
    footers: { default: pageNumberFooter('odd', pageWords), even: pageNumberFooter('even', pageWords) },
    children,
  };
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SANS: ReadonlySet<string> = new Set([FONTS.head.name, FONTS.head.fallback]);

/** word/fontTable.xml naming each font with its fallback (altName) and the GB2312 charset. */
export function fontTableXml(): string {
  const named: { name: string; fallback: string }[] = Object.values(FONTS);
  const fallbacks = named.filter((f) => !named.some((n) => n.name === f.fallback)).map((f) => ({ name: f.fallback, fallback: '' }));
  const fonts = [...named, ...fallbacks]
    .map((f) => `<w:font w:name="${xmlText(f.name)}">${f.fallback ? `<w:altName w:val="${xmlText(f.fallback)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${SANS.has(f.name) ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The 督办通知单 of `notices` as a .docx: one section per notice (a new page, page numbers from 1). */
export async function noticesDocx(notices: readonly Notice[], options: { title?: string; pageNumber?: { before: string; after: string } } = {}): Promise<Uint8Array> {
  if (notices.length === 0) throw new RangeError('no notice to write');
  const pageWords = options.pageNumber ?? { before: '— ', after: ' —' };
  const doc = new Document({
    title: options.title ?? notices[0]!.title,
    creator: 'Luoshi',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body.name), size: halfPoints(LAYOUT.size.body), language }, paragraph: { spacing: bodyLine } },
      },
    },
    sections: notices.map((n) => section(n, pageWords)),
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

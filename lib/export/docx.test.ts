import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { OwnerSheet } from '../dashboard/model';
import { parseSettings } from '../schema/settings';
import { FONTS, LAYOUT, noticesDocx } from './docx';
import { noticeOf, type Notice } from './docx-notice';
import { blankItem } from '../checklist/testing';

/** Every file of a zip, unpacked, as text (the central directory read as lib/import/docx.ts does). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const out = new Map<string, string>();
  let at = view.getUint32(eocd + 16, true);
  for (let k = view.getUint16(eocd + 10, true); k > 0; k--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    out.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const base = blankItem;
const sheet = (owner: string, texts: string[]): OwnerSheet => ({
  owner,
  rows: texts.map((text, i) => ({ item: { ...base, id: `${owner}${i}`, text, owners: [owner, '县财政局'], lead: [owner], coop: ['县财政局'], status: 'in_progress', due: '2027-06-30' }, light: null, docTitle: '春季农业生产调度会讲话', ownersText: '', due: '2027-06-30' })),
});
const settings = parseSettings({ supervision: { office: '县政府督查室', contact: '钱进', phone: '0512-6655 7788' } }).supervision;
const notices: Notice[] = [
  noticeOf(sheet('县农业农村局', ['完成高标准农田建设1.2万亩', '抓好春播 & 备耕<物资>储备']), { number: '督〔2027〕5号', issuedOn: '2027-03-02' }, settings, { today: '2027-03-09', locale: 'zh-CN' }),
  noticeOf(sheet('县水利局', ['完成小型水库除险加固3座']), { number: '督〔2027〕6号', issuedOn: '2027-03-02' }, settings, { today: '2027-03-09', locale: 'zh-CN' }),
];
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** The text of a WordprocessingML part: every <w:t>, paragraphs on lines. */
const textOf = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('noticesDocx', async () => {
  const files = unzip(await noticesDocx(notices));
  const doc = files.get('word/document.xml')!;

  it('is a Word package with the document, styles, footers and font table', () => {
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml', 'word/settings.xml']));
    expect(files.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('writes the words of each notice, in order, escaped', () => {
    const text = textOf(doc);
    for (const n of notices) {
      for (const line of [n.title, n.numberLine, n.to, ...n.paragraphs, ...n.items.map((i) => i.text), n.feedbackLine!, n.contactLine!, n.office, n.date]) expect(text).toContain(line);
    }
    expect(text).toContain('抓好春播 & 备耕<物资>储备');
    expect(text.indexOf('督〔2027〕5号')).toBeLessThan(text.indexOf('督〔2027〕6号'));
    expect(text).toContain('序号\n督办事项\n责任单位\n完成时限\n办理状态');
    expect(text).toContain('县农业农村局（牵头）\n县财政局（配合）\n2027年6月30日\n推进中');
  });

  it('lays out A4 with the GB/T 9704 margins, one section per notice, page numbers from 1', () => {
    const sections = [...doc.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s).toMatch(new RegExp(`<w:pgSz w:w="${twip(210)}" w:h="${twip(297)}"`));
      expect(s).toContain(`w:top="${twip(37)}"`);
      expect(s).toContain(`w:bottom="${twip(35)}"`);
      expect(s).toContain(`w:left="${twip(28)}"`);
      expect(s).toContain(`w:right="${twip(26)}"`);
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toMatch(/<w:footerReference w:type="default"/);
      expect(s).toMatch(/<w:footerReference w:type="even"/);
    }
  });

  it('sets the title in 2号 方正小标宋简体 and the body in 3号 仿宋_GB2312 on a fixed 28.95 pt line', () => {
    const title = doc.split('</w:p>').find((p) => p.includes('>督办通知单<'))!;
    expect(title).toContain(`w:eastAsia="${FONTS.title.name}"`);
    expect(title).toContain(`<w:sz w:val="${LAYOUT.size.title * 2}"/>`);
    expect(title).toContain('<w:jc w:val="center"/>');
    const body = doc.split('</w:p>').find((p) => p.includes(notices[0]!.paragraphs[0]!))!;
    expect(body).toContain(`w:eastAsia="${FONTS.body.name}"`);
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:firstLine="640"');
    expect(body).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    const styles = files.get('word/styles.xml')!;
    expect(styles).toContain(`w:eastAsia="${FONTS.body.name}"`);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('sets the table head in 黑体 and repeats it on each page; rows stay whole', () => {
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const head = doc.split('</w:p>').find((p) => p.includes('>督办事项<'))!;
    expect(head).toContain(`w:eastAsia="${FONTS.head.name}"`);
    expect(head).toContain(`<w:sz w:val="${LAYOUT.size.table * 2}"/>`);
    expect(doc.match(/<w:cantSplit\/>/g)!.length).toBeGreaterThanOrEqual(3 + 2);
  });

  it('puts 「— N —」 in 4号 宋体 at the right of odd pages and the left of even ones', () => {
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(4);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(textOf(f)).toMatch(/^— .* —$/);
      expect(f).toContain(`w:eastAsia="${FONTS.pageNumber.name}"`);
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.filter((f) => f.includes('<w:jc w:val="right"/>'))).toHaveLength(2);
    expect(footers.filter((f) => f.includes('<w:jc w:val="left"/>'))).toHaveLength(2);
  });

  it('names a fallback for every font it uses', () => {
    const table = files.get('word/fontTable.xml')!;
    for (const f of Object.values(FONTS)) expect(table).toContain(`<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/>`);
    expect(table).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });

  it('refuses to write no notice', async () => {
    await expect(noticesDocx([])).rejects.toThrow(RangeError);
  });
});

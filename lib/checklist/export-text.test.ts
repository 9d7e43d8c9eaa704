import { describe, expect, it } from 'vitest';
import { csvField, ledgerCsv, ledgerMarkdown, markdownCell } from './export-text';
import { ledgerFixture } from './ledger-fixture';

describe('csv', () => {
  it('starts with a UTF-8 BOM and the header, CRLF, quoting where needed', () => {
    const csv = ledgerCsv(ledgerFixture());
    expect(csv.startsWith('\uFEFF序号,来源位置,类别,事项内容,牵头单位,责任单位,配合单位,完成时限,状态,进展情况,备注,完成时限（ISO）\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('1,正文 问题清单「两个方面」,问题,项目储备质量不高。谋划深度不够,,【待补】,,【待补】,未启动,,,');
    expect(lines[3]).toContain('"由县发改局牵头，县财政局、县自然资源局配合，在2026年6月30日前完成重点项目入库，入库率达到""100%"""');
    expect(lines[3]).toContain('"2026年3月15日：状态：未启动 → 推进中\n2026年4月2日：已完成入库初审（进度20%）"');
    expect(lines[3]!.endsWith(',2026-06-30')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    [' =1+2', "' =1+2"],
    ['\u3000\u3000+cmd', "'\u3000\u3000+cmd"],
    ['\t=x', "'\t=x"],
    ['\n=x', "\"'\n=x\""],
    ['负增长-1%', '负增长-1%'],
    ['a = b', 'a = b'],
  ])('csvField(%s)', (v, want) => expect(csvField(v)).toBe(want));
});

describe('markdown', () => {
  it('gives the title and a table of every row', () => {
    const md = ledgerMarkdown(ledgerFixture());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 《在全县重点项目建设"攻坚年"推进会上的讲话》落实事项督办台账');
    expect(lines[2]).toBe('| 序号 | 来源位置 | 类别 | 事项内容 | 牵头单位 | 责任单位 | 配合单位 | 完成时限 | 状态 | 进展情况 | 备注 |');
    expect(lines[3]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(lines).toHaveLength(4 + 6 + 1);
    expect(lines[6]).toContain('| 2026年3月15日：状态：未启动 → 推进中<br>2026年4月2日：已完成入库初审（进度20%） |');
  });
  it('escapes pipes and markup', () => {
    expect(markdownCell('a|b\nc<script>')).toBe('a\\|b<br>c&lt;script>');
  });
  it('neutralises remote images, links and autolinks in cells and the title', () => {
    expect(markdownCell('![x](https://t.example/p.png) [点此](javascript:alert(1)) <https://t.example>')).toBe('\\!\\[x\\](https://t.example/p.png) \\[点此\\](javascript:alert(1)) &lt;https://t.example>');
    const md = ledgerMarkdown({ title: '讲话 ![t](https://t.example/a.png)\n# 另一个标题 <img src=x> **粗** #', rows: [] });
    expect(md.split('\n')[0]).toBe('# 讲话 \\!\\[t\\](https://t.example/a.png) \\# 另一个标题 &lt;img src=x> \\*\\*粗\\*\\* \\#');
  });
});

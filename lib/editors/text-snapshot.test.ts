// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readTextSnapshot, valueSnapshot } from './text-snapshot';

function host(html: string): HTMLElement {
  document.body.innerHTML = `<div id="host" contenteditable="true">${html}</div>`;
  return document.getElementById('host')!;
}

describe('readTextSnapshot', () => {
  it.each([
    ['paragraphs become lines', '<p>一、总体要求</p><p>要抓好落实。</p>', '一、总体要求\n要抓好落实。'],
    ['an empty paragraph is an empty line', '<p>甲</p><p><br></p><p>乙</p>', '甲\n\n乙'],
    ['nested blocks give one break', '<div><p>甲</p></div><div><p>乙</p></div>', '甲\n乙'],
    ['inline markup stays on the line', '<p>县<b>发改局</b>要<span>牵头</span>。</p>', '县发改局要牵头。'],
    ['a <br> inside a line breaks it, a trailing one does not', '<p>甲<br>乙<br></p><p>丙</p>', '甲\n乙\n丙'],
    ['inline text before a block', '甲<p>乙</p>丙', '甲\n乙\n丙'],
    ['indentation between tags is no text', '\n  <p>甲</p>\n  <p>乙</p>\n', '甲\n乙'],
    ['newlines inside a line read as spaces (same length)', '<p>甲\n乙</p>', '甲 乙'],
    ['list items and table cells', '<ul><li>一是</li><li>二是</li></ul><table><tr><td>A</td></tr></table>', '一是\n二是\nA'],
    [
      'a table row is one line, its cells joined by TAB',
      '<p>附表</p><table><thead><tr><th>任务</th><th>牵头单位</th></tr></thead><tbody>\n  <tr><td>建台账</td><td>县商务局</td></tr>\n</tbody></table><p>完</p>',
      '附表\n任务\t牵头单位\n建台账\t县商务局\n完',
    ],
    ['blocks and <br> inside a cell read as spaces', '<table><tr><td><p>县财政局</p><p>县税务局</p></td><td>甲<br>乙\n丙</td><td></td></tr></table>', '县财政局 县税务局\t甲 乙 丙\t'],
    [
      'merged cells keep the columns in place',
      '<table><tr><td colspan="2">一、产业</td><td>x</td></tr><tr><td>任务甲</td><td rowspan="2">县商务局</td><td>6月底前</td></tr><tr><td>任务乙</td><td>9月底前</td></tr></table>',
      '一、产业\t\tx\n任务甲\t县商务局\t6月底前\n任务乙\t\t9月底前',
    ],
    ['a table nested in a cell is read inline', '<table><tr><td>甲<table><tr><td>乙</td><td>丙</td></tr></table></td><td>丁</td></tr></table>', '甲 乙 丙\t丁'],
    ['scripts and styles are skipped', '<p>甲<style>p{}</style><script>1</script></p>', '甲'],
  ])('%s', (_name, html, expected) => {
    expect(readTextSnapshot(host(html)).text).toBe(expected);
  });

  it('keeps newlines in pre-wrap editors', () => {
    expect(readTextSnapshot(host('<p>甲\n乙</p>'), { preserveNewlines: true }).text).toBe('甲\n乙');
  });

  it('skips subtrees the adapter names, and non-editable islands when asked', () => {
    const root = host('<p>甲<span data-skip>×</span>乙</p><p contenteditable="false">工具栏</p><p>丙</p>');
    expect(readTextSnapshot(root, { skip: (el) => el.hasAttribute('data-skip') }).text).toBe('甲乙\n工具栏\n丙');
    expect(readTextSnapshot(root, { editableOnly: true, skip: (el) => el.hasAttribute('data-skip') }).text).toBe('甲乙\n丙');
  });

  it('maps every span to a Range over exactly its characters, across nodes and lines', () => {
    const root = host('<p>县<b>发改局</b>要在6月底前完成。</p><p>各乡镇要配合😀。</p>');
    const snap = readTextSnapshot(root);
    const text = snap.text;
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        const range = snap.toRange(s, e);
        const expected = text.slice(s, e).replace(/^\n+|\n+$/g, '');
        if (expected === '') continue;
        expect(range?.toString().replace(/\n/g, '')).toBe(text.slice(s, e).replace(/\n/g, ''));
      }
    }
  });

  it('answers null for empty, inverted or out-of-range spans and clamps ends', () => {
    const snap = readTextSnapshot(host('<p>甲乙</p>'));
    expect(snap.toRange(1, 1)).toBeNull();
    expect(snap.toRange(2, 1)).toBeNull();
    expect(snap.toRange(5, 9)).toBeNull();
    expect(snap.toRange(1, 99)?.toString()).toBe('乙');
    expect(readTextSnapshot(host('')).toRange(0, 1)).toBeNull();
  });

  it('turns DOM boundary points back into offsets', () => {
    const root = host('<p>县<b>发改局</b>要</p><p>乙</p>');
    const snap = readTextSnapshot(root);
    const b = root.querySelector('b')!;
    const [p1, p2] = root.querySelectorAll('p');
    expect(snap.offsetOf(b.firstChild!, 2)).toBe(3);
    expect(snap.offsetOf(p1!, 0)).toBe(0);
    expect(snap.offsetOf(p1!, 1)).toBe(1);
    expect(snap.offsetOf(p1!, p1!.childNodes.length)).toBe(5);
    expect(snap.offsetOf(p2!, 0)).toBe(6);
    expect(snap.offsetOf(root, root.childNodes.length)).toBe(7);
    expect(snap.offsetOf(document.body, 0)).toBeNull();
    const roundTrip = [...snap.text].map((_, i) => snap.toRange(i, i + 1)).map((r) => (r ? snap.offsetOf(r.startContainer, r.startOffset) : null));
    expect(roundTrip).toEqual([0, 1, 2, 3, 4, null, 6]);
  });

  it('changes nothing in the DOM', () => {
    const root = host('<p>甲<br></p>\n<p>乙</p>');
    const before = root.innerHTML;
    const snap = readTextSnapshot(root);
    snap.toRange(0, 3);
    expect(root.innerHTML).toBe(before);
  });
});

describe('valueSnapshot', () => {
  it('is the value, without ranges', () => {
    const snap = valueSnapshot('甲\n乙');
    expect(snap.text).toBe('甲\n乙');
    expect(snap.toRange(0, 1)).toBeNull();
    expect(snap.offsetOf(document.body, 0)).toBeNull();
  });

  it('maps a table cell\'s span to exactly that cell, and the analysis finds the row\'s task, units and date', async () => {
    const { analyze } = await import('../analysis/index');
    const root = host(
      '<p>附件：任务分解表</p><table><tbody><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>' +
        '<tr><td>1</td><td><p>建成<b>智慧停车</b>平台</p></td><td>市城管局</td><td>市公安局、<br>市大数据局</td><td>2027年6月底前</td></tr>' +
        '<tr><td>2</td><td>新增公共充电桩500个</td><td rowspan="2">市发改委</td><td></td><td>年底前</td></tr>' +
        '<tr><td>3</td><td>完成加油站安全评估</td><td>市应急局</td><td>9月底前</td></tr></tbody></table>',
    );
    const snap = readTextSnapshot(root, { editableOnly: true });
    const a = analyze(snap.text, { referenceDate: '2027-01-05' });
    expect(a.actions.map((x) => [snap.toRange(x.start, x.end)?.toString(), x.lead, x.coop, x.deadline && snap.toRange(x.deadline.start, x.deadline.end)?.toString()])).toEqual([
      ['建成智慧停车平台', ['市城管局'], ['市公安局', '市大数据局'], '2027年6月底前'],
      ['新增公共充电桩500个', ['市发改委'], [], '年底前'],
      ['完成加油站安全评估', ['市发改委'], ['市应急局'], '9月底前'],
    ]);
    const td = root.querySelectorAll('td')[6]!;
    expect(snap.offsetOf(td.firstChild!.firstChild!, 0)).toBe(snap.text.indexOf('建成'));
  });
});

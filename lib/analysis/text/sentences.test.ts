import { describe, expect, it } from 'vitest';
import { clauses, endWithout, lastSentences, sentences, trimEndChars, trimRange } from './sentences';

const cut = (t: string, rs: Array<{ start: number; end: number }>) => rs.map((r) => t.slice(r.start, r.end));

describe('sentences and clauses', () => {
  it('ends sentences at 。！？, keeps closing quotes, and does not end inside quotes', () => {
    const t = '要抓好落实。他说：“这样不行！”我们要改。“快！”余下';
    expect(cut(t, sentences(t))).toEqual(['要抓好落实。', '他说：“这样不行！”我们要改。', '“快！”余下']);
  });
  it('cuts clauses at ；and not inside brackets', () => {
    const t = '对已开工的项目，要不停工；对准备开工的项目（含续建；改建），要排节点。';
    expect(cut(t, clauses(t))).toEqual(['对已开工的项目，要不停工；', '对准备开工的项目（含续建；改建），要排节点。']);
  });
  it('does not let an unbalanced quote swallow the paragraph', () => {
    const t = `“${'长'.repeat(130)}。后句。`;
    expect(sentences(t).length).toBe(2);
  });
  it('trims punctuation', () => {
    const t = '，要落实；';
    expect(cut(t, [trimRange(t, { start: 0, end: t.length })])).toEqual(['要落实']);
  });
  it('trims trailing chars like the regex it replaces, in linear time', () => {
    for (const t of ['要落实，，、 ', '、、、a、、', '　 ，', '', '无']) expect(trimEndChars(t, '，、')).toBe(t.replace(/[，、\s]+$/, ''));
    expect(trimEndChars('要落实；\u3000', '；', false)).toBe('要落实；\u3000');
    expect(endWithout('一是，二是，；三', 0, 6, '，；')).toBe(5);
    const long = `${'、'.repeat(200_000)}X`;
    expect(trimEndChars(long, '、')).toBe(long);
  });
  it('gives the last sentences before a position as sentences(text, from, to) would', () => {
    const t = '第一句。“引号里。”第二句！第三句，还没完；第四句。尾巴';
    for (const from of [0, 2, 4]) {
      for (let to = from + 1; to <= t.length; to++) {
        expect(lastSentences(t, from, to, 2)).toEqual(sentences(t, from, to).slice(-2));
        expect(lastSentences(t, from, to, 5)).toEqual(sentences(t, from, to).slice(-5));
      }
    }
  });
});

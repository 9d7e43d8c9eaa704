import { describe, expect, it } from 'vitest';
import { clauses, sentences, trimRange } from './sentences';

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
});

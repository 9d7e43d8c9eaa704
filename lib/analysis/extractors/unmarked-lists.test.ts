import { describe, expect, it } from 'vitest';
import { findUnmarkedLists } from './unmarked-lists';

const texts = (t: string) => findUnmarkedLists(t).map((l) => ({ family: l.family, leadIn: l.leadIn && t.slice(l.leadIn.start, l.leadIn.end), items: l.items.map((i) => t.slice(i.start, i.end)) }));

describe('findUnmarkedLists', () => {
  it('reads a ；-list after a colon', () => {
    const t = '我们也清醒地看到仍面临不少困难，主要表现为：工业总量偏小、结构不优；城区配套有待完善；财政收支矛盾突出。对此，我们将认真解决。';
    expect(texts(t)).toEqual([
      { family: 'list-semicolon', leadIn: '我们也清醒地看到仍面临不少困难，主要表现为', items: ['工业总量偏小、结构不优', '城区配套有待完善', '财政收支矛盾突出'] },
    ]);
  });
  it('leaves marked lists to the marker families', () => {
    expect(texts('主要表现为：一是总量小；二是结构差。')).toEqual([]);
  });
  it('reads the areas of a shortfall sentence', () => {
    const t = '我们在队伍建设、阵地建设、制度建设等方面，与上级要求还存在一定差距。';
    expect(texts(t)).toEqual([{ family: 'list-areas', leadIn: null, items: ['队伍建设', '阵地建设', '制度建设'] }]);
  });
  it('needs two clauses and three areas', () => {
    expect(texts('要求如下：按时报送。')).toEqual([]);
    expect(texts('在队伍建设、阵地建设等方面还存在差距。')).toEqual([]);
  });
});

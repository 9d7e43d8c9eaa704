import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { cardFor, cardWords, markAt, pickInnermost, rectsContain, type RectLike } from './card';
import { marksOf, type Mark } from './marks';

const rect = (left: number, top: number, width: number, height: number): RectLike => ({ left, top, right: left + width, bottom: top + height });

describe('rectsContain', () => {
  const rects = [rect(10, 10, 100, 20), rect(0, 30, 40, 20)];
  it('finds the rect that holds the point, on a line that wraps too', () => {
    expect(rectsContain(rects, 50, 20)).toEqual(rects[0]);
    expect(rectsContain(rects, 5, 45)).toEqual(rects[1]);
    expect(rectsContain(rects, 10, 10)).toEqual(rects[0]);
  });
  it('misses points outside, and widens by the slop', () => {
    expect(rectsContain(rects, 60, 45)).toBeNull();
    expect(rectsContain(rects, 112, 20)).toBeNull();
    expect(rectsContain(rects, 112, 20, 2)).toEqual(rects[0]);
  });
  it('ignores empty rects (a collapsed line end)', () => {
    expect(rectsContain([rect(5, 5, 0, 0)], 5, 5, 3)).toBeNull();
  });
});

describe('pickInnermost', () => {
  it('takes the shortest of overlapping marks, the more specific kind on a tie', () => {
    const action: Mark = { kind: 'action', start: 0, end: 20 };
    const owner: Mark = { kind: 'owner', start: 0, end: 4 };
    const problem: Mark = { kind: 'problem', start: 0, end: 20 };
    const finding: Mark = { kind: 'finding', start: 10, end: 14 };
    expect(pickInnermost([action, owner])).toBe(owner);
    expect(pickInnermost([problem, action])).toBe(action);
    expect(pickInnermost([action, problem])).toBe(action);
    expect(pickInnermost([owner, finding])).toBe(finding);
    expect(pickInnermost([])).toBeNull();
  });
});

describe('markAt', () => {
  // Two lines: an action over x 0–200 of line 1, an owner inside it at x 0–60, a problem on line 2.
  const marks: Mark[] = [
    { kind: 'action', start: 0, end: 20 },
    { kind: 'owner', start: 0, end: 6 },
    { kind: 'problem', start: 21, end: 30 },
  ];
  const rects = new Map<Mark, RectLike[]>([
    [marks[0]!, [rect(0, 0, 200, 20)]],
    [marks[1]!, [rect(0, 0, 60, 20)]],
    [marks[2]!, [rect(0, 20, 90, 20)]],
  ]);
  const read: Mark[] = [];
  const rectsOf = (m: Mark) => (read.push(m), rects.get(m)!);
  it('hits the innermost painted mark under the point', () => {
    expect(markAt(marks, rectsOf, 30, 10)).toBe(marks[1]);
    expect(markAt(marks, rectsOf, 150, 10)).toBe(marks[0]);
    expect(markAt(marks, rectsOf, 40, 30)).toBe(marks[2]);
    expect(markAt(marks, rectsOf, 150, 30)).toBeNull();
  });
  it('reads the rects only of the marks around the offset under the pointer', () => {
    read.length = 0;
    expect(markAt(marks, rectsOf, 150, 10, 12)).toBe(marks[0]);
    expect(read).toEqual([marks[0]]);
  });
});

// A draft of our own: a problem list, one task with its owner and deadline, a placeholder.
const text =
  '关于乡村道路养护的讲话\n一、当前存在的问题\n主要有三个方面的问题：一是养护资金投入不足；二是管护队伍力量薄弱；三是信息报送不够及时。\n二、下步工作安排\n市交通运输局要在10月底前完成全市农村公路普查。全年新增养护里程XX公里。\n';
const analysis = analyze(text, { referenceDate: '2026-03-01' });
const marks = marksOf(analysis, text);
const markOf = (kind: Mark['kind'], words: string) => marks.find((m) => m.kind === kind && text.slice(m.start, m.end) === words)!;

describe('cardFor', () => {
  it('a task, from its own mark, its owner or its deadline', () => {
    const action = analysis.actions[0]!;
    for (const mark of [markOf('action', text.slice(action.start, action.end)), markOf('owner', '市交通运输局'), markOf('deadline', '10月底前')]) {
      expect(cardFor(analysis, text, mark)).toMatchObject({ kind: 'action', start: action.start, end: action.end, owners: ['市交通运输局'], deadline: { text: '10月底前', due: '2026-10-31' }, rule: null });
    }
  });
  it('a problem item, and a placeholder as its finding', () => {
    const problem = cardFor(analysis, text, markOf('problem', '二是管护队伍力量薄弱'));
    expect(problem).toMatchObject({ kind: 'problem', excerpt: '二是管护队伍力量薄弱', owners: [], deadline: null });
    expect(text.slice(problem!.start, problem!.end)).toBe('二是管护队伍力量薄弱');
    expect(cardFor(analysis, text, markOf('placeholder', 'XX'))).toMatchObject({ kind: 'finding', rule: 'placeholder', excerpt: 'XX' });
  });
  it('nothing for a mark the analysis does not hold (carried over an edit)', () => {
    expect(cardFor(analysis, text, { kind: 'problem', start: 34, end: 43 })).toBeNull();
    expect(cardFor(analysis, text, { kind: 'finding', start: 108, end: 110 })).toBeNull();
    expect(cardFor(analysis, text, { kind: 'owner', start: 0, end: 3 })).toBeNull();
  });
  it('shortens a long excerpt', () => {
    const long = `县农业农村局要${'加快推进高标准农田建设'.repeat(8)}。`;
    const a = analyze(long);
    const card = cardFor(a, long, { kind: 'action', start: a.actions[0]!.start, end: a.actions[0]!.end });
    expect(card!.excerpt.length).toBe(60);
    expect(card!.excerpt.endsWith('…')).toBe(true);
  });
});

describe('cardWords', () => {
  const task = cardFor(analysis, text, markOf('owner', '市交通运输局'))!;
  it('zh-CN first: 任务 with its owner and deadline; 发现 with its rule', () => {
    expect(cardWords(task, 'zh-CN')).toEqual({
      kind: '任务',
      rows: [
        { label: '责任单位', value: '市交通运输局' },
        { label: '时限', value: '10月底前（2026年10月31日）' },
      ],
      open: '在侧边栏中查看',
      close: '关闭',
      title: '落实标注',
      skip: { label: '不入台账', title: '保存时不把此条列入督办台账（侧边栏中可撤销）', done: '已设为不入台账', undo: false },
      note: null,
    });
    const finding = cardFor(analysis, text, markOf('placeholder', 'XX'))!;
    expect(cardWords(finding, 'zh-CN').rows).toEqual([{ label: '规则', value: '占位符未替换' }]);
    // A finding is no checklist item: its card offers no 不入台账.
    expect(cardWords(finding, 'zh-CN').skip).toBeNull();
    expect(cardWords(cardFor(analysis, text, markOf('problem', '一是养护资金投入不足'))!, 'zh-CN')).toMatchObject({ kind: '问题', rows: [] });
  });
  it('a task or problem marked 不入台账 says so and offers 取消不入台账', () => {
    const action = analysis.actions.find((a) => a.owners.includes('市交通运输局'))!;
    const skippedTask = cardFor(analysis, text, { kind: 'skipped', start: action.start, end: action.end })!;
    expect(skippedTask).toMatchObject({ kind: 'action', skipped: true, owners: ['市交通运输局'] });
    expect(cardWords(skippedTask, 'zh-CN')).toMatchObject({ kind: '任务', note: '已设为不入台账', skip: { label: '取消不入台账', title: '保存时重新列入督办台账', done: '已取消不入台账，保存时重新列入', undo: true } });
    expect(cardWords(skippedTask, 'en')).toMatchObject({ note: 'Left out of the checklist', skip: { label: 'Put back in', undo: true } });
    const item = analysis.problemGroups[0]!.items[0]!;
    const skippedProblem = cardFor(analysis, text, { kind: 'skipped', start: item.start, end: item.end })!;
    expect(skippedProblem).toMatchObject({ kind: 'problem', skipped: true });
    expect(cardWords(skippedProblem, 'zh-CN').note).toBe('已设为不入台账');
    // Not marked: no note; a skipped span the analysis no longer has: no card.
    expect(cardFor(analysis, text, markOf('owner', '市交通运输局'))!.skipped).toBe(false);
    expect(cardFor(analysis, text, { kind: 'skipped', start: 0, end: 1 })).toBeNull();
  });
  it('English beside, with English dates', () => {
    const words = cardWords(task, 'en');
    expect(words.kind).toBe('Task');
    expect(words.rows).toEqual([
      { label: 'Owner', value: '市交通运输局' },
      { label: 'Deadline', value: '10月底前 (Oct 31, 2026)' },
    ]);
    expect(words.open).toBe('View in side panel');
    expect(words.skip?.label).toBe('Leave out');
  });
  it('says 未明确 where a task names no owner or deadline, and keeps an unknown rule id', () => {
    const bare = { ...task, owners: [], deadline: null };
    expect(cardWords(bare, 'zh-CN').rows.map((r) => r.value)).toEqual(['未明确', '未明确']);
    const odd = { ...task, kind: 'finding' as const, rule: 'new-rule' };
    expect(cardWords(odd, 'zh-CN').rows).toEqual([{ label: '规则', value: 'new-rule' }]);
  });
});

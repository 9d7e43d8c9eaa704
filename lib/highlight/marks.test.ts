import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { countsOf, marksOf, skipKeyOf } from './marks';

const text = [
  '在全县重点项目推进会上的讲话',
  '一、存在的问题',
  '当前工作中还存在三个方面的问题：一是项目储备不足；二是要素保障不力；三是推进机制不顺。',
  '二、下步工作',
  '县发改局要在6月底前完成项目入库工作。',
  '各乡镇要于X月X日前上报本地项目清单。',
].join('\n');

describe('marksOf', () => {
  const analysis = analyze(text, { referenceDate: '2026-03-01' });
  const marks = marksOf(analysis, text);
  const of = (kind: string) => marks.filter((x) => x.kind === kind).map((x) => text.slice(x.start, x.end));

  it('marks problem items, actions, owners and deadlines inside them, and placeholders', () => {
    expect(of('problem').length).toBe(3);
    expect(of('problem')[0]).toContain('项目储备不足');
    expect(of('action').some((s) => s.includes('完成项目入库'))).toBe(true);
    expect(of('owner')).toContain('县发改局');
    expect(of('deadline')).toContain('6月底前');
    expect(of('placeholder').join('')).toContain('X');
  });

  it('sorts by start and keeps every mark inside the text', () => {
    expect(marks.every((x, i) => x.end > x.start && x.end <= text.length && (i === 0 || marks[i - 1]!.start <= x.start))).toBe(true);
  });

  it('counts for the badge', () => {
    const counts = countsOf(analysis);
    expect(counts.problems).toBe(3);
    expect(counts.actions).toBeGreaterThanOrEqual(2);
    expect(counts.findings).toBe(analysis.findings.length);
  });

  it('paints a task or problem marked 不入台账 as skipped, in place of its kind, a skipped task without owner or deadline', () => {
    const task = analysis.actions.find((a) => a.text.includes('完成项目入库'))!;
    const problem = analysis.problemGroups[0]!.items[1]!;
    const skipped = new Set([skipKeyOf('action', task.start, task.end), skipKeyOf('problem', problem.start, problem.end)]);
    const muted = marksOf(analysis, text, skipped);
    const ofKind = (kind: string) => muted.filter((x) => x.kind === kind).map((x) => text.slice(x.start, x.end));
    expect(ofKind('skipped').sort()).toEqual([text.slice(task.start, task.end), text.slice(problem.start, problem.end)].sort());
    expect(ofKind('action').some((s) => s.includes('完成项目入库'))).toBe(false);
    expect(ofKind('owner')).not.toContain('县发改局');
    expect(ofKind('deadline')).not.toContain('6月底前');
    expect(ofKind('problem')).toHaveLength(2);
    // The other task keeps its marks; a key of no entry changes nothing.
    expect(ofKind('owner')).toContain('各乡镇');
    expect(marksOf(analysis, text, new Set(['action:0:1']))).toEqual(marks);
    expect(countsOf(analysis, skipped)).toEqual({ ...countsOf(analysis), problems: 2, actions: countsOf(analysis).actions - 1 });
  });

  it('drops spans that do not fit the text (a stale analysis)', () => {
    expect(marksOf(analysis, text.slice(0, 10)).every((x) => x.end <= 10)).toBe(true);
  });
});

/**
 * Properties of `analyze` on any input: it never throws, what it returns passes the schema, every span lies in the
 * input and slices back to what the item says, and adversarial inputs (runs of 一是, deep brackets, a megabyte
 * without punctuation) finish. How fast is measured by `npm run bench`, not asserted here.
 */
import { array, assert, constantFrom, property, string } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisSchema, type Analysis } from '../schema/analysis';
import { analyze } from './index';

const PIECES = ['一是', '二是', '三要', '第一，', '（一）', '一、', '1.', '1、', '①', '有的', '首先，', '最后，', '要', '必须', '对', '的项目，', '各镇、各部门', '年底前', '6月底前', 'X月X日', 'XX%', '“五个一”', '：', '；', '。', '，', '、', '\n', '\r\n', '\u3000', '\u00a0', '\ufeff', '**', '## ', '> ', '（', '）', '“', '”', '问题', '不足', '成效', '牵头', '配合', '由', '同志们：', '讲话', '仅供学习', '😀', 'a', ' '];

/** Every span of an Analysis is inside the text and slices back where the item carries its own text. */
function checkSpans(text: string, a: Analysis): void {
  expect(analysisSchema.safeParse(a).success).toBe(true);
  const spans = [
    ...a.headings,
    ...a.problemGroups,
    ...a.problemGroups.flatMap((g) => g.items),
    ...a.enumerations,
    ...a.actions,
    ...a.actions.flatMap((x) => (x.deadline ? [x.deadline] : [])),
    ...a.formulations,
    ...a.findings,
  ];
  for (const s of spans) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  for (const x of a.actions) expect(text.slice(x.start, x.end)).toBe(x.text);
  for (const d of a.actions.flatMap((x) => (x.deadline ? [x.deadline] : []))) expect(text.slice(d.start, d.end)).toBe(d.text);
}

describe('analyze properties', () => {
  it('never throws and keeps every span exact on random drafts', () => {
    expect(() =>
      assert(
        property(array(constantFrom(...PIECES), { maxLength: 120 }), (parts) => {
          const text = parts.join('');
          checkSpans(text, analyze(text, { referenceDate: '2026-01-01' }));
        }),
        { numRuns: 300 },
      ),
    ).not.toThrow();
  });

  it('never throws on arbitrary unicode', () => {
    expect(() =>
      assert(
        property(string({ unit: 'binary', maxLength: 400 }), (text) => {
          checkSpans(text, analyze(text));
        }),
        { numRuns: 200 },
      ),
    ).not.toThrow();
  });

  it.each([
    ['a long run of 一是', '一是'.repeat(50_000)],
    ['10,000 nested brackets', `${'（'.repeat(10_000)}要落实${'）'.repeat(10_000)}。`],
    ['1 MB without punctuation', '要'.repeat(1_000_000)],
    ['100,000 short lines', '一、\n'.repeat(100_000)],
    ['a million X', 'X'.repeat(1_000_000)],
  ])('finishes on %s', (_name, text) => {
    const a = analyze(text);
    checkSpans(text, a);
    expect(a.schema).toBe('luoshi.analysis/1');
  });
});

import { describe, expect, it } from 'vitest';
import { followSource } from './use-field-drafts';

const state = (values: Record<'a' | 'b', string>, bases: Record<'a' | 'b', string>, focused: 'a' | 'b' | null = null) => ({ source: bases, values, bases, focused });

describe('followSource', () => {
  it('a clean field follows the record; a changed one keeps its text', () => {
    const next = followSource(state({ a: '县住建局', b: '我正在改' }, { a: '县住建局', b: '原文' }), { a: '县财政局', b: '另一页改的' });
    expect(next.values).toEqual({ a: '县财政局', b: '我正在改' });
    expect(next.bases).toEqual({ a: '县财政局', b: '原文' });
  });

  it('a focused clean field waits; a changed field the record now holds (saved) is clean again', () => {
    const waiting = followSource(state({ a: '6月底前', b: '新' }, { a: '6月底前', b: '旧' }, 'a'), { a: '9月底前', b: '新' });
    expect(waiting.values).toEqual({ a: '6月底前', b: '新' });
    expect(waiting.bases).toEqual({ a: '6月底前', b: '新' });
    // Left: it catches up.
    expect(followSource({ ...waiting, focused: null }, waiting.source).values).toEqual({ a: '9月底前', b: '新' });
  });
});

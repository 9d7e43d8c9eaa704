import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, wordsRegExp } from './alternation';

describe('alternation', () => {
  it('puts longer words first so the longest one matches', () => {
    const re = new RegExp(alternation(['要', '必须', '必须要']));
    expect('各单位必须要按时完成'.match(re)?.[0]).toBe('必须要');
    expect('县局要完成'.match(re)?.[0]).toBe('要');
  });

  it('merges several lists and drops duplicates and empty words', () => {
    expect(alternation(['局', '委'], ['委', '办', ''])).toBe('(?:办|委|局)');
  });

  it('escapes regular-expression characters', () => {
    expect(escapeRegExp('a.b(c)')).toBe('a\\.b\\(c\\)');
    expect(wordsRegExp([['1+1', 'x']]).test('11')).toBe(false);
    expect(wordsRegExp([['1+1']]).test('是1+1')).toBe(true);
  });

  it('never matches for an empty list', () => {
    expect(new RegExp(alternation([])).test('任何文字')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { alternation, endsWithCharOf, escapeRegExp, lastChars, wordsRegExp } from './alternation';

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

describe('lastChars and endsWithCharOf', () => {
  it('collect the last char of every word once', () => {
    expect(String.fromCharCode(...lastChars(['牵头', '负责'], ['配合', '协助', ''], ['主责']))).toBe('头责合助');
    expect(lastChars([]).size).toBe(0);
  });

  it('answer as the alternation anchored at the end does, on texts of my own', () => {
    const lists = [['领导小组', '局', '委员会'], ['办公室', '中心']];
    const re = new RegExp(`${alternation(...lists)}$`);
    const ends = lastChars(...lists);
    const texts = ['县发改局', '市委员会', '乡镇综治中心', '区政府办公室', '各领导小组', '县城管局要', '办公', '', '局', '中心工作', '市委', '组'];
    for (const t of texts) expect(endsWithCharOf(t, ends) || !re.test(t)).toBe(true);
    expect(endsWithCharOf('', ends)).toBe(false);
    expect(endsWithCharOf('县教育局', ends)).toBe(true);
    expect(endsWithCharOf('县教育局要', ends)).toBe(false);
  });
});

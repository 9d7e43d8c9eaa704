import { describe, expect, it } from 'vitest';
import { bigramSet, dice, diceOfSets, foldForMatch, overlap } from './bigrams';

describe('foldForMatch', () => {
  it('width-folds, lower-cases and drops space and punctuation', () => {
    expect(foldForMatch('要在６月底前，完成　ＰＰＰ项目！')).toBe('要在6月底前完成ppp项目');
    expect(foldForMatch('“五个一”\n')).toBe('五个一');
  });
});

describe('bigramSet', () => {
  it('gives the distinct bigrams, or the character itself for one character', () => {
    expect([...bigramSet('抓项目抓项目')]).toEqual(['抓项', '项目', '目抓']);
    expect([...bigramSet('要')]).toEqual(['要']);
    expect(bigramSet('，。').size).toBe(0);
  });
  it('treats astral characters as one character', () => {
    expect([...bigramSet('𠀋𠀌')]).toEqual(['𠀋𠀌']);
  });
});

describe('dice', () => {
  it('is 1 for equal strings and 0 for disjoint ones', () => {
    expect(dice('全程跟踪服务', '全程跟踪服务')).toBe(1);
    expect(dice('全程跟踪', '开工投产')).toBe(0);
    expect(diceOfSets(new Set(), new Set())).toBe(1);
  });
  it('stays high for a reworded directive and low for a different one', () => {
    expect(dice('各乡镇要组织开展项目观摩拉练', '各乡镇要定期组织项目观摩拉练')).toBeGreaterThan(0.6);
    expect(dice('要加强组织领导', '要加强督查考核')).toBeLessThan(0.4);
  });
  it('overlap counts shared members', () => expect(overlap(new Set(['a', 'b']), new Set(['b', 'c', 'a']))).toBe(2));
});

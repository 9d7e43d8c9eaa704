import { describe, expect, it } from 'vitest';
import { matchesQuery, parseQuery, searchText, termsOf } from './search-terms';

const item = { text: '县发改局要在６月底前完成项目入库', detail: '', group: null, section: [{ marker: '一、', title: '抓项目' }], owners: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30', type: 'absolute' as const } };

describe('search terms', () => {
  it('are the distinct bigrams of each field, folded', () => {
    const terms = termsOf(item);
    expect(terms).toContain('6月');
    expect(terms).toContain('入库');
    expect(terms).toContain('抓项');
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.every((t) => Array.from(t).length === 2)).toBe(true);
  });
  it('never span two fields', () => {
    expect(termsOf({ ...item, text: '甲乙', section: [{ marker: '', title: '丙丁' }], owners: [], deadline: null })).toEqual(['甲乙', '丙丁']);
  });
  it('parse a query into folded text and bigrams', () => {
    expect(parseQuery('　项目 入库！')).toEqual({ folded: '项目入库', terms: ['项目', '目入', '入库'] });
    expect(parseQuery('县')).toEqual({ folded: '县', terms: [] });
  });
  it('check the real substring, not only the bigrams', () => {
    expect(matchesQuery(item, '项目入库')).toBe(true);
    expect(matchesQuery(item, '6月底')).toBe(true);
    expect(matchesQuery(item, '入库项目')).toBe(false);
    expect(searchText(item).split('\u0000')).toEqual(['县发改局要在6月底前完成项目入库', '', '', '一抓项目', '县发改局', '6月底前']);
  });
});

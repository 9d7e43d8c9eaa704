import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatCount, formatDeadline, formatOwners, formatSection } from './labels';

describe('formatChineseDate', () => {
  it.each([
    ['2026-12-31', '2026年12月31日'],
    ['2027-01-05', '2027年1月5日'],
    ['年底前', '年底前'],
  ])('%s → %s', (iso, expected) => expect(formatChineseDate(iso)).toBe(expected));
});

describe('formatDeadline', () => {
  it('adds the resolved day in brackets', () => {
    expect(formatDeadline({ text: '年底前', due: '2026-12-31', type: 'period', start: 0, end: 3 })).toBe('年底前（2026年12月31日）');
  });
  it('gives the words alone when they resolve to no day', () => {
    expect(formatDeadline({ text: '长期坚持', due: null, type: 'ongoing', start: 0, end: 4 })).toBe('长期坚持');
  });
  it('says 未明确 when there is no deadline', () => expect(formatDeadline(null)).toBe('未明确'));
});

describe('formatOwners', () => {
  it('marks lead and co-operating owners', () => {
    expect(formatOwners({ owners: ['市发改委', '市财政局', '各镇'], lead: ['市发改委'], coop: ['市财政局'] })).toBe(
      '市发改委（牵头）、市财政局（配合）、各镇',
    );
  });
  it('says 未明确 when no owner is named', () => expect(formatOwners({ owners: [], lead: [], coop: [] })).toBe('未明确'));
});

describe('formatSection', () => {
  it('joins the heading path outermost first', () => {
    expect(formatSection(['一、总体要求', '（一）强化组织领导'])).toBe('一、总体要求 › （一）强化组织领导');
    expect(formatSection([])).toBe('');
  });
});

describe('formatCount', () => {
  const items = (n: number) => Array.from({ length: n }, () => ({ ordinal: '', title: '', body: '', start: 0, end: 0 }));
  it.each([
    [4, 4, '4项'],
    [null, 3, '3项'],
    [4, 3, '文中称4项，识别3项'],
  ])('stated %s, found %s → %s', (statedCount, found, expected) => {
    expect(formatCount({ statedCount, items: items(found) })).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatCount, formatDeadline, formatOwners, formatSection, shortSection } from './labels';

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
    expect(formatSection([{ marker: '一、', title: '总体要求' }, { marker: '（一）', title: '强化组织领导' }])).toBe('一、总体要求 › （一）强化组织领导');
    expect(formatSection([{ marker: '', title: '智慧医院建设' }])).toBe('智慧医院建设');
    expect(formatSection([])).toBe('');
  });
});

describe('shortSection', () => {
  it('cuts every heading but the innermost to its marker, from the stored marker (no re-parsing)', () => {
    expect(shortSection([{ marker: '一、', title: '统一思想，切实增强紧迫感' }, { marker: '（二）', title: '打好开工建设攻坚战' }])).toBe('一、 › （二）打好开工建设攻坚战');
    expect(shortSection([{ marker: '第一部分 ', title: '总体要求' }, { marker: '1.', title: '工作目标' }, { marker: '（1）', title: '年度目标' }])).toBe('第一部分 › 1. › （1）年度目标');
    expect(shortSection([{ marker: '', title: '关于做好工作的意见' }, { marker: '', title: '二是加强领导' }])).toBe('关于做好工作的意见 › 二是加强领导');
    expect(shortSection([{ marker: '一、', title: '总体要求' }])).toBe('一、总体要求');
    expect(shortSection([])).toBe('');
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

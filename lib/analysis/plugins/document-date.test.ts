import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { today } from './document-date';

describe('remarkDocumentDate', () => {
  it('prefers the document date, then the reference date, then today', () => {
    expect(analyze('在全县大会上的讲话\n（2025年2月10日）\n同志们：\n年底前完成。', { referenceDate: '2026-03-01' })).toMatchObject({ date: '2025-02-10', referenceDate: '2025-02-10' });
    expect(analyze('同志们：\n年底前完成。', { referenceDate: '2026-03-01' })).toMatchObject({ date: null, referenceDate: '2026-03-01' });
    expect(analyze('同志们：\n年底前完成。').referenceDate).toBe(today());
  });
  it('resolves deadlines against the year in the title', () => {
    const a = analyze('临河市2027年重点工作要点\n要在6月底前完成老旧小区改造。', { referenceDate: '2026-03-01' });
    expect(a.actions.map((x) => x.deadline?.due)).toEqual(['2027-06-30']);
  });
  it('formats today as YYYY-MM-DD in local time', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

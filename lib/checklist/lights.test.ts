import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../schema/checklist';
import { dueOn, elapsedShare, lightOf } from './lights';

type LightInput = Pick<ItemRecord, 'status' | 'due' | 'progress' | 'createdAt' | 'deletedAt'>;
const created = new Date(2026, 0, 1, 9).getTime(); // 2026-01-01 local
const item = (over: Partial<LightInput>): LightInput => ({ status: 'in_progress', due: '2026-06-30', progress: null, createdAt: created, deletedAt: null, ...over });

describe('dueOn after a period marked done', () => {
  const rule = { unit: 'month' as const, day: 25 };
  const it0 = { due: '2027-04-25', deadline: { text: '每月25日前', due: '2027-04-25', type: 'absolute' as const, recurrence: rule } };
  it('is the next occurrence as of today, or after the period done when that is still ahead', () => {
    expect(dueOn(it0, '2027-04-23')).toBe('2027-04-25');
    expect(dueOn({ ...it0, periodDone: '2027-04-25' }, '2027-04-23')).toBe('2027-05-25');
    expect(dueOn({ ...it0, periodDone: '2027-04-25' }, '2027-04-25')).toBe('2027-05-25');
    expect(dueOn({ ...it0, periodDone: '2027-04-25' }, '2027-04-26')).toBe('2027-05-25');
    expect(dueOn({ ...it0, periodDone: '2027-03-25' }, '2027-04-23')).toBe('2027-04-25');
    expect(dueOn({ due: '2027-06-30', deadline: { text: '6月底前', due: '2027-06-30', type: 'absolute' }, periodDone: '2027-06-30' }, '2027-04-23')).toBe('2027-06-30');
  });
});

describe('day arithmetic', () => {
  it('measures 序时进度', () => {
    expect(elapsedShare('2026-01-01', '2026-01-11', '2026-01-06')).toBe(0.5);
    expect(elapsedShare('2026-01-01', '2026-01-11', '2025-12-01')).toBe(0);
    expect(elapsedShare('2026-01-01', '2026-01-11', '2026-02-01')).toBe(1);
    expect(elapsedShare('2026-01-01', '2026-01-01', '2026-01-01')).toBe(1);
  });
});

describe('lightOf', () => {
  it.each<[string, Partial<LightInput>, string, ReturnType<typeof lightOf>]>([
    ['past due and open → red', {}, '2026-07-01', 'red'],
    ['past due but 已完成 → none', { status: 'done' }, '2026-07-01', null],
    ['past due but 已销号 → none', { status: 'closed' }, '2026-07-01', null],
    ['past due but 长期坚持 → never red', { status: 'ongoing' }, '2026-07-01', null],
    ['past due and 申请延期 → red', { status: 'extension' }, '2026-07-01', 'red'],
    ['marked 逾期 by hand → red', { status: 'overdue', due: null }, '2026-03-01', 'red'],
    ['滞后 → yellow', { status: 'behind' }, '2026-03-01', 'yellow'],
    ['progress below elapsed share → yellow', { progress: 20 }, '2026-04-01', 'yellow'],
    ['progress ahead of time → none', { progress: 60 }, '2026-04-01', null],
    ['no progress reported → not presumed behind', { progress: null }, '2026-04-01', null],
    ['due in 3 days → blue', {}, '2026-06-27', 'blue'],
    ['due today → blue', {}, '2026-06-30', 'blue'],
    ['due in 4 days → none', {}, '2026-06-26', null],
    ['no due date → none', { due: null }, '2026-06-29', null],
    ['in the trash → none', { deletedAt: 1 }, '2026-07-01', null],
  ])('%s', (_, over, today, light) => expect(lightOf(item(over), today)).toBe(light));
  it('red wins over yellow, yellow over blue', () => {
    expect(lightOf(item({ status: 'behind' }), '2026-07-01')).toBe('red');
    expect(lightOf(item({ progress: 10 }), '2026-06-29')).toBe('yellow');
  });
  it('takes the blue window from the settings', () => {
    expect(lightOf(item({}), '2026-06-20', { warnDays: 10 })).toBe('blue');
    expect(lightOf(item({}), '2026-06-29', { warnDays: 0 })).toBeNull();
  });
});

describe('recurrences: the next due day rolls forward', () => {
  const monthly = { text: '每月25日前', due: '2026-01-25', type: 'period' as const, recurrence: { unit: 'month' as const, day: 25 } };
  it.each([
    ['before this month’s day', '2026-03-10', '2026-03-25'],
    ['on the day', '2026-03-25', '2026-03-25'],
    ['after it: next month’s', '2026-03-26', '2026-04-25'],
    ['across the year end', '2026-12-27', '2027-01-25'],
  ])('dueOn %s', (_d, today, expected) => expect(dueOn({ due: monthly.due, deadline: monthly }, today)).toBe(expected));
  it('a recurring item is never red, and blue within the window of each period', () => {
    const rec = { ...item({ due: '2026-01-25' }), deadline: monthly };
    expect(lightOf(rec, '2026-03-10')).toBeNull();
    expect(lightOf(rec, '2026-03-23')).toBe('blue');
    expect(lightOf(rec, '2026-04-23')).toBe('blue');
    // The same stored day without the rule is long overdue.
    expect(lightOf(item({ due: '2026-01-25' }), '2026-03-23')).toBe('red');
  });
  it('a one-off deadline keeps its day', () => expect(dueOn({ due: '2026-06-30', deadline: { text: '6月底前', due: '2026-06-30', type: 'period' } }, '2026-07-05')).toBe('2026-06-30'));
});

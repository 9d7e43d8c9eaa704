/**
 * The calendar helper. Festival dates below are the published ones (Purple Mountain / Hong Kong observatories),
 * typed here as facts to check the computation against — the code itself asks the runtime's chinese calendar.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, holidayDate, isoOfDay, lunarDate, newMoonDay, nextDue, weekday, weekEnd } from './calendar';

describe('lunarDate', () => {
  it.each([
    [2025, 1, 1, '2025-01-29'],
    [2026, 1, 1, '2026-02-17'],
    // ICU starts this 正月 on the 7th (the new moon is at 23:56 in Beijing on the 6th); the true new moon wins.
    [2027, 1, 1, '2027-02-06'],
    [2028, 1, 1, '2028-01-26'],
    [2026, 1, 15, '2026-03-03'],
    [2027, 1, 15, '2027-02-20'],
    [2026, 5, 5, '2026-06-19'],
    [2027, 5, 5, '2027-06-09'],
    [2026, 8, 15, '2026-09-25'],
    [2027, 8, 15, '2027-09-15'],
    [2024, 8, 15, '2024-09-17'],
  ])('%i lunar %i/%i is %s', (y, m, d, expected) => expect(lunarDate(y, m, d)).toBe(expected));

  it('skips a leap month: 2023 had a leap second month, 端午 (5/5) is still 22 June', () => {
    expect(lunarDate(2023, 5, 5)).toBe('2023-06-22');
    expect(lunarDate(2023, 3, 1)).toBe('2023-04-20');
  });

  it('finds the true new moon in Beijing time', () => {
    expect(isoOfDay(newMoonDay(dayNumber(2027, 2, 5)))).toBe('2027-02-06');
    expect(isoOfDay(newMoonDay(dayNumber(2026, 2, 18)))).toBe('2026-02-17');
  });
});

describe('holidayDate', () => {
  it.each([
    [{ lunar: [1, 1] as [number, number] }, 2026, '2026-02-17'],
    [{ eve: true }, 2027, '2027-02-05'],
    [{ lunar: [12, 8] as [number, number] }, 2026, '2026-01-26'],
    [{ solar: [10, 1] as [number, number] }, 2026, '2026-10-01'],
    [{ term: 'qingming' as const }, 2024, '2024-04-04'],
    [{ term: 'qingming' as const }, 2026, '2026-04-05'],
    [{ term: 'qingming' as const }, 2025, '2025-04-04'],
  ])('%j in %i is %s', (h, y, expected) => expect(holidayDate(h, y)).toBe(expected));
});

describe('days', () => {
  it('adds days across month and year ends, and knows the week', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekday('2025-03-12')).toBe(3);
    expect(weekEnd('2025-03-12')).toBe('2025-03-16');
    expect(addDays('2025-02-30', 1)).toBeNull();
  });
});

describe('nextDue', () => {
  it.each([
    ['每月25日前', { unit: 'month', day: 25 }, '2025-03-12', '2025-03-25'],
    ['… after the 25th, next month', { unit: 'month', day: 25 }, '2025-03-26', '2025-04-25'],
    ['… across the year end', { unit: 'month', day: 25 }, '2025-12-26', '2026-01-25'],
    ['每月30日 in February is its last day', { unit: 'month', day: 30 }, '2026-02-03', '2026-02-28'],
    ['每月底 on the day itself', { unit: 'month', end: true }, '2025-12-31', '2025-12-31'],
    ['每季度末', { unit: 'quarter', end: true }, '2025-11-15', '2025-12-31'],
    ['每季度末 after the quarter end', { unit: 'quarter', end: true }, '2026-01-01', '2026-03-31'],
    ['每季度第1个月的20日前', { unit: 'quarter', month: 1, day: 20 }, '2025-11-05', '2026-01-20'],
    ['每季度第2个月10日', { unit: 'quarter', month: 2, day: 10 }, '2025-02-11', '2025-05-10'],
    ['每半月', { unit: 'half-month' }, '2025-01-16', '2025-01-31'],
    ['每半月, early in the month', { unit: 'half-month' }, '2025-02-03', '2025-02-15'],
    ['每周五 from a Wednesday', { unit: 'week', day: 5 }, '2025-03-12', '2025-03-14'],
    ['每周一 from a Tuesday, across a month end', { unit: 'week', day: 1 }, '2025-09-30', '2025-10-06'],
    ['每半年', { unit: 'half-year', end: true }, '2025-07-01', '2025-12-31'],
    ['每年12月底前', { unit: 'year', month: 12, end: true }, '2025-03-12', '2025-12-31'],
    ['每年3月15日, past this year’s', { unit: 'year', month: 3, day: 15 }, '2025-03-16', '2026-03-15'],
  ] as const)('%s from %s', (_what, rule, from, expected) => expect(nextDue(rule, from)).toBe(expected));
});

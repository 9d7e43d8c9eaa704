import { describe, expect, it } from 'vitest';
import { addDays, addWorkdays, daysBetween, isoDay, nextAt, weekOf } from './calendar';

describe('calendar', () => {
  it('counts whole days, either way, across months, leap days and years', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('gives the local ISO day of a timestamp', () => {
    expect(isoDay(new Date(2026, 0, 1, 23, 59).getTime())).toBe('2026-01-01');
    expect(isoDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('adds days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('has the calendar week from Monday to Sunday', () => {
    expect(weekOf('2026-05-20')).toEqual({ start: '2026-05-18', end: '2026-05-24' });
    expect(weekOf('2026-05-24')).toEqual({ start: '2026-05-18', end: '2026-05-24' });
    expect(weekOf('2026-05-18')).toEqual({ start: '2026-05-18', end: '2026-05-24' });
    expect(weekOf('2026-12-31')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('schedules the next run at a local clock time', () => {
    const now = new Date(2026, 4, 20, 10, 0).getTime();
    expect(new Date(nextAt('09:00', now))).toEqual(new Date(2026, 4, 21, 9, 0));
    expect(new Date(nextAt('17:30', now))).toEqual(new Date(2026, 4, 20, 17, 30));
    expect(new Date(nextAt('10:00', now))).toEqual(new Date(2026, 4, 21, 10, 0));
  });

  it('addWorkdays counts Monday to Friday after the day, skipping weekends', () => {
    // From a Friday: the next week's Friday; from a Saturday or Sunday: the Friday after.
    expect(addWorkdays('2027-03-05', 5)).toBe('2027-03-12');
    expect(addWorkdays('2027-03-06', 5)).toBe('2027-03-12');
    expect(addWorkdays('2027-03-07', 5)).toBe('2027-03-12');
    // From a Monday: that Friday's next Monday is the 5th.
    expect(addWorkdays('2027-03-08', 5)).toBe('2027-03-15');
    expect(addWorkdays('2027-03-08', 1)).toBe('2027-03-09');
    expect(addWorkdays('2027-03-05', 1)).toBe('2027-03-08');
    // Across a month and a year end; ten working days are two weeks.
    expect(addWorkdays('2027-12-29', 3)).toBe('2028-01-03');
    expect(addWorkdays('2027-02-26', 10)).toBe('2027-03-12');
  });
});

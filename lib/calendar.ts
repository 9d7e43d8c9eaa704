/**
 * Day arithmetic for the pages, the ledger and the reminders — the one home of it outside the analysis (whose own
 * pure lib/analysis/calendar.ts resolves deadlines and lunar festivals). Days are ISO `YYYY-MM-DD` strings; a
 * timestamp becomes the *local* calendar day it falls on (`isoDay`), and arithmetic on days runs in UTC so that no
 * daylight-saving shift adds or loses one. Weeks run Monday to Sunday (本周).
 */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The local calendar day of a timestamp, ISO. */
export function isoDay(at: number | Date): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The ISO day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return fromUtc(utc(day) + days * DAY_MS);
}

/**
 * The ISO day that is the `n`th working day after `day` (n ≥ 1): the days after it counted Monday to Friday,
 * Saturdays and Sundays skipped (收到通知后5个工作日内 from a Friday → the next Friday). Official holidays and 调休
 * working days are not known here.
 */
export function addWorkdays(day: string, n: number): string {
  let ms = utc(day);
  for (let left = n; left > 0; ) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromUtc(ms);
}

/** Monday and Sunday (ISO) of the calendar week of `day`. */
export function weekOf(day: string): { start: string; end: string } {
  const back = (new Date(utc(day)).getUTCDay() + 6) % 7;
  return { start: addDays(day, -back), end: addDays(day, 6 - back) };
}

/** The next time (ms) at local clock time `time` (HH:MM) after `now`. */
export function nextAt(time: string, now: number): number {
  const [h, m] = time.split(':').map(Number);
  const d = new Date(now);
  d.setHours(h ?? 9, m ?? 0, 0, 0);
  if (d.getTime() <= now) d.setDate(d.getDate() + 1);
  return d.getTime();
}

/**
 * The calendar helper of the analysis: Gregorian days as ISO strings and day numbers, the Chinese lunar calendar and
 * the next due date of a recurrence. Pure: `Intl.DateTimeFormat` with the `chinese` calendar (node 20 and Chromium
 * both carry it) gives the lunar months — which month is 正月, which one is leap — so no date table is typed by hand.
 *
 * ICU places a lunar month's first day by an approximate moon; when the new moon falls within minutes of midnight in
 * Beijing it is a day off (2027: the new moon is at 23:56 on 6 February, ICU starts 正月 on the 7th; the Purple
 * Mountain and Hong Kong observatories give the 6th). The first day of the month ICU names is therefore checked against
 * the true new moon (Meeus, Astronomical Algorithms ch. 49, accurate to seconds) in Beijing time.
 */

import type { Recurrence } from '../schema/analysis';

const DAY_MS = 86_400_000;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function lastDay(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** YYYY-MM-DD, or null when the day does not exist. */
export function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthEnd(y: number, m: number): string | null {
  return iso(y, m, lastDay(y, m));
}

export function quarterEnd(y: number, q: number): string | null {
  return monthEnd(y, q * 3);
}

export function parseIso(s: string): Ymd | null {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!r) return null;
  const y = Number(r[1]);
  const m = Number(r[2]);
  const d = Number(r[3]);
  return iso(y, m, d) ? { y, m, d } : null;
}

/** Days since 1970-01-01 of a Gregorian day. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number. */
export function isoOfDay(n: number): string {
  const t = new Date(n * DAY_MS);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}

/** `s` plus `days` days (ISO in, ISO out); null for a malformed day. */
export function addDays(s: string, days: number): string | null {
  const p = parseIso(s);
  return p ? isoOfDay(dayNumber(p.y, p.m, p.d) + days) : null;
}

/** Day of the week, 1 = Monday … 7 = Sunday. */
export function weekday(s: string): number | null {
  const p = parseIso(s);
  if (!p) return null;
  const dow = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** The Sunday ending the Monday–Sunday week that contains `s`. */
export function weekEnd(s: string): string | null {
  const w = weekday(s);
  return w === null ? null : addDays(s, 7 - w);
}

// ---------------------------------------------------------------------------------------------------------------
// The lunar calendar

let lunarFormat: Intl.DateTimeFormat | null | undefined;

/** The lunar date of a day number (noon in Beijing), or null where the runtime has no chinese calendar. */
function lunarParts(n: number): { year: number; month: number; leap: boolean; day: number } | null {
  if (lunarFormat === undefined) {
    try {
      lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (lunarFormat.resolvedOptions().calendar !== 'chinese') lunarFormat = null;
    } catch {
      lunarFormat = null;
    }
  }
  if (!lunarFormat) return null;
  let year = NaN;
  let month = NaN;
  let day = NaN;
  let leap = false;
  for (const p of lunarFormat.formatToParts(new Date(n * DAY_MS + 4 * 3_600_000))) {
    if ((p.type as string) === 'relatedYear' || p.type === 'year') year = Number.isNaN(year) ? parseInt(p.value, 10) : year;
    else if (p.type === 'month') {
      month = parseInt(p.value, 10);
      leap = /bis/.test(p.value);
    } else if (p.type === 'day') day = parseInt(p.value, 10);
  }
  return Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day) ? null : { year, month, leap, day };
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** ΔT (TT − UT) in seconds, NASA's polynomial for 2005–2050 (a minute either way moves no new moon but the closest). */
function deltaT(year: number): number {
  const t = year - 2000;
  return 62.92 + 0.32217 * t + 0.005589 * t * t;
}

/** The Beijing day number of the new moon nearest to day number `n` (Meeus ch. 49). */
export function newMoonDay(n: number): number {
  const jd = n + 2440587.5;
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  const T = k / 1236.85;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = rad(2.5534 + 29.1053567 * k - 0.0000014 * T * T - 0.00000011 * T ** 3);
  const Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3 - 0.000000058 * T ** 4);
  const F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3 + 0.000000011 * T ** 4);
  const Om = rad(124.7746 - 1.56375588 * k + 0.0020672 * T * T + 0.00000215 * T ** 3);
  const s = Math.sin;
  jde +=
    -0.4072 * s(Mp) + 0.17241 * E * s(M) + 0.01608 * s(2 * Mp) + 0.01039 * s(2 * F) + 0.00739 * E * s(Mp - M) -
    0.00514 * E * s(Mp + M) + 0.00208 * E * E * s(2 * M) - 0.00111 * s(Mp - 2 * F) - 0.00057 * s(Mp + 2 * F) +
    0.00056 * E * s(2 * Mp + M) - 0.00042 * s(3 * Mp) + 0.00042 * E * s(M + 2 * F) + 0.00038 * E * s(M - 2 * F) -
    0.00024 * E * s(2 * Mp - M) - 0.00017 * s(Om) - 0.00007 * s(Mp + 2 * M) + 0.00004 * s(2 * Mp - 2 * F) +
    0.00004 * s(3 * M) + 0.00003 * s(Mp + M - 2 * F) + 0.00003 * s(2 * Mp + 2 * F) - 0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) - 0.00002 * s(Mp - M - 2 * F) - 0.00002 * s(3 * Mp + M) + 0.00002 * s(4 * Mp);
  const planetary: [number, number, number, number][] = [
    [0.000325, 299.77, 0.107408, -0.009173], [0.000165, 251.88, 0.016321, 0], [0.000164, 251.83, 26.651886, 0],
    [0.000126, 349.42, 36.412478, 0], [0.00011, 84.66, 18.206239, 0], [0.000062, 141.74, 53.303771, 0],
    [0.00006, 207.14, 2.453732, 0], [0.000056, 154.84, 7.30686, 0], [0.000047, 34.52, 27.261239, 0],
    [0.000042, 207.19, 0.121824, 0], [0.00004, 291.34, 1.844379, 0], [0.000037, 161.72, 24.198154, 0],
    [0.000035, 239.56, 25.513099, 0], [0.000023, 331.55, 3.592518, 0],
  ];
  for (const [c, a0, a1, a2] of planetary) jde += c * s(rad(a0 + a1 * k + a2 * T * T));
  const ut = jde - deltaT(2000 + k / 12.3685) / 86_400;
  return Math.floor(ut - 2440587.5 + 8 / 24);
}

/** The day number of the first day of the lunar month that contains day `n`, by ICU, checked against the true new moon. */
function monthStartAt(n: number): number | null {
  const p = lunarParts(n);
  if (!p) return null;
  const icu = n - (p.day - 1);
  const moon = newMoonDay(icu);
  return Math.abs(moon - icu) <= 1 ? moon : icu;
}

/**
 * The Gregorian ISO day of lunar month `month` (not a leap month), day `day`, of the lunar year that begins in
 * Gregorian year `year` (正月初一 of 2026 is 2026-02-17). Null where the runtime has no chinese calendar.
 */
const lunarMemo = new Map<string, string | null>();

export function lunarDate(year: number, month: number, day: number): string | null {
  const key = `${year}-${month}-${day}`;
  if (!lunarMemo.has(key)) lunarMemo.set(key, findLunarDate(year, month, day));
  return lunarMemo.get(key)!;
}

function findLunarDate(year: number, month: number, day: number): string | null {
  // Start near the lunar date and walk by whole months until ICU names it; at most a few steps.
  let n = dayNumber(year, 2, 1) + Math.round((month - 1) * 29.53);
  for (let guard = 0; guard < 6; guard++) {
    const p = lunarParts(n);
    if (!p) return null;
    const order = (p.year - year) * 13 + p.month + (p.leap ? 0.5 : 0) - month;
    if (order === 0) {
      const start = monthStartAt(n);
      return start === null ? null : isoOfDay(start + day - 1);
    }
    n -= Math.round(order * 29.53) || (order > 0 ? 15 : -15);
  }
  return null;
}

/** 清明 (a solar term, 4 or 5 April this century): the usual formula [Y·0.2422 + C] − [Y/4] on the year's last two digits. */
function qingming(year: number): string | null {
  const y = year % 100;
  const c = year >= 2000 && year < 2100 ? 4.81 : 5.59;
  return iso(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}

/** A holiday's date in Gregorian year `year`, from its definition in the lexicon; null when unknown. */
export function holidayDate(h: { solar?: [number, number]; lunar?: [number, number]; eve?: boolean; term?: 'qingming' }, year: number): string | null {
  if (h.solar) return iso(year, h.solar[0], h.solar[1]);
  if (h.term === 'qingming') return qingming(year);
  if (h.eve) {
    // 除夕 of lunar year Y−1 falls in January or February of Y: the day before 正月初一.
    const newYear = lunarDate(year, 1, 1);
    return newYear && addDays(newYear, -1);
  }
  // 腊月 festivals of lunar year Y−1 fall in January or February of Y.
  if (h.lunar) return lunarDate(h.lunar[0] === 12 ? year - 1 : year, h.lunar[0], h.lunar[1]);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Recurrences

/** A recurring due point (the Analysis schema's `recurrence`): 每月25日前 {unit: 'month', day: 25}, 每周五 {unit: 'week', day: 5}. */
export type RecurrenceRule = Recurrence;

/** The first due day of the rule on or after `from` (ISO); null for a malformed day. */
export function nextDue(rule: RecurrenceRule, from: string): string | null {
  const p = parseIso(from);
  if (!p) return null;
  const candidates: (string | null)[] = [];
  const inMonth = (y: number, m: number): string | null => {
    if (rule.end || rule.day === undefined) return monthEnd(y, m);
    return iso(y, m, Math.min(rule.day, lastDay(y, m)));
  };
  switch (rule.unit) {
    case 'week': {
      const w = weekday(from)!;
      const target = rule.day ?? 7;
      return addDays(from, (target - w + 7) % 7);
    }
    case 'half-month':
      for (let i = 0; i < 2; i++) {
        const y = p.y + Math.floor((p.m - 1 + i) / 12);
        const m = ((p.m - 1 + i) % 12) + 1;
        candidates.push(iso(y, m, 15), monthEnd(y, m));
      }
      break;
    case 'month':
      for (let i = 0; i < 2; i++) candidates.push(inMonth(p.y + Math.floor((p.m - 1 + i) / 12), ((p.m - 1 + i) % 12) + 1));
      break;
    case 'quarter':
      for (let q = 0; q < 8; q++) {
        const y = p.y + Math.floor(q / 4);
        const first = (q % 4) * 3 + 1;
        candidates.push(inMonth(y, rule.month !== undefined && !rule.end ? first + rule.month - 1 : first + 2));
      }
      break;
    case 'half-year':
      for (const y of [p.y, p.y + 1]) candidates.push(inMonth(y, rule.month ?? 6), inMonth(y, (rule.month ?? 6) + 6));
      break;
    case 'year':
      for (const y of [p.y, p.y + 1]) candidates.push(inMonth(y, rule.month ?? 12));
      break;
  }
  return candidates.filter((c): c is string => c !== null && c >= from).sort()[0] ?? null;
}

/**
 * Recurring work (「每年开展评估」「每月不少于1次」「一月一检查、一季一通报、半年一总结」) and recurring due points
 * (「每月25日前」「每季度末」「每半月」「每周五」「每季度第1个月的20日前」). A frequency is `ongoing` work; both keep their
 * rule (`recurrenceRule`), from which the calendar gives the next due date after the reference date, so that a
 * 督办 office gets a light and a reminder every period. Reporting cadences (每月25日前报送…) are found by the deadline
 * extractor's `findCadences`; `findRecurrences` leaves them out.
 */
import type { RecurrenceRule } from '../calendar';
import { cnToInt } from '../text/numerals';

export interface Recurrence {
  start: number;
  end: number;
  text: string;
}

const UNIT = '(?:年|月|季度?|周|半年|旬|天|日)';
const FREQ = new RegExp(`每(?:个)?${UNIT}(?:至少|不少于|不低于)?(?:\\d+|[一二三四五六七八九十两])?次?|[一二两三四五六]?(?:月|季|年|周|半年)一[\\u4e00-\\u9fff]{1,3}(?:[、，,][一二两三四五六]?(?:月|季|年|周|半年)一[\\u4e00-\\u9fff]{1,3}){0,4}`, 'g');
const REPORTING = /报送|上报|报告|反馈|汇报|报[市县区省]|报至|报给/;

/** Recurring frequencies in a clause that are not reporting cadences. */
export function findRecurrences(text: string): Recurrence[] {
  const out: Recurrence[] = [];
  // Every match holds 每 or 一 (「每月」「一季一通报」): most clauses hold neither and are not scanned.
  if (!text.includes('每') && !text.includes('一')) return out;
  FREQ.lastIndex = 0;
  for (let m = FREQ.exec(text); m; m = FREQ.exec(text)) {
    const t = m[0].replace(/[、，,]+$/, '');
    // 「每月25日前」 names a day: that is a cadence's or deadline's business, not a frequency — also when the count
    // of 「每月2次」 took the day's number (「每月25」 before 「日前」).
    const rest = text.slice(m.index + t.length, m.index + t.length + 3);
    if (t.startsWith('每') && (/^\d{1,2}[日号]|^[上中下]旬/.test(rest) || (/[\d一二三四五六七八九十两]$/.test(t) && /^[日号]/.test(rest)))) continue;
    if (t.startsWith('每') && t.length === 2 && /^(?:个|位|名|人|家|户|项|一)/.test(text.slice(m.index + 1, m.index + 2))) continue;
    if (REPORTING.test(text.slice(m.index, m.index + t.length + 30))) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

const N = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** The point inside a period: 25日 / 25号 / 底 / 末 / 上旬 … */
const POINT = `(?:${N}[日号]|(?<end>底|末)|(?<xun>[上中下])旬)?`;
const RULES: [RegExp, (g: Record<string, string | undefined>, m: RegExpExecArray) => RecurrenceRule | null][] = [
  [/^[每一](?:一)?个?(?:周|星期)(?<wd>[一二三四五六日天])?/, (g) => ({ unit: 'week', day: g.wd ? WEEKDAY[g.wd] : 7 })],
  [/^(?:每半个?月|半月一)/, () => ({ unit: 'half-month' })],
  [new RegExp(`^[每一](?:一)?个?月(?:份)?的?${POINT}`), (g, m) => withPoint({ unit: 'month' }, m[1], g)],
  [new RegExp(`^[每一](?:一)?个?季度?(?:的)?(?:第${N}个?月(?:份)?的?)?${POINT}`), (g, m) => {
    const nth = m[1] ? cnToInt(m[1]) : NaN;
    return withPoint({ unit: 'quarter', ...(nth >= 1 && nth <= 3 ? { month: nth } : {}) }, m[2], g);
  }],
  [/^(?:每半年|半年一)/, () => ({ unit: 'half-year' })],
  [new RegExp(`^[每一](?:一)?年度?(?:的)?(?:${N}月份?)?${POINT}`), (g, m) => {
    const month = m[1] ? cnToInt(m[1]) : NaN;
    return withPoint({ unit: 'year', ...(month >= 1 && month <= 12 ? { month } : {}) }, m[2], g);
  }],
];

function withPoint(rule: RecurrenceRule, day: string | undefined, g: Record<string, string | undefined>): RecurrenceRule {
  if (day) {
    const d = cnToInt(day);
    if (d >= 1 && d <= 31) return { ...rule, day: d };
  }
  if (g.xun === '上') return { ...rule, day: 10 };
  if (g.xun === '中') return { ...rule, day: 20 };
  return { ...rule, end: true };
}

/** The rule of a recurrence or cadence text (「每月25日前」 → month, day 25), or null (每天, 每旬: no due point worth a light). */
export function recurrenceRule(text: string): RecurrenceRule | null {
  for (const [re, make] of RULES) {
    const m = re.exec(text);
    if (m) return make(m.groups ?? {}, m);
  }
  return null;
}

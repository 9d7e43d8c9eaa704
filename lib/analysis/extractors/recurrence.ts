/**
 * Recurring work (「每年开展评估」「每月不少于1次」「一月一检查、一季一通报、半年一总结」): a frequency, not a due date.
 * It is reported as an `ongoing` deadline (never overdue); reporting cadences (每月25日前报送…) are not — they are
 * rules for progress reports, found by `findCadences` and kept out of deadlines altogether [domain §4.3].
 */

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
  FREQ.lastIndex = 0;
  for (let m = FREQ.exec(text); m; m = FREQ.exec(text)) {
    const t = m[0].replace(/[、，,]+$/, '');
    // 「每月25日前」 names a day: that is a cadence's or deadline's business, not a frequency.
    if (t.startsWith('每') && /^\d{1,2}日|^[上中下]旬/.test(text.slice(m.index + t.length))) continue;
    if (t.startsWith('每') && t.length === 2 && /^(?:个|位|名|人|家|户|项|一)/.test(text.slice(m.index + 1, m.index + 2))) continue;
    if (REPORTING.test(text.slice(m.index, m.index + t.length + 30))) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/**
 * 时限 (deadline) extraction: finds the deadline expressions of a draft and resolves them to ISO dates.
 *
 * Why a module of its own: deadlines come in five kinds (domain.md §4.3): absolute dates (`2022年10月底前`),
 * periods whose year comes from the document (`6月底前`, `年底前`, `二季度`), relative spans (`会后7日内`,
 * `本周内`), urgency words (`立即`, `尽快`) and ongoing work (`常态化`); reporting cadences
 * (`每月25日前…报送`) look like deadlines but are rules, and are reported separately by `findCadences`.
 *
 * How it works: every rule is a small, bounded regex run over a *shadow* of the text in which full-width digits
 * and full-width X are folded to ASCII. The fold is one UTF-16 unit for one unit, so offsets into the shadow are
 * offsets into the original text. Rules produce candidates; the longest non-overlapping ones win.
 * Every quantifier is bounded and number runs are anchored with look-behinds, so the scan is linear in the text.
 *
 * Pure: no DOM, no Node APIs, no dependencies.
 */
import { addDays, holidayDate, iso, monthEnd, nextDue, parseIso, quarterEnd, weekEnd, type RecurrenceRule } from '../calendar';
import { AROUND_WORDS, DURING_WORDS, HOLIDAY_PAIRS, HOLIDAYS, SAME_YEAR_TARGETS, SEASONS, SPAN_LEADS, SPAN_NOUNS, TWO_YEAR_WORDS } from '../lexicon/calendar';
import type { DatedBy } from '../genres/profile';
import { alternation, escapeRegExp } from '../lexicon/alternation';
import { findRecurrences, recurrenceRule } from './recurrence';
import { execAll } from '../text/exec-all';

export type DeadlineType = 'absolute' | 'period' | 'relative' | 'urgent' | 'ongoing';

export interface DeadlineMatch {
  start: number;
  end: number;
  text: string;
  type: DeadlineType;
  due: string | null;
  /** A recurring due point or frequency (每月25日前, 每季度, 每年): its rule; `due` is then the next one after the reference date. */
  recurrence?: RecurrenceRule;
}

export interface DeadlineContext {
  /** Year that month/period expressions resolve against (the document's own year, else the reference date's). */
  year: number;
  /** ISO YYYY-MM-DD: anchor for relative expressions (本周内, 下周三, 30日内 without an anchor date) and for 今年/明年 when the document has no year. */
  referenceDate: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Shadow text and numbers

/** Folds full-width digits and Ｘ/ｘ to ASCII, one code unit for one, so offsets are preserved. */
function fold(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff10 && c <= 0xff19) r = c - 0xfee0;
    else if (c === 0xff38 || c === 0xff58) r = c - 0xfee0;
    if (r >= 0) {
      out += text.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Arabic or Chinese (up to 百) numeral → integer; null when it is not one (placeholders). */
function toInt(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '半') return null;
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      cur = d;
      seen = true;
    } else if (ch === '十') {
      total += (seen ? cur : 1) * 10;
      cur = 0;
      seen = false;
    } else if (ch === '百') {
      total += (seen ? cur : 1) * 100;
      cur = 0;
      seen = false;
    } else return null;
  }
  return total + cur;
}

/** A four-digit year in Arabic or Chinese digits (二〇二五). */
function yearInt(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  let y = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined || ch === '两') return null;
    y = y * 10 + d;
  }
  return y;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared pattern pieces (all bounded)

const CN = '〇○零一二三四五六七八九';
/** Month number: 1–12, 一…十二, or a placeholder X/XX/×. */
const MONTH = `(?<m>(?<!\\d)(?:1[0-2]|0?[1-9])(?!\\d)|(?<![${CN}十])(?:十[一二]?|[一二三四五六七八九])|(?<![A-Za-z])[Xx×]{1,2})`;
const DAY = `(?<d>(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])(?!\\d)|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|[Xx×]{1,2})`;
/** 前 as "before", not 前往/前来/前进/前去/前行. */
const BEFORE = '(?:以前|之前|前(?![往来进去行]))';
/** 内 as "within", not 内容/内涵/内在. */
const WITHIN = '(?:以内|之内|内(?![容涵在]))';
const MONTH_TAIL = `月(?:${DAY}[日号](?<drel>${BEFORE}|止|${WITHIN})?|份?(?<mpart>底|末|[上中下](?:[、，,]?[上中下])?旬)?(?<mrel>${BEFORE}|${WITHIN})?)`;
const YEAR_PART = `(?<ypart>年底|年末|年内|年中(?![央国华共心])|年度内|底|末|内(?![容涵在])|度内|度(?=\\d|[，,]|完成|实现|建成|开工|启动|全面|力争|确保|要|将)|上半年|下半年|第?[一二三四1-4]季度(?:末|底)?)?(?<yrel>${BEFORE}|${WITHIN})?`;

/** Year-anchored atoms: 2025年…, 二〇二五年…, 20XX年…, 今年…, 本年度…, 明年… */
const RE_YEAR_ATOM = new RegExp(
  `(?<pre>(?<!截)(?:到|至)|(?<![关对由基属处位等鉴终善敢勇便易用过归限])于)?` +
    `(?:(?<ynum>(?<![\\d${CN}十])(?:\\d{4}|[${CN}]{4}))年|(?<yph>(?<![\\dA-Za-z])(?:20)?[Xx×]{2,4})年` +
    `|(?<ythis>(?<![如至迄而现当古])今年|(?<![基根日资版])本年度?)` +
    `|(?<ynext>(?<![说表证声阐标注查指发透文光清黎开英聪简鲜])明年))` +
    `(?:${MONTH}${MONTH_TAIL}|${YEAR_PART})`,
  'g',
);

/** Month atoms without a year: 6月底前, 十二月底以前, 6月30日前, X月底前, and bare 7月 (only as a range end). */
const RE_MONTH_ATOM = new RegExp(
  `(?<![\\d年${CN}十A-Za-z])` +
    // cheap gate: a month with a tail (day, 底/末/旬, 前/内) or right after a range connector; keeps bare 7月 out
    `(?:(?<=[至到—–－\\-~～])|(?=[^月]{1,2}月份?(?:[\\dXx×${CN}十]{1,3}[日号]|底|末|[上中下]|以|之|前|内)))` +
    `${MONTH}${MONTH_TAIL}`,
  'g',
);

/** 年底前 / 年末 / 年内 / 年中 / 年度内 without a year word. */
const RE_YEAR_SUFFIX = new RegExp(
  `(?<![\\d${CN}十百千两几多近去前往历每半全同次翌今明本当上下整该某这那跨元新年])年(?<k>底|末|内(?![容涵在])|中(?![央国华共心])|度内)(?<rel>${BEFORE})?`,
  'g',
);

/** 上半年 / 下半年 / (第)二季度(末)(前) without a year word. */
const RE_HALF_QUARTER = new RegExp(
  `(?<![\\d${CN}十年前去每本各第\\-—–－~～])(?:(?<h>上半年|下半年)|第?(?<q>[一二三四1-4])季度(?:末|底)?)(?:${BEFORE}|${WITHIN})?`,
  'g',
);

/** Holiday names, quoted or not (“五一”前后); 七一, 十一 … only in quotes or before 节. */
const HOLIDAY_NAME = (() => {
  const bare = HOLIDAYS.flatMap((h) => h.names.filter((n) => !h.quotedOnly?.includes(n)));
  const quoted = HOLIDAYS.flatMap((h) => h.names);
  return `(?:[“"「](?<hq>${alternation(quoted).slice(3, -1)})[”"」]节?|(?<![\\d${'〇○零一二三四五六七八九'}十])(?<hb>${alternation(bare).slice(3, -1)}))`;
})();
const HOLIDAY_BY_NAME = new Map(HOLIDAYS.flatMap((h) => h.names.map((n) => [n, h] as const)));
const YEAR_WORD = `(?<who>(?<![如至迄而现当古])今年|(?<![说表证声阐标注查指发透文光清黎开英聪简鲜])明年|(?<![\\d])(?<wy>\\d{4})年)?`;

/** Holidays and seasons: 春节前, 2027年春节前, 国庆节前, “五一”前后, 中秋国庆期间, 汛期前, 寒假前, 节假日期间 … */
const RE_HOLIDAY = new RegExp(
  YEAR_WORD +
    `(?:(?:${HOLIDAY_NAME}|(?<pair>${alternation(HOLIDAY_PAIRS)}))(?<rel>${alternation(AROUND_WORDS, DURING_WORDS)}|${BEFORE}(?![后夕]))` +
    `|(?<season>${alternation(SEASONS)})(?:来临|到来|开始|结束)?(?<srel>${alternation(AROUND_WORDS, DURING_WORDS)}|前(?![往来进去行后夕])))`,
  'g',
);

/** Period words of a plan or report: 全年, 今明两年, 当年(开工), 利用三年左右时间, 通过3-5年努力, 半年时间. */
const NUM = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,2}|半)';
const RE_PLAN_PERIOD = new RegExp(
  [
    `(?<full>(?<![\\d${'〇○零一二三四五六七八九'}十今明去前后上本])全年(?!的|以来|来|[一二三四五六七八九十\\d]|度|平均|累计|共))`,
    `(?<two>${alternation(TWO_YEAR_WORDS)})`,
    `(?<same>(?<![想那在于的是这])当年(?=[^，,。；;]{0,4}?${alternation(SAME_YEAR_TARGETS)}))`,
    `(?<span>(?:${alternation(SPAN_LEADS)})?(?<![\\d一二两三四五六七八九十上下])${NUM}(?:[-—～~至到]${NUM})?(?:个)?(?:年|个月|个?星期|周)(?:左右|多)?(?:的)?${alternation(SPAN_NOUNS)})`,
  ].join('|'),
  'g',
);

/** N日内 / N个工作日内 / 3个月内 / 3年内 / 24小时内, with an optional anchor (会后, 收到通知后, 自…之日起). */
const RE_WITHIN = new RegExp(
  `(?<anchor>会后|(?:收到|接到)[^，。；;,\\n]{0,10}?后|(?:交办|下发|印发|通知|会议结束|检查结束|督查结束)后|自[^，。；;,\\n]{1,15}?起)?` +
    `(?<![\\d${CN}两十百半月])(?:\\d{1,3}|[${CN}两十百]{1,5}|半)(?:个?工作日|个?自然日|日|天|周|个?星期|个月|年|个?小时)${WITHIN}`,
  'g',
);

/** Fixed relative expressions and other short forms. */
const RE_RELATIVE = new RegExp(
  [
    '(?<weekIn>本周内)',
    `(?<weekDay>本周[一二三四五六日天]${BEFORE}?)`,
    `(?<monthIn>本月(?:内(?![容涵在])|底${BEFORE}?|末${BEFORE}?))`,
    `(?<monthDay>本月${DAY}[日号]${BEFORE}?)`,
    `(?<quarterIn>本季度?(?:内(?![容涵在])|末|底)${BEFORE}?)`,
    `(?<nextWeek>下一?周(?![期年])[一二三四五六日天]?(?:${BEFORE}|内)?)`,
    `(?<nextMonth>下个?月(?:(?:底|末|初|[上中下]旬)${BEFORE}?|${BEFORE}|内))`,
    '(?<soon>近期(?!以来))',
    `(?<monthEndBare>(?<![\\d${CN}十Xx×本下上每个年])月(?:底|末)${BEFORE})`,
    `(?<dayBefore>(?<![\\d${CN}十月本每日号])(?:(?:[12]\\d|3[01]|0?[1-9])(?!\\d)|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)[日号]${BEFORE})`,
    '(?<meetingAfter>(?<![社机体误理学领约协工都晚舞宴聚])会后(?=[，,、要即立马迅第各抓]))',
    '(?<eventAfter>(?:会议|检查|督查|活动|验收|培训|调研)结束后)',
    // 节后 (after the festival, usually 春节: lunar, so no date): 「部署落实好节后各项开局工作」; not 调节后, 环节后, 季节后.
    `(?<festivalAfter>(?:${HOLIDAY_NAME.replace(/\?<h[qb]>/g, '')}|${alternation(HOLIDAY_PAIRS)})后|(?<![调环季章细情关礼音脱枝时过佳使春庆秋午劳一清])节后)(?![果者])`,
  ].join('|'),
  'g',
);

const RE_URGENT = /第一时间(?![段点])|立即|马上|即知即改|立行立改|(?<![无有])限期|按期(?!间)|如期|按时(?!间)|尽快|尽早|抓紧/g;
const RE_ONGOING = /长期坚持|持续推进|常态化|久久为功|坚持不懈|长效机制|长效管理/g;

/** Reporting cadences: 每月25日前…报送, 每个季度第1个月的20日前, 每周二前…报, 每年12月底前. */
const CADENCE_UNIT = '(?:一)?个?(?:周|星期|旬|半个?月|月|季度?|半年|年度?|日|天)的?';
const RE_CADENCE = new RegExp(
  // 每, then a cheap gate: a time point right after the unit, or a reporting verb within the clause
  `每(?=${CADENCE_UNIT}[第\\d${CN}十日天底末上中下年月以之前]|[^。；;！？!?\\n]{0,44}?(?:报|调度|反馈))` +
    '(?:一)?个?(?:(?<wk>周|星期)(?<wd>[一二三四五六日天])?|旬|半个?月|月|季度?|半年|年度?|日|天)的?' +
    '(?<nth>第[一二三四1-4]个?月的?)?' +
    `(?<pm>(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?)?` +
    `(?<pt>(?:(?<![\\d])(?:[12]\\d|3[01]|0?[1-9])(?!\\d)|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]|(?:年|月)?(?:底|末)|[上中下]旬|(?:[上下]午)?\\d{1,2}[时点])?` +
    `(?<rel>${BEFORE})?` +
    '(?=(?<verb>[^。；;！？!?\\n]{0,40}?(?:报|调度|反馈))?)',
  'g',
);
/** 一月一检查、一季一通报、半年一总结 */
const RE_CADENCE_SHORT = /(?:[一每](?:周|旬|月|季度?|年)|半年)一(?:检查|通报|调度|总结|督查|考核|评估|会商|研判|分析|讲评|点评|报告|报)/g;

// ---------------------------------------------------------------------------------------------------------------
// Date atoms (year/month expressions) and their resolution

type YearKind = 'num' | 'ph' | 'this' | 'next' | null;

interface DateAtom {
  /** Start including a 到/至/于 prefix. */
  start: number;
  /** Start of the expression proper. */
  core: number;
  end: number;
  pre: string | null;
  yearKind: YearKind;
  year: number | null;
  /** Month 1–12, 0 for a placeholder, null when absent. */
  month: number | null;
  /** Day 1–31, 0 for a placeholder, null when absent. */
  day: number | null;
  drel: string | null;
  mpart: string | null;
  mrel: string | null;
  ypart: string | null;
  yrel: string | null;
}

function numOrPh(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^[Xx×]+$/.test(s)) return 0;
  return toInt(s);
}

function readAtom(r: RegExpExecArray): DateAtom {
  const g = r.groups ?? {};
  const pre = g.pre ?? null;
  let yearKind: YearKind = null;
  let year: number | null = null;
  if (g.ynum !== undefined) {
    yearKind = 'num';
    year = yearInt(g.ynum);
  } else if (g.yph !== undefined) yearKind = 'ph';
  else if (g.ythis !== undefined) yearKind = 'this';
  else if (g.ynext !== undefined) yearKind = 'next';
  return {
    start: r.index,
    core: r.index + (pre?.length ?? 0),
    end: r.index + r[0].length,
    pre,
    yearKind,
    year,
    month: numOrPh(g.m),
    day: numOrPh(g.d),
    drel: g.drel ?? null,
    mpart: g.mpart ?? null,
    mrel: g.mrel ?? null,
    ypart: g.ypart ?? null,
    yrel: g.yrel ?? null,
  };
}

function isPlaceholder(a: DateAtom): boolean {
  return a.yearKind === 'ph' || a.month === 0 || a.day === 0;
}

/** The due date of an atom in year `y` (placeholders → null). */
function atomDue(a: DateAtom, y: number): string | null {
  if (isPlaceholder(a)) return null;
  if (a.month !== null) {
    const m = a.month;
    if (a.day !== null) return iso(y, m, a.day);
    if (a.mpart) {
      const last = a.mpart.charAt(a.mpart.length - 1) === '旬' ? a.mpart.charAt(a.mpart.length - 2) : a.mpart;
      if (last === '上') return iso(y, m, 10);
      if (last === '中') return iso(y, m, 20);
      return monthEnd(y, m);
    }
    if (a.mrel && /前/.test(a.mrel)) return m === 1 ? monthEnd(y - 1, 12) : monthEnd(y, m - 1);
    return monthEnd(y, m);
  }
  const p = a.ypart ?? '';
  if (p === '上半年' || p === '年中') return monthEnd(y, 6);
  const q = /([一二三四1-4])季度/.exec(p);
  if (q) return quarterEnd(y, toInt(q[1] ?? '') ?? 4);
  return monthEnd(y, 12);
}

function atomYear(a: DateAtom, ctx: DeadlineContext, inherited?: DateAtom): number {
  if (a.yearKind === 'num' && a.year !== null) return a.year;
  if (a.yearKind === 'this') return ctx.year;
  if (a.yearKind === 'next') return ctx.year + 1;
  if (a.yearKind === null && inherited) return atomYear(inherited, ctx);
  return ctx.year;
}

/** Words after a date that make it a starting point or a retrospective span, not a deadline. */
const NOT_DEADLINE_AFTER = /^(?:以来|起|开始|以后|之后|后(?!续))/;
/** After a bare 今年: 今年以来, 今年是, 今年来, 今年初, 今年年初, 今年中央…, 今年1—6月. */
const NOT_THIS_YEAR_AFTER = /^(?:以来|来|是|初|年初|中央|\d|[一二三四五六七八九十]{1,2}[月至到—\-－~～])/;

/** Whether an atom is a deadline on its own; null when it is not, else the span start (with or without 到/至/于). */
function standaloneStart(a: DateAtom, after: string): number | null {
  if (NOT_DEADLINE_AFTER.test(after)) return null;
  const numeric = a.yearKind === 'num' || a.yearKind === 'ph';
  if (a.month !== null) {
    if (a.day !== null) return a.drel ? a.core : null;
    if (a.mpart || a.mrel) return a.core;
    return numeric && a.pre ? a.start : null;
  }
  if (numeric) {
    if (a.ypart || a.yrel) return a.core;
    return a.pre ? a.start : null;
  }
  // 今年 / 本年度 / 明年 without a month
  if (a.ypart) return a.core;
  if (a.yrel) return null; // 今年前三季度 …
  const word = a.yearKind === 'this' ? '今年' : '';
  if (word && NOT_THIS_YEAR_AFTER.test(after)) return null;
  return word ? a.core : null;
}

const RANGE_JOIN = /^起?(?:至|到|—{1,2}|–|－|-|~|～)$/;

// ---------------------------------------------------------------------------------------------------------------
// Candidates and selection

interface Candidate extends Omit<DeadlineMatch, 'text'> {
  prio: number;
}

/**
 * For each gated pattern, characters one of which every match of it holds: a text without any of them is not scanned
 * (nb. most clauses name no time; running every pattern over each of them was most of the extractor's cost).
 */
export const GATES: ReadonlyMap<RegExp, string> = new Map([
  [RE_YEAR_ATOM, '年'],
  [RE_MONTH_ATOM, '月'],
  [RE_YEAR_SUFFIX, '年'],
  [RE_HALF_QUARTER, '年季'],
  // 前, 前后, 期间 (holidays and seasons alike)
  [RE_HOLIDAY, '前期'],
  // 全年, 今明两年, 当年; a span of 年, 个月, 星期 or 周
  [RE_PLAN_PERIOD, '年月期周'],
  [RE_WITHIN, '内'],
  // 本周, 下周; 本月, 下月, 月底前; 本季; 近期; 日前/号前; 会后, 结束后, 节后
  [RE_RELATIVE, '周月季期日号后'],
  // 第一时间, 按时; 立即, 即知即改; 马上; 立行立改; 限期, 按期, 如期; 尽快, 尽早; 抓紧
  [RE_URGENT, '时即马立期尽抓'],
  // 长期坚持, 长效…; 持续推进, 坚持不懈; 常态化; 久久为功
  [RE_ONGOING, '长持常久'],
  [RE_CADENCE, '每'],
  // …一检查, …一通报
  [RE_CADENCE_SHORT, '一'],
]);

/** The last chars of `words`, as the body of a character class. */
const lastChars = (words: readonly string[]) => [...new Set(words.map((w) => w[w.length - 1]!))].map(escapeRegExp).join('');
const HOLIDAY_WORDS = [...HOLIDAYS.flatMap((h) => h.names), ...HOLIDAY_PAIRS];
/** What closes a holiday's name before its relation: its last char, 节 after a quoted name, the closing quote. */
const HOLIDAY_ENDS = [...HOLIDAY_WORDS, '节', '”', '"', '」'];

/**
 * For the patterns whose gate characters are common (后, 前), a second, closer gate: a pattern every match of theirs
 * holds at least once (a test of it costs a fraction of the pattern, which tries its lookbehinds and names at
 * every position).
 */
export const NEAR_GATES: ReadonlyMap<RegExp, RegExp> = new Map([
  // 本周, 本月, 本季, 下(一)周, 下(个)月, 近期, 月底/月末前, 日前/号前; 后 after a holiday (节后, “五一”后), 会 (会后), 束 (结束后).
  [RE_RELATIVE, new RegExp(`本周|本月|本季|下一?周|下个?月|近期|月[底末]|[日号](?:以|之)?前|[${lastChars([...HOLIDAY_ENDS, '会', '束'])}]后`)],
  // The relation right after a holiday's or a season's name (or its 来临, 到来, 开始, 结束).
  [RE_HOLIDAY, new RegExp(`[${lastChars([...HOLIDAY_ENDS, ...SEASONS, '来临', '到来', '开始', '结束'])}](?:${alternation(AROUND_WORDS, DURING_WORDS)}|以前|之前|前)`)],
]);

// Each gate character as one bit, by char code: a text's gate characters are read in one pass (`gateBits`), and a
// gate is then one AND.
const GATE_CHARS = [...new Set([...GATES.values()].join(''))];
const GATE_BIT = new Uint32Array(0x10000);
GATE_CHARS.forEach((c, i) => (GATE_BIT[c.charCodeAt(0)] = 1 << i));
const bitsOf = (chars: string) => [...chars].reduce((bits, c) => bits | GATE_BIT[c.charCodeAt(0)]!, 0);
const GATE_BITS = new Map([...GATES].map(([re, chars]) => [re, bitsOf(chars)]));

/** The gate characters `s` holds, as bits. */
function gateBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) bits |= GATE_BIT[s.charCodeAt(i)]!;
  return bits;
}

/** Each match of `re` in `s`; `bits` are `gateBits(s)`, and a gated pattern whose characters `s` lacks is not run. */
function eachMatch(re: RegExp, s: string, bits: number, fn: (r: RegExpExecArray) => void): void {
  const gate = GATE_BITS.get(re);
  if (gate !== undefined && !(gate & bits)) return;
  if (NEAR_GATES.get(re)?.test(s) === false) return;
  re.lastIndex = 0;
  for (let r = re.exec(s); r !== null; r = re.exec(s)) {
    if (r[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(r);
  }
}

function dateCandidates(s: string, bits: number, ctx: DeadlineContext, out: Candidate[]): void {
  const atoms: DateAtom[] = [];
  eachMatch(RE_YEAR_ATOM, s, bits, (r) => atoms.push(readAtom(r)));
  eachMatch(RE_MONTH_ATOM, s, bits, (r) => atoms.push(readAtom(r)));
  atoms.sort((a, b) => a.start - b.start);

  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const numeric = a.yearKind === 'num' || a.yearKind === 'ph';
    const start = standaloneStart(a, s.slice(a.end, a.end + 4));
    if (start !== null) {
      const ph = isPlaceholder(a);
      out.push({
        start,
        end: a.end,
        type: ph ? 'period' : numeric ? 'absolute' : 'period',
        due: ph ? null : atomDue(a, atomYear(a, ctx)),
        prio: 0,
      });
    }
    // A range A至B / A起至B / A—B: due is B's, B inherits A's year.
    const b = atoms[i + 1];
    if (!b || b.start < a.end || !RANGE_JOIN.test(s.slice(a.end, b.core))) continue;
    if (NOT_DEADLINE_AFTER.test(s.slice(b.end, b.end + 4))) continue;
    const bPointed = b.day !== null || b.mpart !== null || b.mrel !== null || b.drel !== null || b.ypart !== null || b.yrel !== null;
    const bothYears = numeric && (b.yearKind === 'num' || b.yearKind === 'ph');
    if (!bPointed && !bothYears) continue; // 1月至6月: a statistics period
    const ph = isPlaceholder(a) || isPlaceholder(b);
    const endNumeric = b.yearKind === 'num' || (b.yearKind === null && a.yearKind === 'num');
    out.push({
      start: a.core,
      end: b.end,
      type: ph ? 'period' : endNumeric ? 'absolute' : 'period',
      due: ph ? null : atomDue(b, atomYear(b, ctx, a)),
      prio: 0,
    });
  }
}

/**
 * The day before a holiday: in the year named (2027年春节前), else the first one on or after the reference date
 * within the document's year or the next (a speech of December 2025 that says 春节前 means February 2026).
 */
function holidayEve(h: (typeof HOLIDAYS)[number], year: number | null, ctx: DeadlineContext): string | null {
  const eve = (y: number) => {
    const day = holidayDate(h, y);
    return day && addDays(day, -1);
  };
  if (year !== null) return eve(year);
  const first = eve(ctx.year);
  if (first && first < ctx.referenceDate && ctx.referenceDate.startsWith(String(ctx.year))) return eve(ctx.year + 1) ?? first;
  return first;
}

function otherCandidates(s: string, bits: number, ctx: DeadlineContext, out: Candidate[]): void {
  const Y = ctx.year;
  const add = (start: number, end: number, type: DeadlineType, due: string | null, prio = 1): void => {
    out.push({ start, end, type, due, prio });
  };
  const rejectAfter = (end: number): boolean => NOT_DEADLINE_AFTER.test(s.slice(end, end + 4));

  eachMatch(RE_YEAR_SUFFIX, s, bits, (r) => {
    const end = r.index + r[0].length;
    if (rejectAfter(end)) return;
    add(r.index, end, 'period', r.groups?.k === '中' ? monthEnd(Y, 6) : monthEnd(Y, 12));
  });
  eachMatch(RE_HALF_QUARTER, s, bits, (r) => {
    const end = r.index + r[0].length;
    if (rejectAfter(end)) return;
    const g = r.groups ?? {};
    let due: string | null;
    if (g.h === '上半年') due = monthEnd(Y, 6);
    else if (g.h === '下半年') due = monthEnd(Y, 12);
    else due = quarterEnd(Y, toInt(g.q ?? '') ?? 4);
    add(r.index, end, 'period', due);
  });
  eachMatch(RE_HOLIDAY, s, bits, (r) => {
    const g = r.groups ?? {};
    const h = HOLIDAY_BY_NAME.get(g.hq ?? g.hb ?? '');
    let due: string | null = null;
    // Only 「…前」 of one holiday is a day; 前后, 期间 and seasons bound the work without one.
    if (h && g.rel && !AROUND_WORDS.includes(g.rel) && !DURING_WORDS.includes(g.rel)) {
      const named = g.wy !== undefined ? Number(g.wy) : g.who === '明年' ? Y + 1 : g.who === '今年' ? Y : null;
      due = holidayEve(h, named, ctx);
    }
    add(r.index, r.index + r[0].length, 'period', due);
  });
  eachMatch(RE_PLAN_PERIOD, s, bits, (r) => {
    const g = r.groups ?? {};
    const end = r.index + r[0].length;
    if (g.span !== undefined) add(r.index, end, 'relative', null);
    else add(r.index, end, 'period', g.two !== undefined ? monthEnd(Y + 1, 12) : monthEnd(Y, 12));
  });
  eachMatch(RE_WITHIN, s, bits, (r) => add(r.index, r.index + r[0].length, 'relative', null));
  eachMatch(RE_RELATIVE, s, bits, (r) => {
    const g = r.groups ?? {};
    const ref = parseIso(ctx.referenceDate);
    const end = r.index + r[0].length;
    let due: string | null = null;
    let type: DeadlineType = 'relative';
    if (g.weekIn !== undefined) due = weekEnd(ctx.referenceDate);
    else if (g.weekDay !== undefined || g.nextWeek !== undefined) due = weekDue(r[0], g.nextWeek !== undefined, ctx.referenceDate);
    else if (g.nextMonth !== undefined) due = nextMonthDue(r[0], ref);
    else if (g.monthIn !== undefined) due = ref && monthEnd(ref.y, ref.m);
    else if (g.monthDay !== undefined) {
      const d = toInt(g.d ?? '');
      due = ref && d !== null ? iso(ref.y, ref.m, d) : null;
    } else if (g.quarterIn !== undefined) due = ref && quarterEnd(ref.y, Math.ceil(ref.m / 3));
    else if (g.monthEndBare !== undefined) type = 'period';
    add(r.index, end, type, due);
  });
  eachMatch(RE_URGENT, s, bits, (r) => add(r.index, r.index + r[0].length, 'urgent', null, 2));
  eachMatch(RE_ONGOING, s, bits, (r) => add(r.index, r.index + r[0].length, 'ongoing', null, 2));
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** 本周五(前) → this week's Friday; 下周三(前) → next week's Wednesday; 下周内 → next week's Sunday; else null. */
function weekDue(words: string, next: boolean, referenceDate: string): string | null {
  const at = /周([一二三四五六日天])/.exec(words);
  const end = weekEnd(referenceDate);
  if (!end) return null;
  if (at) return addDays(end, WEEKDAYS[at[1]!]! - 7 + (next ? 7 : 0));
  return next && words.endsWith('内') ? addDays(end, 7) : null;
}

/** 下月底前, 下个月内, 下月下旬 → the next month's last day; 上旬 → its 10th, 中旬 → its 20th; else (下月初, 下月前) null. */
function nextMonthDue(words: string, ref: { y: number; m: number } | null): string | null {
  if (!ref) return null;
  const y = ref.m === 12 ? ref.y + 1 : ref.y;
  const m = ref.m === 12 ? 1 : ref.m + 1;
  if (/[底末内]|下旬/.test(words)) return monthEnd(y, m);
  if (words.includes('上旬')) return iso(y, m, 10);
  if (words.includes('中旬')) return iso(y, m, 20);
  return null;
}

function cadenceSpans(s: string, bits = gateBits(s)): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  eachMatch(RE_CADENCE, s, bits, (r) => {
    const g = r.groups ?? {};
    const pointed = g.wd ?? g.nth ?? g.pm ?? g.pt ?? g.rel;
    if (pointed === undefined && g.verb === undefined) return;
    spans.push({ start: r.index, end: r.index + r[0].replace(/的$/, '').length });
  });
  eachMatch(RE_CADENCE_SHORT, s, bits, (r) => spans.push({ start: r.index, end: r.index + r[0].length }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && sp.start < last.end) continue;
    out.push(sp);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

// Marks by char, one buffer per use (0: taken by a kept deadline, 1: in a cadence, 2: in a found deadline), grown
// as needed and cleared over the part a call uses (nb. three new typed arrays per clause made garbage for nothing).
const SCRATCH = [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)];
function scratch(k: 0 | 1 | 2, n: number): Uint8Array {
  if (SCRATCH[k]!.length < n) SCRATCH[k] = new Uint8Array(Math.max(n, 2 * SCRATCH[k]!.length));
  const buf = SCRATCH[k]!;
  buf.fill(0, 0, n);
  return buf;
}

/** All deadline expressions in `text`, in order, non-overlapping, longest match preferred; offsets are UTF-16 into `text`. Reporting cadences (每月25日前报送…) are NOT returned. */
export function findDeadlines(text: string, ctx: DeadlineContext): DeadlineMatch[] {
  const s = fold(text);
  const bits = gateBits(s);
  return foldedDeadlines(text, s, bits, cadenceSpans(s, bits), ctx);
}

/** `findDeadlines` on `s`, the fold of `text`, whose gate characters are `bits` and cadence spans `cadences`. */
function foldedDeadlines(text: string, s: string, bits: number, cadences: readonly { start: number; end: number }[], ctx: DeadlineContext): DeadlineMatch[] {
  const cands: Candidate[] = [];
  dateCandidates(s, bits, ctx, cands);
  otherCandidates(s, bits, ctx, cands);
  if (!cands.length) return [];
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.prio - b.prio);

  const taken = scratch(0, text.length);
  for (const c of cadences) taken.fill(1, c.start, c.end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ start, end, type, due }) => ({ start, end, text: text.slice(start, end), type, due }));
}

/** Reporting cadences (每月28日前将…报送, 每季度第1个月的20日前, 每周二前…报) — spans, not deadlines. */
export function findCadences(text: string): { start: number; end: number; text: string }[] {
  return cadenceSpans(fold(text)).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

const DATE_BODY =
  `(?<y>\\d{4}|[${CN}]{4})\\s*年\\s*(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月\\s*` +
  '(?<d>\\d{1,2}|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\\s*日';
const RE_DATE_LINE = new RegExp(`^${DATE_BODY}\\s*(?:印发)?$`);
const RE_PAREN_DATE_LINE = new RegExp(`[（(][^（）()]{0,20}?${DATE_BODY}[^（）()]{0,20}?[）)]$`);
const RE_ISSUED_LINE = new RegExp(`^\\S.{0,40}?\\s*${DATE_BODY}\\s*印发$`);
/** A speech's subtitle: 「——2026年1月10日在临河县第十八届人民代表大会第五次会议上」. */
const RE_SUBTITLE_DATE_LINE = new RegExp(`^[—–－-]{1,2}\\s*${DATE_BODY}\\s*在`);
/** 纪要: 「2026年4月8日，县长王明主持召开县政府第15次常务会议。」 — the meeting's day, when nothing else dates the text. */
const RE_MEETING_LINE = new RegExp(`^${DATE_BODY}(?:[上下]午|晚上?)?[，,][^。]{0,60}?(?:召开|主持|举行)`);
const RE_TITLE_YEAR = new RegExp(`(?<![\\d${CN}\\-—–－~～至到])(\\d{4}|[${CN}]{4})\\s*年(?!\\s*[\\-—–－~～至到])`, 'g');

function dateOf(r: RegExpExecArray | null): string | null {
  const g = r?.groups;
  if (!g) return null;
  const y = yearInt(g.y ?? '');
  const m = toInt(g.m ?? '');
  const d = toInt(g.d ?? '');
  return y !== null && m !== null && d !== null ? iso(y, m, d) : null;
}

/**
 * The document's own date or year, from its text lines: a date line under the title "（2026年3月12日）", a 成文日期 line
 * ("2021年1月25日" alone on a line, possibly followed by 印发) or a ——subtitle with its date, a 版记 印发 line, a 纪要's
 * meeting day — each only when the genre is dated by it (`datedBy`, the genre profile's) — or a year in the title
 * ("2025年…工作要点"). Returns {date: ISO or null, year: number or null}.
 */
export function findDocumentDate(lines: string[], titleLine: string | null | undefined, datedBy: readonly DatedBy[]): { date: string | null; year: number | null } {
  let paren: string | null = null;
  let standalone: string | null = null;
  let issued: string | null = null;
  let meeting: string | null = null;
  // Only minutes open with the meeting's day; elsewhere a dated opening sentence narrates (「2021年1月25日，县政府召开…」).
  const minutes = datedBy.includes('meeting');
  const underTitle = datedBy.includes('title-line');
  const signed = datedBy.includes('signature');
  const subtitled = datedBy.includes('subtitle');
  for (const [k, raw] of lines.entries()) {
    // nb. trim() strips exactly \s (which holds \u3000), in linear time: the regex's `[\s]+$` retried from every
    // position of a long run of spaces.
    const line = fold(raw).trim();
    if (minutes && k < 6) meeting ??= dateOf(RE_MEETING_LINE.exec(line));
    if (line.length === 0 || line.length > 60) continue;
    const p = underTitle ? dateOf(RE_PAREN_DATE_LINE.exec(line)) : null;
    if (p) {
      paren ??= p;
      continue;
    }
    // A date alone on a line stands under the title or over the signature.
    const d = (underTitle || signed ? dateOf(RE_DATE_LINE.exec(line)) : null) ?? (subtitled ? dateOf(RE_SUBTITLE_DATE_LINE.exec(line)) : null);
    if (d) {
      standalone = d;
      continue;
    }
    const i = signed ? dateOf(RE_ISSUED_LINE.exec(line)) : null;
    if (i) issued = i;
  }
  const date = paren ?? standalone ?? issued ?? meeting;
  const dateYear = date ? Number(date.slice(0, 4)) : null;
  // The title's last year ("2024年工作总结和2025年工作安排" → 2025) names the year the tasks are for …
  let titleYear: number | null = null;
  const title = titleLine ? fold(titleLine) : '';
  for (const t of execAll(RE_TITLE_YEAR, title)) {
    const y = yearInt(t[1] ?? '');
    if (y !== null && y >= 1900 && y <= 2199) titleYear = y;
  }
  // … except in a pure review ("2020年工作总结", dated 2021): its tasks belong to the year it was given in.
  if (titleYear !== null && dateYear !== null && dateYear > titleYear && /总结|回顾/.test(title) && !/计划|要点|安排|打算|方案|任务/.test(title)) {
    titleYear = null;
  }
  return { date, year: titleYear ?? dateYear };
}

/** A period word used as a noun modifier (「上半年重点工作汇报会议」「今年的目标」) is no deadline. */
// nb. Read on the next four chars (its longest word), not on the rest of the text.
const MODIFIER_AFTER = /^(?:的(?!前)|重点工作|工作会议|会议|汇报|以来|经济|数据|形势|情况|开局)/;

/**
 * The deadlines of a clause or sentence as an action reads them: `findDeadlines` without period words used as
 * modifiers, plus recurring due points (每月25日前, 每周五前, 每季度末: a cadence, with its rule and next due date)
 * and frequencies (每年开展…: ongoing, with its rule), where no other deadline covers them.
 */
export function deadlinesIn(text: string, ctx: DeadlineContext): DeadlineMatch[] {
  // One fold and one cadence scan serve both the cadences and the deadlines.
  const s = fold(text);
  const bits = gateBits(s);
  const cadences = cadenceSpans(s, bits);
  // Overlap is asked of the chars a match covers (nb. asking every other match instead was quadratic in a sentence
  // with thousands of dates; matches are never empty, so the answers are the same).
  const recurrences = findRecurrences(text);
  const covered = (at: Uint8Array, start: number, end: number) => {
    for (let i = start; i < end; i++) if (at[i]) return true;
    return false;
  };
  // nb. The marks are set up only when there is a cadence or a recurrence to ask about (most clauses have neither).
  const cadenceAt = cadences.length ? scratch(1, text.length) : null;
  for (const c of cadences) cadenceAt!.fill(1, c.start, c.end);
  const found = foldedDeadlines(text, s, bits, cadences, ctx).filter(
    (d) => !(cadenceAt && covered(cadenceAt, d.start, d.end)) && !(d.type === 'period' && !/[前内底末]$/.test(d.text) && MODIFIER_AFTER.test(text.slice(d.end, d.end + 4))),
  );
  if (!cadences.length && !recurrences.length) return found.sort((a, b) => a.start - b.start);
  const foundAt = scratch(2, text.length);
  for (const d of found) foundAt.fill(1, d.start, d.end);
  const recurring = (start: number, end: number, type: DeadlineType): void => {
    if (covered(foundAt, start, end)) return;
    const rule = recurrenceRule(text.slice(start, end));
    foundAt.fill(1, start, end);
    found.push({ start, end, text: text.slice(start, end), type, due: rule && nextDue(rule, ctx.referenceDate), ...(rule ? { recurrence: rule } : {}) });
  };
  // Recurring work (每年开展…, 一月一检查、一季一通报) is ongoing; overlapping matches of other kinds win.
  for (const r of recurrences) recurring(r.start, r.end, 'ongoing');
  for (const c of cadences) recurring(c.start, c.end, 'period');
  return found.sort((a, b) => a.start - b.start);
}

const TYPE_RANK: Record<DeadlineType, number> = { absolute: 0, period: 1, relative: 2, urgent: 3, ongoing: 3 };

/**
 * The deadline of an item among those its text names, as a 督办 office reads them: the earliest hard one (a day that
 * is not a recurrence) — 「本月底前完成…，2027年一季度建成」 is due at the end of this month; else by kind (a date,
 * a period, a relative span, urgency, ongoing work), the first of its kind.
 */
export function pickDeadline(ms: readonly DeadlineMatch[]): DeadlineMatch | null {
  if (!ms.length) return null;
  const hard = ms.filter((d) => d.due !== null && !d.recurrence && d.type !== 'urgent' && d.type !== 'ongoing');
  if (hard.length) return [...hard].sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : a.start - b.start))[0]!;
  return [...ms].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start)[0]!;
}

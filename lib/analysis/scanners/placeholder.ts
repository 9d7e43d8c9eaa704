/**
 * Unfilled placeholders in drafts (domain.md §1.3, §6 group 7 `PH` / `MASK`).
 *
 * Pure, no DOM. Offsets are UTF-16 code units into the string passed in. Linear time: one global
 * tokenizer regex whose alternatives are single character-class runs or bounded, plus O(1)
 * look-arounds per token (ASCII "word" runs are scanned once and cached).
 *
 * Kinds:
 * - `date`   — a date chain merged into one match: `X月X日`, `2023年X月X日`, `20XX年`, `X月`(底前), `正月XX`.
 * - `number` — the placeholder characters, plus a directly following `%`/`％`/`‰`; also the default.
 * - `org`    — placeholder characters directly followed by a place/organisation suffix (`××市`, `***区`).
 * - `person` — placeholder characters directly followed by a title (`×××同志`, `X书记`, `*、*等`).
 * - `slot`   — template slots `（单位名称）`, `【待补：…】`, `【待核实…】`, and `某某` when nothing else applies.
 *
 * Never placeholders: `X光`/`X线`/`X射线`/`X轴`/`X型`, Latin words and identifiers (`Excel`, `XML`,
 * `Windows X`, `iPhone X`, `1920x1080`, `3 x 4`), URLs/e-mail (`xx.gov.cn`, `xx@xx.com`), multiplication
 * `3×4`, political-word masks (`县W、县政F`, `*DW`, `X会精神`, `***总***`, `***同志`, `X近平`).
 */

import { alternation } from '../lexicon/alternation';
import { MASK_NOT_SUFFIXES, MASK_ORG_SUFFIXES, MASK_PERSON_SUFFIXES, ZONG_WORDS } from '../lexicon/units';

export type PlaceholderKind = 'number' | 'date' | 'org' | 'person' | 'slot';

export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
}

interface Raw {
  start: number;
  end: number;
  kind: PlaceholderKind;
  /** kind came from the fallback (no suffix / % / date context) — may be overridden by list propagation. */
  defaulted: boolean;
}

/** A masked name's title (「***总」「***书记」「***同志」), not 总 opening a title or a unit (「***总经理」「***总局」). */
const MASKED_TITLE = new RegExp(`^(?:(?!${alternation(ZONG_WORDS)})总|书记|同志)`);

type Family = 'year' | 'x' | 'fx' | 'cross' | 'star' | 'mou' | 'slot';

const SLOT_WORDS =
  '单位名称|单位|部门名称|部门|姓名|名字|人名|职务|日期|时间|地点|会议名称|项目名称|企业名称|金额|数字|数据|文号|标题|名称|具体时间|具体日期|具体数字|具体单位';

// Alternatives, in priority order at a given position. Every alternative is a run of one character class,
// a bounded repetition, or a fixed word list, so the scan is linear.
const TOKEN_SOURCE = [
  // 20XX年 / 202X年 / 20××年, and the first year of a range 20XX-20XX年
  '(?<![0-9A-Za-z])(?:19|20)(?:[0-9][XxＸｘ×╳]|[XxＸｘ×╳]{2})(?=年|[-－—~～至到](?:19|20)(?:[0-9][XxＸｘ×╳0-9]|[XxＸｘ×╳]{2})年)',
  '[XxＸｘ]+(?:[.．][XxＸｘ]+)?', // X, XX, xx, Ｘ, X.X
  '[×╳]+(?:[.．][×╳]+)?', // ×, ××, ╳╳
  '[*＊]+', // *, ***
  '某{2,}', // 某某
  `[（(【\\[〔](?:${SLOT_WORDS})[)）】\\]〕]`, // （单位名称）
  '[【\\[](?:待|请)(?:补充|补|核实|核定|定|填写|填|完善|确认)[^】\\]\\n]{0,60}[】\\]]', // 【待补：完成时限】
].join('|');
const TOKEN_RE = new RegExp(TOKEN_SOURCE, 'g');

const MONTH_Y = /(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|[XxＸｘ×╳*＊]{1,2})月/y;
const DAY_Y = /(?:[12][0-9]|3[01]|0?[1-9]|[一二三四五六七八九十廿卅]{1,3}|[XxＸｘ×╳*＊]{1,2})[日号]/y;
const YEAR_BEFORE = /(?:[12][0-9]{3}|[〇零一二三四五六七八九○]{4})年$/;
const MONTH_BEFORE = /(?:(?:[12][0-9]{3})年)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月$/;
const LUNAR_BEFORE = /[正腊冬]月(?:初|十|廿)?$/;

/** Suffix → kind; longest match wins (so 市长 → person beats 市 → org, 委员会 → org beats 委员 → person). */
const SUFFIXES: ReadonlyArray<readonly [string, PlaceholderKind | null]> = (() => {
  const all: Array<readonly [string, PlaceholderKind | null]> = [
    ...MASK_PERSON_SUFFIXES.map((s) => [s, 'person'] as const),
    ...MASK_ORG_SUFFIXES.map((s) => [s, 'org'] as const),
    ...MASK_NOT_SUFFIXES.map((s) => [s, null] as const),
  ];
  return all.sort((a, b) => b[0].length - a[0].length);
})();
/** SUFFIXES bucketed by first character (each bucket still longest-first). */
const SUFFIX_INDEX: ReadonlyMap<string, ReadonlyArray<readonly [string, PlaceholderKind | null]>> = (() => {
  const map = new Map<string, Array<readonly [string, PlaceholderKind | null]>>();
  for (const entry of SUFFIXES) {
    const c = entry[0][0]!;
    const bucket = map.get(c) ?? [];
    bucket.push(entry);
    map.set(c, bucket);
  }
  return map;
})();

const isAsciiAlnum = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isAsciiWordChar = (c: string | undefined): boolean => isAsciiAlnum(c) || (c !== undefined && '_@/\\#&=~.+-'.includes(c));
const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
const isHSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const isXChar = (c: string | undefined): boolean => c === 'X' || c === 'x' || c === 'Ｘ' || c === 'ｘ';
const isCrossChar = (c: string | undefined): boolean => c === '×' || c === '╳';
const isStarChar = (c: string | undefined): boolean => c === '*' || c === '＊';
const isFullwidthAlnum = (c: string | undefined): boolean =>
  c !== undefined && /^[Ａ-Ｚａ-ｚ０-９]$/.test(c) && c !== 'Ｘ' && c !== 'ｘ';

function familyOf(tok: string): Family {
  const c = tok[0];
  if (c === undefined) return 'slot';
  if (c >= '0' && c <= '9') return 'year';
  if (c === 'X' || c === 'x') return 'x';
  if (c === 'Ｘ' || c === 'ｘ') return 'fx';
  if (isCrossChar(c)) return 'cross';
  if (isStarChar(c)) return 'star';
  if (c === '某') return 'mou';
  return 'slot';
}

/** Skips horizontal spaces left of `i` (exclusive); returns [char, skippedCount]. */
function leftAcrossSpaces(text: string, i: number): [string | undefined, number] {
  let j = i - 1;
  while (j >= 0 && isHSpace(text[j])) j--;
  return [j >= 0 ? text[j] : undefined, i - 1 - j];
}
function rightAcrossSpaces(text: string, i: number): [string | undefined, number] {
  let j = i;
  while (j < text.length && isHSpace(text[j])) j++;
  return [text[j], j - i];
}

interface RunCache {
  start: number;
  end: number;
  tainted: boolean;
}

/** An ASCII X token is part of an identifier/URL/word when its ASCII word run holds anything but X/x/./-. */
function asciiRunTainted(text: string, s: number, e: number, cache: RunCache): boolean {
  if (s >= cache.start && e <= cache.end) return cache.tainted;
  if (!isAsciiWordChar(text[s - 1]) && !isAsciiWordChar(text[e])) return false; // the run is the token itself
  let a = s;
  while (a > 0 && isAsciiWordChar(text[a - 1])) a--;
  let b = e;
  while (b < text.length && isAsciiWordChar(text[b])) b++;
  const run = text.slice(a, b);
  cache.start = a;
  cache.end = b;
  cache.tainted = !/^[Xx]+(?:[.-][Xx]+)*\.?$/.test(run);
  return cache.tainted;
}

function partsWithin(tok: string, max: number): boolean {
  if (tok.length <= max) return true;
  return tok.split(/[.．]/).every((p) => p.length >= 1 && p.length <= max);
}

function isMaskAfterSingle(text: string, e: number): boolean {
  return text.startsWith('会精神', e) || text.startsWith('近平', e) || text.startsWith('总书记', e);
}

/** Whether the token passes the family's exclusion rules. */
function accept(text: string, s: number, e: number, tok: string, fam: Family, cache: RunCache): boolean {
  const next = text[e];
  const prev = s > 0 ? text[s - 1] : undefined;
  switch (fam) {
    case 'x':
    case 'fx': {
      if (!partsWithin(tok, 4)) return false;
      if (next !== undefined && '光线射轴型'.includes(next)) return false;
      if (tok.length === 1 && isMaskAfterSingle(text, e)) return false;
      if (fam === 'x') {
        if (asciiRunTainted(text, s, e, cache)) return false;
        // "Windows X", "iPhone X", "X Window", "3 x 4": a Latin word or a number across spaces.
        const [l, ls] = leftAcrossSpaces(text, s);
        if (ls > 0 && isAsciiAlnum(l) && !isXChar(l)) return false;
        const [r, rs] = rightAcrossSpaces(text, e);
        if (rs > 0 && isAsciiAlnum(r) && !isXChar(r)) return false;
      } else {
        if (isFullwidthAlnum(prev) || isFullwidthAlnum(next) || isAsciiAlnum(prev) || isAsciiAlnum(next)) return false;
      }
      return true;
    }
    case 'cross': {
      if (!partsWithin(tok, 6)) return false;
      if (tok.length === 1 && isMaskAfterSingle(text, e)) return false;
      // multiplication: 3×4, 2 × 2, A×B
      const [l] = leftAcrossSpaces(text, s);
      const [r] = rightAcrossSpaces(text, e);
      if (isAsciiAlnum(l) || isAsciiAlnum(r)) return false;
      return true;
    }
    case 'star': {
      if (tok.length > 6) return false;
      if (isAsciiAlnum(prev) || isAsciiAlnum(next)) return false; // *DW, 3*4, 注1*
      // masks: ***总***, ***书记, ***同志 (MASK regex), and the trailing *** of ***总***
      if (tok.length === 3 && MASKED_TITLE.test(text.slice(e, e + 4))) {
        return false;
      }
      if (/^[*＊]{3}总$/.test(text.slice(Math.max(0, s - 4), s))) return false;
      // A star counts only in a slot context (完成率*%, ***区, *、*等, 负责人：**).
      if (next === '%' || next === '％' || next === '‰') return true;
      if (isCjk(next) && next !== undefined && !'的号注'.includes(next)) return true;
      if (next !== undefined && '、，,和及与'.includes(next) && isStarChar(text[e + 1])) return true;
      if (prev !== undefined && '、，,和及与'.includes(prev) && isStarChar(text[s - 2])) return true;
      if (tok.length >= 2) {
        const [l] = leftAcrossSpaces(text, s);
        if (l === '：' || l === ':') return true;
      }
      return false;
    }
    case 'mou':
      return tok.length <= 4;
    default:
      return true;
  }
}

function matchSticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

/** Extends a date chain forward from just after 年 (month, then day) or just after 月 (day). */
function extendAfterYear(text: string, pos: number): number {
  const m = matchSticky(MONTH_Y, text, pos);
  if (m < 0) return pos;
  return extendAfterMonth(text, m);
}
function extendAfterMonth(text: string, pos: number): number {
  const d = matchSticky(DAY_Y, text, pos);
  return d < 0 ? pos : d;
}

function lookBack(re: RegExp, text: string, s: number, span: number, lastChars: string): number {
  const prev = text[s - 1];
  if (prev === undefined || !lastChars.includes(prev)) return s; // cheap guard before slicing
  const m = re.exec(text.slice(Math.max(0, s - span), s));
  return m ? s - m[0].length : s;
}

function classify(text: string, s: number, e: number, tok: string, fam: Family): Raw {
  if (fam === 'slot') return { start: s, end: e, kind: 'slot', defaulted: false };
  if (fam === 'year') {
    const end = text[e] === '年' ? extendAfterYear(text, e + 1) : e; // 20XX of "20XX-20XX年" has no 年
    return { start: s, end, kind: 'date', defaulted: false };
  }

  const next = text[e];
  const decimal = /[.．]/.test(tok);
  if (fam !== 'mou' && !decimal) {
    if (next === '月') {
      const start = lookBack(YEAR_BEFORE, text, s, 6, '年');
      return { start, end: extendAfterMonth(text, e + 1), kind: 'date', defaulted: false };
    }
    if (next === '年' && (tok.length === 4 || matchSticky(MONTH_Y, text, e + 1) > 0)) {
      return { start: s, end: extendAfterYear(text, e + 1), kind: 'date', defaulted: false };
    }
    if (next === '日' || next === '号') {
      const start = lookBack(MONTH_BEFORE, text, s, 10, '月');
      if (start < s) return { start, end: e + 1, kind: 'date', defaulted: false };
      if (next === '日' && text[e + 1] !== '内') return { start: s, end: e + 1, kind: 'date', defaulted: false };
    }
    const lunar = lookBack(LUNAR_BEFORE, text, s, 3, '月初十廿');
    if (lunar < s) return { start: lunar, end: e, kind: 'date', defaulted: false };
  }
  if (fam !== 'mou' && (next === '%' || next === '％' || next === '‰')) {
    return { start: s, end: e + 1, kind: 'number', defaulted: false };
  }
  for (const [suf, kind] of SUFFIX_INDEX.get(next ?? '') ?? []) {
    if (text.startsWith(suf, e)) {
      if (kind === null) break;
      return { start: s, end: e, kind, defaulted: false };
    }
  }
  return { start: s, end: e, kind: fam === 'mou' ? 'slot' : 'number', defaulted: true };
}

/** Unfilled placeholders in one line of text (offsets UTF-16 into `text`, in order, non-overlapping). */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const raws: Raw[] = [];
  const cache: RunCache = { start: -1, end: -1, tainted: false };
  let lastEnd = 0;
  TOKEN_RE.lastIndex = 0; // module-level global regex, exec loop (matchAll would clone it per call)
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const s = m.index;
    const tok = m[0];
    const e = s + tok.length;
    if (s < lastEnd) continue; // swallowed by a date chain
    const fam = familyOf(tok);
    if (!accept(text, s, e, tok, fam, cache)) continue;
    const r = classify(text, s, e, tok, fam);
    r.start = Math.max(r.start, lastEnd);
    raws.push(r);
    lastEnd = r.end;
  }
  // Lists share the kind of their last member: "*、*等镇街", "XX、XX同志".
  for (let i = raws.length - 2; i >= 0; i--) {
    const a = raws[i]!;
    const b = raws[i + 1]!;
    if (!a.defaulted || (b.kind !== 'person' && b.kind !== 'org')) continue;
    if (b.start - a.end === 1 && '、，,和及与'.includes(text[a.end] ?? '')) a.kind = b.kind;
  }
  return raws.map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: r.kind }));
}

const SEPARATOR_RE = /^[ \t\u3000]*[XxＸｘ×╳*＊]{1,4}(?:[ \t\u3000]+[XxＸｘ×╳*＊]{1,4})+[ \t\u3000]*$/;

/**
 * True for a separator line made only of X/×/* tokens and spaces (e.g. "X    X    X    X"), which marks
 * speakers' turns in a meeting script and is not an unfilled slot. Needs at least two tokens.
 */
export function isSeparatorLine(text: string): boolean {
  return SEPARATOR_RE.test(text);
}

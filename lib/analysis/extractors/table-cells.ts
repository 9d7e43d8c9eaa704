/**
 * Reading one cell of a task table: the units a unit cell names, and the shape of a cell (a row number, a time, a
 * list of units, a short name, a long text) for tables without a header row and for rows that lost cells to
 * merging. Unit cells are written many ways: 「县财政局、各乡镇」, 「党政办 总务处」 (spaces), 「工  会」 (a name
 * letter-spaced to the column's width: joined), 「各处室各年段」 and 「教学处教科室」 (two units run together).
 */
import { alternation } from '../lexicon/alternation';
import { NAME_TAIL_CHARS, OFFICE_END_CHARS, OFFICE_NAME_END_CHARS } from '../lexicon/units';
import { findDeadlines } from './deadlines';
import { isUnit, splitUnits } from './owners';

const HAN = /^[\u4e00-\u9fff]$/;
/** A short office name ends like this (教学处, 教科室, 党政办, 纪检组, 高三段, 艺术团); two of them run together are cut. */
const OFFICE_END = new RegExp(`${alternation(OFFICE_END_CHARS)}$`);
/** What the second of two run-together names may end with (教学处团委: 团委). */
const NAME_END = new RegExp(`${alternation(OFFICE_NAME_END_CHARS)}$`);
/** A fragment starting like this is the tail of a letter-spaced name (「团  委」 → 委), never a name of its own. */
const TAIL_START = new RegExp(`^${alternation(NAME_TAIL_CHARS)}`);

/** Joins the white-space fragments of one part: a name letter-spaced to the column's width (「工  会」「教 务 处」「团  委」) is one. */
function joinSpaced(part: string): string[] {
  const frags = part.split(/[\s\u3000\u00a0]+/).filter(Boolean);
  const out: string[] = [];
  for (const f of frags) {
    const prev = out[out.length - 1];
    // A lone character is part of a name: the next one (「市 财政局」) or the one before (「工  会」).
    if (prev !== undefined && ((prev.length === 1 && HAN.test(prev)) || (f.length === 1 && HAN.test(f)) || TAIL_START.test(f))) out[out.length - 1] = prev + f;
    else out.push(f);
  }
  return out;
}

/** Cuts units written together: before each 各 (「各处室各年段」), and between two short office names (「教学处教科室」「教学处团委」). */
function splitRunTogether(name: string): string[] {
  const ge = name.indexOf('各', 2);
  // 「区直各部门」「市直各单位」 are one name: the part before 各 must be a unit of its own.
  if (ge > 0 && name.length - ge >= 3 && (NAME_END.test(name.slice(0, ge)) || isUnit(name.slice(0, ge)))) return [...splitRunTogether(name.slice(0, ge)), ...splitRunTogether(name.slice(ge))];
  for (let k = 3; k <= 5 && k <= name.length - 2; k++) {
    const head = name.slice(0, k);
    const tail = name.slice(k);
    if (OFFICE_END.test(head) && NAME_END.test(tail) && tail.length <= 8 && !/^(?:办公|公)/.test(tail) && !TAIL_START.test(tail)) return [head, ...splitRunTogether(tail)];
  }
  return [name];
}

/** The units a unit cell names, in order, letter-spacing joined and run-together names cut. */
export function cellUnits(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/[、，,；;/／\n]/)) {
    for (const spaced of joinSpaced(part.trim())) {
      for (const piece of splitRunTogether(spaced)) out.push(...splitUnits(piece));
    }
  }
  return [...new Set(out)];
}

export type CellShape = 'empty' | 'seq' | 'time' | 'units' | 'short' | 'long';

const SEQ = /^[（(]?(?:\d{1,3}(?:\s*[—–\-－.．_]\s*\d{1,3}){0,3}|[一二三四五六七八九十]{1,3})[）)]?[、.．]?$/;
/**
 * One part of a time cell, in words the deadline extractor may not resolve (全年, 寒假前, 每月, 长期, 待定): a time
 * word at its start or its end (「发布寒假前」「实施全年」「仪式待定」).
 */
const TIME_PART =
  /^(?:全年|常年|长期|持续|常态化?|每[年月周日季旬天]|即时|随时|立即|待定|[上下]半年|年内|年底|[一二三四1-4]季度|\d{4}\s*年|\d{4}\s*[./\-／]\s*\d{1,2}|\d{1,2}\s*月)|(?:前|以前|之前|内|底|末|止|[上中下]旬|期间|全年|年内|待定|[上下]半年|季度|月份?|学期)$/;
const NO_TIME_CTX = { year: 2000, referenceDate: '2000-01-01' };

/** Whether a short cell states a time: each of its parts (cut at ，、；) does, or the extractor finds one at its start. */
function isTimeCell(t: string): boolean {
  if (t.length > 24 || /[。]/.test(t)) return false;
  const d = findDeadlines(t, NO_TIME_CTX);
  if (d.length && d[0]!.start <= 2 && t.length - d[0]!.end <= 4) return true;
  const parts = t.split(/[，,、；;\s]+/).filter(Boolean);
  const timed = parts.filter((p) => TIME_PART.test(p) || findDeadlines(p, NO_TIME_CTX).length > 0).length;
  return timed > 0 && timed * 2 >= parts.length && (TIME_PART.test(parts[0]!) || TIME_PART.test(parts[parts.length - 1]!));
}

/** The shape of a cell, from its text alone. */
export function cellShape(text: string, extra: string[] = []): CellShape {
  const t = text.trim();
  if (!t) return 'empty';
  if (SEQ.test(t)) return 'seq';
  if (isTimeCell(t)) return 'time';
  if (t.length <= 40 && !/[。；;：:]/.test(t)) {
    const units = cellUnits(t);
    if (units.length && units.every((u) => isUnit(u, extra) || /^(?:各|相关|有关)[\u4e00-\u9fff]{1,8}$/.test(u))) return 'units';
  }
  return t.length <= 12 && !/[，,。；;：:]/.test(t) ? 'short' : 'long';
}

/**
 * remarkFormulations: named numeric formulations [domain §2.4] — a quoted numeral phrase (“五个一” “三大攻坚战” “三保”)
 * or 「N个字」 — with the local expansion when the text spells it out in place: a 、-list right before it
 * (「一个项目、一名领导、…、一抓到底的“五个一”」), or right after it (（…、…）, 即…, 就是“快、实、优”). The same
 * name means different things in different places, so only a local expansion counts. Stores `file.data.formulations`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Formulation } from '../../schema/analysis';
import { spanOf, type Line } from '../text/lines';
import { cnToInt } from '../text/numerals';

const NUM = '[一二三四五六七八九十两双]';
const QUOTED = new RegExp(`[“"‘「](${NUM}[一二三四五六七八九十两双百千\\u4e00-\\u9fff]{0,8}?)[”"’」]`, 'g');
const CHARS = new RegExp(`(${NUM}{1,2})个字`, 'g');

/** The leading count of a name (「五个一」→5, 「三大攻坚战」→3, 「双随机」→2), or NaN. */
function countOf(name: string): number {
  const m = /^([一二三四五六七八九十两双]{1,2})/.exec(name);
  if (!m) return Number.NaN;
  return m[1] === '双' ? 2 : cnToInt(m[1]!);
}

/** A formulation needs a count above one, or a second numeral (「一岗双责」「三重一大」). */
function isFormulation(name: string): boolean {
  const n = countOf(name);
  if (!(n >= 1)) return false;
  if (n === 1) return /[两双二三四五六七八九十]/.test(name.slice(1));
  return name.length >= 2 && name.length <= 9;
}

function listItems(s: string): string[] {
  return s
    .split(/[、，,]/)
    .map((x) => x.replace(/[“”"‘’「」]/g, '').trim())
    .filter(Boolean);
}

/** The 、-list that ends right before `at` (the quote), its first item trimmed of a leading verb; [] if none. */
function expansionBefore(text: string, at: number, n: number): string[] {
  let end = at;
  if (text[end - 1] === '的') end--;
  const start = Math.max(text.lastIndexOf('，', end - 1), text.lastIndexOf('。', end - 1), text.lastIndexOf('；', end - 1), text.lastIndexOf('：', end - 1)) + 1;
  const items = text.slice(start, end).split('、').map((x) => x.trim());
  if (items.length !== n || items.some((x) => !x)) return [];
  const rest = items.slice(1).map((x) => x.length);
  const width = Math.max(...rest);
  if (items[0]!.length > width + 1) items[0] = items[0]!.slice(items[0]!.length - Math.round(rest.reduce((a, b) => a + b, 0) / rest.length));
  return items.map((x) => x.replace(/[“”"‘’「」]/g, ''));
}

/** The list spelled out right after `after`: （A、B、C）, ，即A、B、C, 就是“A、B、C”, ：A、B、C; [] if none or miscounted. */
function expansionAfter(text: string, after: number, n: number): string[] {
  const rest = text.slice(after, after + 160);
  const m =
    /^(?:工作机制|机制|要求|目标|任务)?\s*[（(]([^（）()]{2,120})[）)]/.exec(rest) ??
    /^[^。；]{0,12}?[，,：:]?\s*(?:即|就是|也就是|是指|指的是|包括|分别是|：|:)\s*[“"「]?([^。；”"」]{2,120})/.exec(rest);
  if (!m) return [];
  const items = listItems(m[1]!.replace(/^[：:]/, ''));
  return items.length === n ? items : [];
}

/** The formulations of one line, into `byName` (the first of each name, or the first that gives its expansion). */
function readLine(line: Line, byName: Map<string, Formulation>): void {
  if (line.role === 'boilerplate' || line.role === 'meta') return;
  const text = line.text;
  const found: Array<{ name: string; at: number; end: number; expansion: string[] }> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const name = m[1]!;
    if (!isFormulation(name)) continue;
    const n = countOf(name);
    const at = m.index + 1;
    const end = at + name.length;
    let expansion = n >= 2 ? expansionBefore(text, m.index, n) : [];
    if (!expansion.length && n >= 2) expansion = expansionAfter(text, end + 1, n);
    found.push({ name, at, end, expansion });
  }
  CHARS.lastIndex = 0;
  for (let m = CHARS.exec(text); m; m = CHARS.exec(text)) {
    const n = cnToInt(m[1]!);
    if (!(n >= 2)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const q = /[“"「]([\u4e00-\u9fff](?:[、，,][\u4e00-\u9fff])+)[”"」]/.exec(after);
    const expansion = q ? listItems(q[1]!) : [];
    found.push({ name: m[0], at: m.index, end: m.index + m[0].length, expansion: expansion.length === n ? expansion : [] });
  }
  for (const f of found) {
    const prev = byName.get(f.name);
    if (prev && (prev.expansion.length || !f.expansion.length)) continue;
    const span = spanOf(line, f.at, f.end);
    byName.set(f.name, { name: f.name, expansion: f.expansion, start: span.start, end: span.end });
  }
}

/** Finds formulations; one entry per name, at the occurrence that carries an expansion when there is one. */
export function remarkFormulations() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const byName = new Map<string, Formulation>();
    // nb. Each line is read by a module function: a loop body here, run once per analyze, was compiled on the stack
    // (OSR) anew on every call.
    for (const line of lines) readLine(line, byName);
    file.data.formulations = [...byName.values()].sort((a, b) => a.start - b.start);
  };
}

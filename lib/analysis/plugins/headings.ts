/**
 * remarkHeadings: numbered structural headings [domain §1.1]. Standard markers have fixed levels (一、 1 · （一） 2 ·
 * 1. 3 · （1） 4, with their variants 一．/(一)/㈠/1、/１．/⒈/(1)/⑴); a non-standard paragraph lead such as 第一，
 * takes the level below the heading it first appears under. A heading may stand alone or lead its paragraph
 * (「（一）打好项目落地建设突围战。推动…」: the title ends at the first 。). Rejected as headings: numbered list items
 * ending in ；, long numbered sentences, and whole directive sentences on their own numbered line (a notice's tasks).
 * (Page-chunk pseudo-markers were joined away before, by page-chunks.ts.) Also reports numbering-gap / -duplicate.
 * NOTE sets `line.role = 'heading'`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Line } from '../text/lines';
import { spanOf } from '../text/lines';
import { cnToInt, enclosedToInt } from '../text/numerals';
import type { HeadingRec } from '../types';
import { report } from './report';

interface MarkerMatch {
  family: string;
  value: number;
  /** Cleaned length of the marker (with its punctuation and following space). */
  length: number;
  marker: string;
}

const FIXED_LEVEL: Record<string, number> = { 'cn-dun': 1, 'cn-paren': 2, 'num-dot': 3, 'num-paren': 4, final: 1 };

/**
 * 「最后，我就做好当前及春节前后工作再强调四点意见。」 after 一、二、三、: the speech's closing part is a section of
 * its own, headed by the speaker's announcement.
 */
const FINAL_SECTION = /^(最后[，,])\s*((?:我|我们)?[^。！？]{0,30}?(?:再|还|最后)?(?:强调|讲|提|说|谈)(?:[一二三四五六七八九十两几]+)(?:点|个方面|条|句话)(?:意见|要求|建议)?)[。：:]/;

/** The heading marker at the start of a cleaned line, or null. */
export function matchMarker(text: string): MarkerMatch | null {
  let m = /^([一二三四五六七八九十]{1,3})\s*(?:[、，,]|[.．](?!\d))\s*/.exec(text);
  if (m) return mk('cn-dun', cnToInt(m[1]!), m);
  m = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、，,.]?\s*/.exec(text) ?? /^([\u3220-\u3229])\s*[、，,.]?\s*/.exec(text);
  if (m) return mk('cn-paren', /^[（(]/.test(m[0]) ? cnToInt(m[1]!) : enclosedToInt(m[1]!), m);
  m = /^[（(]\s*(\d{1,2})\s*[）)]\s*[、，,.]?\s*/.exec(text) ?? /^([\u2474-\u2487])\s*/.exec(text);
  if (m) return mk('num-paren', /^[（(]/.test(m[0]) ? Number(m[1]) : enclosedToInt(m[1]!), m);
  m = /^(\d{1,2})\s*[.、，,](?![\d.])\s*/.exec(text) ?? /^([\u2488-\u249b])\s*/.exec(text);
  if (m) return mk('num-dot', /\d/.test(m[1]!) ? Number(m[1]) : enclosedToInt(m[1]!), m);
  m = /^第([一二三四五六七八九十]{1,3})[，,、：:]\s*/.exec(text);
  if (m) return mk('di', cnToInt(m[1]!), m);
  return null;
}

function mk(family: string, value: number, m: RegExpExecArray): MarkerMatch | null {
  if (!Number.isFinite(value) || value < 1) return null;
  return { family, value, length: m[0].length, marker: m[0].trim() };
}

/** Where the title after a marker ends: the first 。！？ (or ：), else the end of the line; and whether body follows. */
function titleExtent(text: string, from: number): { end: number; inline: boolean } {
  const re = /[。！？!?]|[：:](?=.)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return { end: text.replace(/[：:；;，,\s]+$/, '').length, inline: false };
  const rest = text.slice(m.index + 1).trim();
  return { end: m.index, inline: rest.length > 0 };
}

/**
 * 「（一）各乡镇要在5月20日前完成…排查，建立隐患台账。」: a whole directive sentence on its own line is a numbered
 * task of a notice, not a heading (「（一）强化组织领导。」 stays one).
 */
function isTaskLine(text: string, title: string, inline: boolean): boolean {
  if (inline || !/[。；;]$/.test(text)) return false;
  // A named unit that must do something (「1、县住建局要完成污水处理厂建设。」) is a task however short.
  if (/^(?:各|省|市|县|区|乡|镇|街道)[^，,。；]{0,18}?(?:要|必须|务必|负责|应当|须)/.test(title)) return true;
  return (/[，,]/.test(title) || title.length > 20) && /要|必须|务必|负责|应当|须|确保|不得|严禁|牵头|会同/.test(title);
}

/** Decides whether a marker line is a heading, from the shape of its title alone. */
function plausible(line: Line, mm: MarkerMatch, end: number, inline: boolean): boolean {
  const title = line.text.slice(mm.length, end);
  if (title.length < 2) return false;
  if (/[；;]/.test(title)) return false;
  // A numbered sentence with commas that runs to its 。 is a list item, not a standalone heading.
  if (!inline && (mm.family === 'num-dot' || mm.family === 'num-paren') && /[，,]/.test(title) && /[。！？]$/.test(line.text)) return false;
  if (!inline) return title.length <= 60 && !/[；;，,]$/.test(line.text);
  if (title.length > 42) return false;
  // A numbered sentence («1．市教育局成立…领导小组，领导小组下设…») is a list item, not a lead-sentence heading.
  if ((mm.family === 'num-dot' || mm.family === 'num-paren') && /[，,]/.test(title) && title.length > 24) return false;
  return true;
}

/** Finds headings, assigns levels and paths; stores `file.data.headings`. */
export function remarkHeadings() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    type Cand = { line: Line; mm: MarkerMatch; end: number; inline: boolean };
    const cands: Cand[] = [];
    const numbered: NumberedTask[] = [];
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.role !== 'body') continue;
      const mm = matchMarker(line.text);
      if (!mm) {
        const f = cands.some((c) => c.mm.family === 'cn-dun') ? FINAL_SECTION.exec(line.text) : null;
        if (f) cands.push({ line, mm: { family: 'final', value: 1, length: f[1]!.length, marker: f[1]!.trim() }, end: f[1]!.length + f[2]!.length, inline: f[0].length < line.text.length });
        continue;
      }
      const { end, inline } = titleExtent(line.text, mm.length);
      if (isTaskLine(line.text, line.text.slice(mm.length, end), inline)) {
        // A numbered task line is no heading, but still counts in its family's numbering (（一）…要…。 （三）标题).
        numbered.push({ line: line.index, family: mm.family, value: mm.value, marker: mm.marker });
        continue;
      }
      if (!plausible(line, mm, end, inline)) continue;
      cands.push({ line, mm, end, inline });
    }
    // A run of numbered lines in one family where most are list items (ending in ；) is a list, not headings.
    const rejected = new Set<Cand>();
    const candAt = new Map(cands.map((c) => [c.line.index, c]));
    for (let k = 0; k < lines.length; k++) {
      const mm = lines[k]!.role === 'body' ? matchMarker(lines[k]!.text) : null;
      if (!mm || mm.value !== 1 || (mm.family !== 'num-dot' && mm.family !== 'num-paren')) continue;
      let n = 0;
      let listy = 0;
      for (let j = k; j < lines.length && n < 40; j++) {
        const m2 = matchMarker(lines[j]!.text);
        if (!m2 || m2.family !== mm.family || m2.value !== n + 1) break;
        n++;
        if (/[；;]$/.test(lines[j]!.text)) listy++;
      }
      if (n >= 2 && listy * 2 >= n) {
        for (let j = k; j < k + n; j++) if (candAt.has(j)) rejected.add(candAt.get(j)!);
      }
    }

    const headings: HeadingRec[] = [];
    const stack: HeadingRec[] = [];
    const dynamicLevel = new Map<string, number>();
    for (const c of cands) {
      if (rejected.has(c)) continue;
      const { line, mm } = c;
      let level = FIXED_LEVEL[mm.family];
      if (level === undefined) {
        level = dynamicLevel.get(mm.family) ?? Math.min(6, (stack[stack.length - 1]?.level ?? 0) + 1);
        dynamicLevel.set(mm.family, level);
      }
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const title = line.text.slice(mm.length, c.end).trim();
      const rec: HeadingRec = {
        line: line.index,
        level,
        family: mm.family,
        value: mm.value,
        marker: mm.marker,
        title,
        titleStart: mm.length,
        titleEnd: c.end,
        inline: c.inline,
        path: [],
      };
      rec.path = [...stack.map((h) => h.marker + h.title), rec.marker + rec.title];
      stack.push(rec);
      headings.push(rec);
      line.role = 'heading';
    }
    checkNumbering(file, headings, numbered);
    file.data.headings = headings;
  };
}

/** numbering-gap / numbering-duplicate among sibling headings (same family, same parent). */
/** A numbered line taken for a task, not a heading: it still takes part in its family's numbering. */
interface NumberedTask {
  line: number;
  family: string;
  value: number;
  marker: string;
}

function checkNumbering(file: VFile, headings: HeadingRec[], tasks: NumberedTask[] = []): void {
  const lines = file.data.lines!;
  const last = new Map<string, Pick<HeadingRec, 'value' | 'marker'>>();
  for (const [i, h] of headings.entries()) {
    // Siblings share the parent path; a new parent restarts the count.
    const key = `${h.family}|${h.path.slice(0, -1).join('/')}`;
    // Numbered task lines of the family since the previous heading count as siblings before this one.
    const since = i > 0 ? headings[i - 1]!.line : -1;
    const task = tasks.filter((t) => t.family === h.family && t.line > since && t.line < h.line).at(-1);
    const prev = task ?? last.get(key);
    last.set(key, h);
    const line = lines[h.line]!;
    const span = spanOf(line, 0, line.text.slice(0, h.titleStart).trimEnd().length);
    const expected = prev ? prev.value + 1 : 1;
    if (!prev && h.value !== 1) {
      if (h.family !== 'di' && h.value > 1 && !headings.some((o) => o !== h && o.family === h.family && o.line < h.line)) {
        report(file, 'numbering-gap', 'warning', `Unexpected 「${h.marker}」, expected the numbering to start at 1: 本层序号未从一开始`, span.start, span.end);
      }
      continue;
    }
    if (!prev || h.value === expected) continue;
    if (h.value === prev.value) {
      report(file, 'numbering-duplicate', 'warning', `Unexpected duplicate 「${h.marker}」, expected ${expected}: 序号重复`, span.start, span.end);
    } else if (h.value > expected) {
      report(file, 'numbering-gap', 'warning', `Unexpected 「${h.marker}」 after 「${prev.marker}」, expected ${expected}: 序号跳号`, span.start, span.end);
    } else if (h.value !== 1) {
      report(file, 'numbering-gap', 'warning', `Unexpected 「${h.marker}」 after 「${prev.marker}」, expected ${expected}: 序号倒退`, span.start, span.end);
    }
  }
}

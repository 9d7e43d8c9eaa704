/**
 * remarkHeadings: numbered structural headings [domain §1.1]. Standard markers have fixed levels (一、 1 · （一） 2 ·
 * 1. 3 · （1） 4, with their variants 一．/(一)/㈠/1、/１．/⒈/(1)/⑴); a non-standard paragraph lead such as 第一，
 * takes the level below the heading it first appears under. A heading may stand alone or lead its paragraph
 * (「（一）打好项目落地建设突围战。推动…」: the title ends at the first 。). Rejected as headings: numbered list items
 * ending in ；, long numbered sentences, and whole directive sentences on their own numbered line (a notice's tasks).
 * (Page-chunk pseudo-markers were joined away before, by page-chunks.ts.) Numbered task lines go to `file.data.numberedTasks`
 * for the numbering rules (../rules/numbering-gap.ts, numbering-duplicate.ts).
 * NOTE sets `line.role = 'heading'`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { sourceOf, type Line } from '../text/lines';
import { cnToInt, enclosedToInt } from '../text/numerals';
import type { HeadingRec, NumberedTask } from '../types';
import { GENRES } from '../genres';
import { alternation } from '../lexicon/alternation';
import { MODAL_WORDS, PROHIBITIONS } from '../lexicon/modals';
import { BRACKET_ROLES, UNIT_FIELDS } from '../lexicon/roles';
import { PLACE_PREFIXES } from '../lexicon/units';

interface MarkerMatch {
  family: string;
  value: number;
  /** Cleaned length of the marker (with its punctuation and following space). */
  length: number;
  marker: string;
}

const FIXED_LEVEL: Record<string, number> = { 'cn-dun': 1, 'cn-bare': 1, 'cn-paren': 2, 'num-dot': 3, 'num-paren': 4, final: 1 };

/** Families a speech numbers its parts with (第一， 第一点， 第一个问题，): they sit under 一、/（一）, never under 1./（1）. */
const SPEECH_FAMILIES = new Set(['di', 'di-point']);

/** 「第一点，」「第二个问题，」「第三个方面，」 (also 「最后，第四点，」): a speaker's numbered point opens a part of the speech. */
const POINT_MARKER = /^(?:最后[，,]\s*)?第([一二三四五六七八九十]{1,3})(?:点|个问题|个方面|部分)[，,、：:]\s*/;

/** 「其次，谈谈思想路线问题。」: a speaker's next point, announced with 谈谈/讲讲. */
const SEQ_SECTION = /^((?:首先|其次|再次|然后)[，,])\s*((?:我|我们)?(?:再|还|想)?(?:谈谈|讲讲|说说|讲一讲|谈一谈|讲一下|谈一下|说一下)[^。！？]{2,40}?)[。：:]/;

/** 「最后，讲讲尊重教师的劳动问题。」 after numbered points: the last part of the speech. */
const FINAL_TALK = /^(最后[，,])\s*((?:我|我们)?(?:再|还|想)?(?:谈谈|讲讲|说说|讲一讲|谈一谈|讲一下|谈一下|说一下)[^。！？]{2,40}?)[。：:]/;

/** A numeral alone on its line (「一」「二」): a section number without its title, as transcribed speeches have. */
const BARE_NUMERAL = /^([一二三四五六七八九十]{1,3})$/;

/** 「第一，」 heads a part only with a short title (「第一，要提高站位抓落实。」); a whole proposal after it is an item. */
const DI_TITLE_MAX = 20;

/**
 * 「最后，我就做好当前及春节前后工作再强调四点意见。」 after 一、二、三、: the speech's closing part is a section of
 * its own, headed by the speaker's announcement.
 */
const FINAL_SECTION = /^(最后[，,])\s*((?:我|我们)?[^。！？]{0,30}?(?:再|还|最后)?(?:强调|讲|提|说|谈)(?:[一二三四五六七八九十两几]+)(?:点|个方面|条|句话)(?:意见|要求|建议)?)[。：:]/;

/**
 * The chars a marker can open with (every pattern of matchMarker is anchored at the line's start): a Chinese numeral,
 * a bracket, an enclosed numeral (㈠ ⑴ ⒈), a digit, 第 or the 最 of 「最后，第四点，」.
 */
const MARKER_START = /^[一二三四五六七八九十（(\u3220-\u3229\u2474-\u249b\d第最]/;

/** The heading marker at the start of a cleaned line, or null. */
export function matchMarker(text: string): MarkerMatch | null {
  // nb. Most lines open with none of those chars: one test instead of nine patterns.
  if (!MARKER_START.test(text)) return null;
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
  m = POINT_MARKER.exec(text);
  if (m) {
    // 「最后，第四点，…」: the marker is the point's number.
    const point = mk('di-point', cnToInt(m[1]!), m);
    return point && { ...point, marker: point.marker.replace(/^最后[，,]\s*/, '') };
  }
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

/** A numbered line's text that is one short clause and its allocation parenthetical (牵头单位：…；责任单位：…). */
const ALLOCATED = new RegExp(`^[^（(。；;]{2,60}[。；;]?\\s*[（(][^（）()]{0,80}?${alternation(BRACKET_ROLES, UNIT_FIELDS)}[^（）()]{0,200}[）)][。；;]?$`);

/**
 * 「（一）各乡镇要在5月20日前完成…排查，建立隐患台账。」: a whole directive sentence on its own line is a numbered
 * task of a notice, not a heading (「（一）强化组织领导。」 stays one).
 */
/** A named unit that must do something (「1、县住建局要完成污水处理厂建设。」). */
const UNIT_MUST = new RegExp(`^${alternation(PLACE_PREFIXES, ['街道'])}[^，,。；]{0,18}?${alternation(MODAL_WORDS, ['负责'])}`);
/** A word that makes a long numbered line a task: a modal, a prohibition, a role (「…，县财政局配合」 aside). */
const TASK_WORD = new RegExp(alternation(MODAL_WORDS, PROHIBITIONS, ['确保', '负责', '牵头', '会同']));

function isTaskLine(text: string, title: string, inline: boolean, minutes = false, family = ''): boolean {
  // 「1.建设城市数据大脑。（牵头单位：市大数据局；责任单位：市直各部门）」: a short task carrying its own allocation is one
  // of a list of tasks, not a heading. A section (一、) may carry the allocation of the tasks under it: it stays one.
  if (family !== 'cn-dun' && ALLOCATED.test(text.slice(text.indexOf(title)))) return true;
  // In a 纪要 every numbered 议定事项 sentence is an item (「（一）县住建局督促县热力公司在12月5日前完成…。」), with or
  // without a modal; 「一、关于…的问题」 stays a section.
  if (minutes && /[。；;]$/.test(text) && !title.startsWith('关于') && (/[，,]/.test(text) || text.length - title.length > 2 || title.length > 15)) return true;
  if (inline || !/[。；;]$/.test(text)) return false;
  // A named unit that must do something (「1、县住建局要完成污水处理厂建设。」) is a task however short.
  if (UNIT_MUST.test(title)) return true;
  return (/[，,]/.test(title) || title.length > 20) && TASK_WORD.test(title);
}

/** The draft's own text at the cleaned range [s, e) of a line, white space trimmed (nothing folded: see sourceOf). */
function sourceTrimmed(input: string, line: Line, s: number, e: number): string {
  const t = line.text;
  while (s < e && /\s/.test(t[s]!)) s++;
  while (e > s && /\s/.test(t[e - 1]!)) e--;
  return sourceOf(input, line, s, e);
}

/** Decides whether a marker line is a heading, from the shape of its title alone. */
function plausible(line: Line, mm: MarkerMatch, end: number, inline: boolean): boolean {
  const title = line.text.slice(mm.length, end);
  if (title.length < 2) return false;
  if (/[；;]/.test(title)) return false;
  if (mm.family === 'di' && title.length > DI_TITLE_MAX) return false;
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
    const input = file.data.input!;
    type Cand = { line: Line; mm: MarkerMatch; end: number; inline: boolean };
    const cands: Cand[] = [];
    const numbered: NumberedTask[] = [];
    const minutes = GENRES[file.data.genre ?? 'speech'].numberedItems;
    // Bare numeral lines count only as a run (一 … 二): a lone 「一」 is a stray.
    const bare = lines.filter((l) => l.role === 'body' && BARE_NUMERAL.test(l.text));
    const bareRun = bare.some((l) => l.text === '一') && bare.some((l) => l.text === '二');
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.role !== 'body') continue;
      const mm = matchMarker(line.text);
      if (!mm) {
        const b = bareRun ? BARE_NUMERAL.exec(line.text) : null;
        if (b) {
          cands.push({ line, mm: { family: 'cn-bare', value: cnToInt(b[1]!), length: line.text.length, marker: b[1]! }, end: line.text.length, inline: false });
          continue;
        }
        const f =
          (cands.some((c) => c.mm.family === 'cn-dun') ? FINAL_SECTION.exec(line.text) : null) ??
          (cands.some((c) => c.mm.family === 'di-point' || c.mm.family === 'cn-dun') ? FINAL_TALK.exec(line.text) : null);
        if (f) cands.push({ line, mm: { family: 'final', value: 1, length: f[1]!.length, marker: f[1]!.trim() }, end: f[1]!.length + f[2]!.length, inline: f[0].length < line.text.length });
        const q = !f && cands.length ? SEQ_SECTION.exec(line.text) : null;
        if (q) cands.push({ line, mm: { family: 'seq', value: 1, length: q[1]!.length, marker: q[1]!.trim() }, end: q[1]!.length + q[2]!.length, inline: q[0].length < line.text.length });
        continue;
      }
      const { end, inline } = titleExtent(line.text, mm.length);
      // A speaker's numbered point (第一点，…) is a part of the speech whatever its title says.
      if (mm.family !== 'di-point' && isTaskLine(line.text, line.text.slice(mm.length, end), inline, minutes, mm.family)) {
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
        // 第一，/第一点， number a speech's parts: a 1./（1） heading before them is no parent of theirs.
        const parent = SPEECH_FAMILIES.has(mm.family) ? stack.filter((h) => h.level <= 2 && !SPEECH_FAMILIES.has(h.family)).at(-1) : stack[stack.length - 1];
        level = dynamicLevel.get(mm.family) ?? Math.min(6, (parent?.level ?? 0) + 1);
        dynamicLevel.set(mm.family, level);
      }
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      // Marker and title as the draft writes them (「１．」, not the shadow's folded 「1.」).
      const at = line.text.indexOf(mm.marker);
      const marker = sourceOf(input, line, at, at + mm.marker.length);
      const title = sourceTrimmed(input, line, mm.length, c.end);
      const rec: HeadingRec = {
        line: line.index,
        level,
        family: mm.family,
        value: mm.value,
        marker,
        title,
        titleStart: mm.length,
        titleEnd: c.end,
        inline: c.inline,
        path: [],
      };
      rec.path = [...stack.map((h) => ({ marker: h.marker, title: h.title })), { marker: rec.marker, title: rec.title }];
      stack.push(rec);
      headings.push(rec);
      line.role = 'heading';
    }
    file.data.numberedTasks = numbered;
    file.data.headings = headings;
  };
}

/**
 * remarkEnumerations: lists inside and across paragraphs [domain §2]. Markers of every family (一是/一要/一曰,
 * 第一，, 其一、, 首先…最后, 一方面…另一方面, ①, inline （1）/1、, 有的…有的, and line-leading 一、/（一）/1. runs after a
 * lead-in) are chained into series by consecutive numbering; a 1 inside an open item after 「是，」/「：」 opens a
 * nested series. Each series gets its lead-in (the sentence announcing it), the stated count (「四个方面」; 「这么几个方面」
 * = unstated), item titles (up to the first 。/；, shortened to the opening clause) and bodies. Polarity is decided in
 * ./polarity.ts. Stores `file.data.enumerations`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Line } from '../text/lines';
import { cnToInt, enclosedToInt, intToCn } from '../text/numerals';
import { endWithout, lastSentences, sentences, trimEndChars } from '../text/sentences';
import type { SectionStep } from '../../schema/analysis';
import type { EnumerationRec, EnumItemRec, HeadingRec, Pos } from '../types';
import { matchMarker } from './headings';
import { findUnmarkedLists, paragraphLead, problemParagraph, type UnmarkedList } from '../extractors/unmarked-lists';
import { classifyPolarity } from './polarity';
import { alternation } from '../lexicon/alternation';
import { NEVER_MODALS, SUBJECT_MODALS, YAO_SOURCE } from '../lexicon/modals';
import { problemTaskAdverbs, problemTaskVerbs } from '../lexicon/problems';

interface Marker {
  family: string;
  value: number;
  line: number;
  /** Cleaned offsets of the marker text [at, after). */
  at: number;
  after: number;
  ordinal: string;
}

const B = '(?<=^|[。；;：:！？!?，,\\s”）)])';
const CN = '[一二三四五六七八九十]';
/** `need`: words one of which a line must hold for the pattern to match there (a cheap test before the regex). */
const INLINE: Array<{ re: RegExp; family: (m: RegExpExecArray) => string; value: (m: RegExpExecArray) => number; need?: string[] }> = [
  // Not 「一是一」-style runs of numerals, but 「三是一些干部…」「二要一以贯之」 are items.
  { re: new RegExp(`${B}(${CN}{1,2})(是|要|曰|来)(?!${CN}(?![些批系部般定度直切以手把]))`, 'g'), family: (m) => `shi-${m[2]}`, value: (m) => cnToInt(m[1]!), need: [...'是要曰来'] },
  { re: new RegExp(`(?<=^|[。；;：:！？!?\\s”])第(${CN}{1,2})[，,、：:]`, 'g'), family: () => 'di', value: (m) => cnToInt(m[1]!), need: ['第'] },
  // 「一抓组织领导，…」「二抓…」 at the start of a paragraph (not 「一抓到底」 inside a sentence).
  { re: new RegExp(`^(${CN}{1,2})抓(?!到底|就灵|就准)(?=[\\u4e00-\\u9fff])`, 'g'), family: () => 'shi-抓', value: (m) => cnToInt(m[1]!), need: ['抓'] },
  { re: new RegExp(`${B}其(${CN})[、，,：:]`, 'g'), family: () => 'qi', value: (m) => cnToInt(m[1]!), need: ['其'] },
  { re: /(?<=^|[。；;：:！？!?\s])(首先|其次|再次|最后)[，,]/g, family: () => 'seq', value: (m) => ({ 首先: 1, 其次: 2, 再次: 3 })[m[1] as '首先'] ?? -1, need: ['首先', '其次', '再次', '最后'] },
  { re: /(?<=^|[。；;：:！？!?，,\s])(一方面|另一方面)[，,]?/g, family: () => 'fm', value: (m) => (m[1] === '一方面' ? 1 : 2), need: ['方面'] },
  { re: /[\u2460-\u2473]/g, family: () => 'circled', value: (m) => enclosedToInt(m[0]) },
  { re: /(?<=^|[。；;：:！？!?，,\s])[（(](\d{1,2})[）)]/g, family: () => 'paren-num', value: (m) => Number(m[1]), need: ['(', '（'] },
  { re: new RegExp(`(?<=[。；;：:！？!?])[（(](${CN}{1,2})[）)]`, 'g'), family: () => 'paren-cn', value: (m) => cnToInt(m[1]!), need: ['(', '（'] },
  { re: /(?<=[。；;：:！？!?])(\d{1,2})[、.](?![\d.])/g, family: () => 'num', value: (m) => Number(m[1]), need: ['、', '.'] },
  { re: /(?<![所具拥固特应原现已没只共享含占持富稀罕])有的(?=[^，。；,;]{2})/g, family: () => 'youde', value: () => 0, need: ['有的'] },
];

/** White space at `lastIndex` (sticky: reads no further than the run). */
const SPACES = /\s*/y;
/** Lists of one family nest this deep at most (「一是…：一是…」 repeated on one line is a run of lists, not a tower). */
const MAX_NEST = 4;
/** How far (in lines) the next item of a cross-paragraph series may be. */
const MAX_LINE_GAP = 8;
/** Phrases that close the last item of a series (「以上这些表现…」「针对这些问题…」). */
const CLOSER = /^(?:以上|上述|总之|综上|总的来看|总的来说|总而言之|针对|对此|为此|这些(?:问题|表现|现象|情况|倾向|不足)|下面|同志们|对于这些|凡此种种|等等)/;

function scanLine(line: Line, from: number): Marker[] {
  const out: Marker[] = [];
  const text = line.text;
  for (const spec of INLINE) {
    if (spec.need && !spec.need.some((w) => text.includes(w, from))) continue;
    spec.re.lastIndex = from;
    for (let m = spec.re.exec(text); m; m = spec.re.exec(text)) {
      const value = spec.value(m);
      // 最后 (-1) takes its number from the series it closes.
      if (!(value >= 0) && !(value === -1 && m[1] === '最后')) continue;
      out.push({ family: spec.family(m), value, line: line.index, at: m.index, after: m.index + m[0].length, ordinal: m[0].replace(/[，,、：:]$/, '') });
    }
  }
  return out;
}

interface Series {
  family: string;
  markers: Marker[];
  /**
   * Where a list that is not nested in this one starts, on its last marker's line: its last item ends there at the
   * latest (nb. without it, a line of 「一是…十是，一是…」 lists gave each list the rest of the line — quadratic).
   */
  bound?: number;
}

/** Chains markers of one family into series by consecutive numbering, with nesting and line-gap limits. */
function chain(markers: Marker[], headingLines: Set<number>, lines: Line[]): Series[] {
  const done: Series[] = [];
  const stack: Series[] = [];
  /** Closes the open series above depth `keep`; `by`, on their line, bounds their last items. */
  const close = (keep: number, by?: Marker) => {
    while (stack.length > keep) {
      const s = stack.pop()!;
      if (by && s.markers[s.markers.length - 1]!.line === by.line) s.bound = by.at;
      done.push(s);
    }
  };
  const closeAll = (by?: Marker) => close(0, by);
  for (const mk of markers) {
    const top = stack[stack.length - 1];
    if (top) {
      const last = top.markers[top.markers.length - 1]!;
      let broken = mk.line - last.line > MAX_LINE_GAP;
      for (let l = last.line + 1; l <= mk.line && !broken; l++) if (headingLines.has(l) && !top.family.startsWith('lead:')) broken = true;
      if (broken) closeAll();
    }
    const open = stack[stack.length - 1];
    const lastOf = (s: Series) => s.markers[s.markers.length - 1]!;
    if (mk.family === 'youde') {
      if (open && lastOf(open).line === mk.line) {
        mk.value = lastOf(open).value + 1;
        open.markers.push(mk);
      } else {
        closeAll(mk);
        mk.value = 1;
        stack.push({ family: mk.family, markers: [mk] });
      }
      continue;
    }
    if (mk.family === 'seq' && mk.value === -1) mk.value = open ? lastOf(open).value + 1 : -1;
    if (open && lastOf(open).value + 1 === mk.value) {
      open.markers.push(mk);
      continue;
    }
    // Continuation of an outer series: close the nested ones.
    const outer = stack.findIndex((s) => lastOf(s).value + 1 === mk.value);
    if (outer >= 0) {
      close(outer + 1, mk);
      stack[outer]!.markers.push(mk);
      continue;
    }
    if (mk.value === 1) {
      const nested = open && stack.length < MAX_NEST && lastOf(open).line === mk.line && /[：:]|是[，,]/.test(lines[mk.line]!.text.slice(lastOf(open).after, mk.at));
      if (!nested) closeAll(mk);
      stack.push({ family: mk.family, markers: [mk] });
    }
  }
  closeAll();
  return done.filter((s) => s.markers.length >= 2);
}

/** Shortens an item's first sentence to its opening clause (quote-aware), past a leading adverbial (「与…相比，」). */
export function itemTitle(text: string): string {
  let depth = 0;
  for (let c = 0; c < text.length; c++) {
    const ch = text[c]!;
    if ('“《（(「'.includes(ch)) depth++;
    else if ('”》）)」'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，,：:'.includes(ch)) {
      if (c < 3) continue;
      // An adverb alone (「与此同时，」「近年来，」) opens the clause after it.
      if (c <= 5 && /^(?:与此同时|此外|另外|目前|当前|现阶段|近年来|总体上看|总的来看|客观地说|特别是|尤其是)$/.test(text.slice(0, c))) continue;
      // Only the head's last few chars can end in one of these (nb. testing the whole head is quadratic).
      if (/(?:相比|来看|而言|方面|情况下|背景下|过程中|之下|之中|以来|影响|冲击|看|说|讲|中|上|下|时|后|前|里|是|的是|比较|对照)$/.test(text.slice(c - 3, c))) continue;
      return text.slice(0, c);
    }
  }
  return text;
}

function countOf(leadIn: string): { count: number | null; words: string | null } {
  const m = /((?:[一二三四五六七八九十两]{1,3}|\d{1,2})|这么几|这样几|以下几|如下几|下面几|几|若干)\s*(个方面|方面|点|条|项|类|个问题|大问题|个突出问题|种|句话|个字|个)/.exec(leadIn);
  // The count must announce the list: near the end of the lead-in, and above one (「一项工作布置下来」 is no count).
  if (!m || leadIn.length - (m.index + m[0].length) > 12) return { count: null, words: null };
  const n = cnToInt(m[1]!);
  if (n === 1) return { count: null, words: null };
  return { count: Number.isFinite(n) && n > 0 ? n : null, words: m[0] };
}

/** 两 for two, as people count (「两个方面」). */
function countWord(n: number): string {
  return n === 2 ? '两' : intToCn(n);
}

function labelOf(count: number | null, words: string | null, found: number): string {
  if (count && words) {
    const unit = /方面/.test(words) ? '个方面' : words.replace(/^[一二三四五六七八九十两\d]+\s*/, '');
    return `${countWord(count)}${unit}`;
  }
  return `${countWord(Math.min(found, 99))}个方面`;
}

/** The longest lead-in read: a longer sentence is read from its first clause within this many chars of its end. */
const MAX_LEAD = 400;

/**
 * The sentence `r`, or its tail from the first clause that starts within MAX_LEAD chars of its end (nb. a lead-in is
 * read by a dozen patterns; a whole 100 KB line without a full stop read once per list on it was quadratic).
 */
function tail(text: string, r: { start: number; end: number }): { start: number; end: number } {
  if (r.end - r.start <= MAX_LEAD) return r;
  let start = r.end - MAX_LEAD;
  for (let i = start; i < r.end; i++) {
    if ('，,；;：:'.includes(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  return { start, end: r.end };
}

/** The sentence before position (line, at), within the line or the previous content line; '' when none. */
function leadInAt(lines: Line[], headings: Map<number, HeadingRec>, line: number, at: number): { text: string; line: number; start: number; end: number; context: string } | null {
  const own = lines[line]!;
  const from = headings.get(line)?.titleEnd !== undefined && headings.get(line)!.inline ? headings.get(line)!.titleEnd + 1 : 0;
  if (at > from) {
    const ss = lastSentences(own.text, from, at).map((r) => tail(own.text, r));
    const last = ss[ss.length - 1]!;
    const text = trimEndChars(own.text.slice(last.start, at), '：:，,');
    if (text.length >= 2) {
      const prev = ss.length > 1 ? own.text.slice(ss[ss.length - 2]!.start, ss[ss.length - 2]!.end) : '';
      return { text, line, start: last.start, end: last.start + text.length, context: prev + text };
    }
    if (ss.length > 1) {
      const p = ss[ss.length - 2]!;
      const t = trimEndChars(own.text.slice(p.start, p.end), '。！？!?：:，,');
      return { text: t, line, start: p.start, end: p.start + t.length, context: t };
    }
  }
  // Line-leading item: the last sentence of the previous content line.
  for (let k = line - 1; k >= 0 && k >= line - 2; k--) {
    const prev = lines[k]!;
    if (prev.role === 'boilerplate' || prev.role === 'meta' || prev.role === 'title' || prev.role === 'salutation') return null;
    const h = headings.get(k);
    const start0 = h ? (h.inline ? h.titleEnd + 1 : h.titleStart) : 0;
    const ss = lastSentences(prev.text, start0, prev.text.length).map((r) => tail(prev.text, r));
    const last = ss[ss.length - 1];
    if (!last) continue;
    const t = trimEndChars(prev.text.slice(last.start, last.end), '。！？!?：:，,');
    const before = ss.length > 1 ? prev.text.slice(ss[ss.length - 2]!.start, ss[ss.length - 2]!.end) : '';
    return { text: t, line: k, start: last.start, end: last.start + t.length, context: before + t };
  }
  return null;
}

/** Adds a marker to its family's list. */
function addMarker(byFamily: Map<string, Marker[]>, mk: Marker): void {
  (byFamily.get(mk.family) ?? byFamily.set(mk.family, []).get(mk.family)!).push(mk);
}

/** The markers of one line, each to its family's list in `byFamily`. */
function markersOf(line: Line, headings: Map<number, HeadingRec>, byFamily: Map<string, Marker[]>): void {
  if (line.role !== 'body' && line.role !== 'heading' && line.role !== 'closing') return;
  const h = headings.get(line.index);
  const from = h ? (h.inline ? h.titleEnd + 1 : line.text.length) : 0;
  // Line-leading markers (一、/（一）/1./第一，) also form lists when a lead-in announces them.
  const lead = matchMarker(line.text);
  if (lead) addMarker(byFamily, { family: `lead:${lead.family}`, value: lead.value, line: line.index, at: 0, after: lead.length, ordinal: lead.marker });
  const found = scanLine(line, from).filter((mk) => !(lead && mk.at === 0));
  for (const mk of found) addMarker(byFamily, mk);
  // Inside a 有的…有的… run, 「，一些单位…」 is one more item of the same run.
  const youde = found.filter((mk) => mk.family === 'youde');
  if (youde.length >= 2) {
    const first = Math.min(...youde.map((mk) => mk.at));
    const last = Math.max(...youde.map((mk) => mk.at));
    for (const m of line.text.slice(first, last).matchAll(/(?<=[，,；;])一些(?=[\u4e00-\u9fff]{2})/g)) {
      const at = first + m.index;
      addMarker(byFamily, { family: 'youde', value: 0, line: line.index, at, after: at, ordinal: '一些' });
    }
  }
}

/** Records that an item starts at `at` of line `line` (each line's starts kept sorted). */
function addStart(startsByLine: Map<number, number[]>, line: number, at: number): void {
  const arr = startsByLine.get(line) ?? startsByLine.set(line, []).get(line)!;
  arr.splice(firstAtOrAfter(arr, at), 0, at);
}

/** The unmarked lists of one line that no marked list already covers, into `all`. */
function unmarkedOf(file: VFile, lines: Line[], line: Line, startsByLine: Map<number, number[]>, all: Array<{ rec: EnumerationRec }>): void {
  if (line.role !== 'body' && line.role !== 'closing' && line.role !== 'heading') return;
  for (const list of findUnmarkedLists(line.text)) {
    const rec = buildUnmarked(file, lines, line, list);
    // A list that another family already covers (markers inside it) is not read twice.
    const starts = startsByLine.get(line.index) ?? [];
    const covered = (starts[firstAtOrAfter(starts, list.items[0]!.start)] ?? Infinity) < list.items[list.items.length - 1]!.end;
    if (rec && !covered) {
      all.push({ rec });
      for (const it of rec.items) addStart(startsByLine, it.start.line, it.start.at);
    }
  }
}

/** Finds every enumeration; stores `file.data.enumerations` in document order. */
export function remarkEnumerations() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const headings = new Map(file.data.headings!.map((h) => [h.line, h]));
    const headingLines = new Set(headings.keys());
    const byFamily = new Map<string, Marker[]>();
    // nb. Lines are read by module functions (markersOf, unmarkedOf): a loop body in this transformer, which runs once
    // per analyze, was compiled on the stack (OSR) anew on every call.
    for (const line of lines) markersOf(line, headings, byFamily);
    const all: Array<{ rec: EnumerationRec }> = [];
    for (const [family, markers] of byFamily) {
      markers.sort((a, b) => a.line - b.line || a.at - b.at);
      for (const series of chain(markers, headingLines, lines)) {
        const rec = build(file, lines, headings, family, series);
        if (rec) all.push({ rec });
      }
    }
    // Where items start, by line (sorted), to ask whether a range holds one without reading every list.
    const startsByLine = new Map<number, number[]>();
    for (const e of all) for (const it of e.rec.items) addStart(startsByLine, it.start.line, it.start.at);
    for (const line of lines) unmarkedOf(file, lines, line, startsByLine, all);
    for (const rec of paragraphRuns(file, lines, headings)) all.push({ rec });
    all.sort((a, b) => a.rec.items[0]!.start.line - b.rec.items[0]!.start.line || a.rec.items[0]!.start.at - b.rec.items[0]!.start.at);
    // Depth: nested inside an item (on the same line) of another enumeration. One sweep in document order: the items
    // that started before a list's first item and have not ended are the open ones (nb. testing every item of the
    // line for every list was quadratic on a long line).
    const order = new Map(all.map((e, i) => [e.rec, i]));
    const items = all.flatMap((e) => e.rec.items.map((item) => ({ rec: e.rec, item })));
    items.sort((a, b) => a.item.start.line - b.item.start.line || a.item.start.at - b.item.start.at);
    let next = 0;
    let open: typeof items = [];
    for (const e of all) {
      const first = e.rec.items[0]!.start;
      while (next < items.length && isBefore(items[next]!.item.start, first)) open.push(items[next++]!);
      open = open.filter((x) => isBefore(first, x.item.end));
      const owners = new Set(open.filter((x) => x.rec !== e.rec && x.item.start.line === first.line).map((x) => x.rec));
      e.rec.depth = owners.size;
      e.rec.parents = [...owners].sort((a, b) => order.get(a)! - order.get(b)!);
    }
    file.data.enumerations = all.map((e) => e.rec);
  };
}

/** The index of the first element ≥ `x` in the sorted `arr`. */
function firstAtOrAfter(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isBefore(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.at < b.at);
}

function build(file: VFile, lines: Line[], headings: Map<number, HeadingRec>, family: string, series: Series): EnumerationRec | null {
  const ms = series.markers;
  const lineLead = family.startsWith('lead:');
  const lead = leadInAt(lines, headings, ms[0]!.line, ms[0]!.at);
  const { count, words } = countOf(lead?.text ?? '');
  // A run of line-leading markers is a list only when something announces it.
  // A heading that names the topic (「二、存在的问题」「三、下一步工作打算」) announces the headings under it.
  const topicHeading = lead && headings.get(lead.line) && /问题|不足|差距|短板|困难|成绩|成效|任务|打算|措施|安排|要求|意见/.test(lead.text);
  if (lineLead && !(lead && (/[：:]$/.test(lines[lead.line]!.text) || count || words || topicHeading))) return null;
  const items: EnumItemRec[] = [];
  for (let i = 0; i < ms.length; i++) {
    const mk = ms[i]!;
    const line = lines[mk.line]!;
    const next = ms[i + 1];
    let endLine = mk.line;
    let endAt = next && next.line === mk.line ? next.at : (!next && series.bound) || line.text.length;
    if (!next) {
      // The last item ends at a closing phrase (「以上这些表现…」), at its paragraph's end or where the next list starts.
      for (const s of sentences(line.text, mk.after, endAt)) {
        if (s.start > mk.after && CLOSER.test(line.text.slice(s.start, Math.min(s.end, s.start + 8)))) {
          endAt = s.start;
          break;
        }
      }
    }
    const h = headings.get(mk.line);
    SPACES.lastIndex = mk.after;
    const titleFrom = mk.after + SPACES.exec(line.text)![0].length;
    const raw = line.text.slice(titleFrom, endAt);
    const firstEnd = raw.search(/[。！？!?；;]/);
    const sentence = firstEnd >= 0 ? raw.slice(0, firstEnd) : trimEndChars(raw, '，,、');
    const title = lineLead && h ? itemTitle(h.title) : itemTitle(sentence);
    const titleEndAt = titleFrom + title.length;
    const bodyRaw = line.text.slice(Math.min(endAt, titleEndAt), endAt).replace(/^[。！？!?；;，,：:\s]+/, '');
    const body = trimEndChars(bodyRaw, '；;，,');
    let end: Pos = { line: endLine, at: endAt };
    const trimmed = endWithout(line.text, 0, endAt, '；;，,、');
    end = { line: endLine, at: Math.max(titleEndAt, trimmed) };
    items.push({
      ordinal: mk.ordinal,
      value: mk.value,
      start: { line: mk.line, at: mk.at },
      titleStart: { line: mk.line, at: titleFrom },
      titleEnd: { line: mk.line, at: titleEndAt },
      end,
      title,
      body,
    });
  }
  if (items.some((it) => !it.title)) return null;
  const section = sectionAt(file.data.headings!, ms[0]!.line);
  const rec: EnumerationRec = {
    family,
    items,
    leadIn: lead?.text ?? null,
    leadInPos: lead ? { line: lead.line, start: lead.start, end: lead.end } : null,
    context: lead?.context ?? '',
    statedCount: count,
    countWords: words,
    label: labelOf(count, words, items.length),
    polarity: 'neutral',
    section,
    depth: 0,
  };
  rec.polarity = classifyPolarity(rec, lines);
  if (rec.polarity === 'problem') {
    stripRepeatedVerb(items);
    for (const it of items) markFindingEnd(lines[it.titleEnd.line]!, it);
  }
  return rec;
}

/** A body sentence that orders (「我们一定要…」「各单位要…」「必须…」). */
const ORDERS = new RegExp(`(?:^|[，,])(?:[^，,。；“”]{0,12}${alternation(SUBJECT_MODALS, NEVER_MODALS)}|(?:我们|大家|各级|各[^，,。；的“”]{1,8}?)${YAO_SOURCE})`);

/** Where a problem item's body turns from describing to ordering, its finding ends (see EnumItemRec.findingEnd). */
function markFindingEnd(line: Line, it: EnumItemRec): void {
  if (it.end.line !== it.titleEnd.line || it.end.at <= it.titleEnd.at) return;
  for (const s of sentences(line.text, it.titleEnd.at, it.end.at)) {
    const text = line.text.slice(s.start, s.end).replace(/^[。！？!?；;，,\s]+/, '');
    if (s.start > it.titleEnd.at && ORDERS.test(text)) {
      it.findingEnd = { line: it.end.line, at: s.start };
      return;
    }
  }
}

function buildUnmarked(file: VFile, lines: Line[], line: Line, list: UnmarkedList): EnumerationRec | null {
  const text = line.text;
  const items: EnumItemRec[] = list.items.map((r) => {
    const raw = text.slice(r.start, r.end);
    const title = itemTitle(raw.replace(/[。！？]$/, ''));
    return {
      ordinal: '',
      value: 0,
      start: { line: line.index, at: r.start },
      titleStart: { line: line.index, at: r.start },
      titleEnd: { line: line.index, at: r.start + title.length },
      end: { line: line.index, at: r.end },
      title,
      body: raw.slice(title.length).replace(/^[，,：:\s]+/, ''),
    };
  });
  const leadIn = list.leadIn ? trimEndChars(text.slice(list.leadIn.start, list.leadIn.end), '：:，,') : null;
  const { count, words } = countOf(leadIn ?? '');
  // The sentence before the list's (on this line, else the last of the previous content line) is read with the lead-in.
  const before = list.context ? text.slice(list.context.start, list.context.end) : previousSentence(lines, line.index);
  const rec: EnumerationRec = {
    family: list.family,
    items,
    leadIn,
    leadInPos: list.leadIn && leadIn ? { line: line.index, start: list.leadIn.start, end: list.leadIn.start + leadIn.length } : null,
    context: before + (leadIn ?? ''),
    statedCount: count,
    countWords: words,
    label: labelOf(count, words, items.length),
    polarity: 'neutral',
    section: sectionAt(file.data.headings!, line.index),
    depth: 0,
  };
  // 「着力解决A的问题，主要是…；着力解决B的问题，主要是…」: the repeated verb goes, the problems it names stay.
  const described = items.filter((it) => /^(?:(?:主要|具体)(?:是|表现为|表现在|有)|表现为)/.test(it.body)).length * 2 >= items.length;
  if (described) stripRepeatedVerb(items);
  // The sentence itself says these are problems (「存在A、B等问题」「在A、B等方面还存在差距」).
  rec.polarity = list.problem ? 'problem' : classifyPolarity(rec, lines);
  if (list.onlyProblem && rec.polarity !== 'problem') return null;
  if (rec.polarity === 'problem' && !described) stripRepeatedVerb(items);
  return rec;
}

/** A heading that names problems (「二、存在的问题」), not what to do about them. */
const PROBLEM_HEADING = /问题|不足|短板|差距|困难|挑战|弊端/;
const REMEDY_HEADING = /解决|整改|措施|打算|对策|建议|任务|思路|举措|办法|要求|处置|处理|查处|办理|线索/;
/** The longest run of unmarked problem paragraphs. */
const MAX_PARAGRAPHS = 12;

/**
 * One problem per paragraph, without ordinals, after a line that turns to them (「…还面临不少困难和问题：」「但也存在一些
 * 不足。」) or under a heading that names them (「二、存在的问题」): each paragraph's first sentence is an item, up to the
 * first paragraph that orders, sums up, is marked or is a heading. Kept only as a problem list.
 */
function paragraphRuns(file: VFile, lines: Line[], headings: Map<number, HeadingRec>): EnumerationRec[] {
  const out: EnumerationRec[] = [];
  const content = (l: Line | undefined) => !!l && (l.role === 'body' || l.role === 'closing');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = headings.get(i);
    let lead: { start: number; end: number } | null = null;
    if (h && !h.inline) {
      if (!PROBLEM_HEADING.test(h.title) || REMEDY_HEADING.test(h.title)) continue;
      // A paragraph that announces the problems under the heading leads them itself.
      let n = i + 1;
      while (n < lines.length && !lines[n]!.text.trim()) n++;
      if (content(lines[n]) && paragraphLead(lines[n]!.text)) continue;
      lead = { start: h.titleStart, end: h.titleEnd };
    } else if (content(line) && !h) lead = paragraphLead(line.text);
    if (!lead) continue;
    const items: EnumItemRec[] = [];
    let k = i + 1;
    for (; k < lines.length && k <= i + MAX_PARAGRAPHS; k++) {
      const next = lines[k]!;
      if (!next.text.trim()) continue;
      if (!content(next) || headings.has(k)) break;
      const r = problemParagraph(next.text);
      if (!r) break;
      const title = itemTitle(next.text.slice(r.start, r.end));
      items.push({
        ordinal: '',
        value: 0,
        start: { line: k, at: r.start },
        titleStart: { line: k, at: r.start },
        titleEnd: { line: k, at: r.start + title.length },
        end: { line: k, at: next.text.replace(/\s+$/, '').length },
        title,
        body: next.text.slice(r.start + title.length).replace(/^[。！？!?，,：:\s]+/, '').trimEnd(),
      });
    }
    if (items.length < 2) continue;
    const leadIn = line.text.slice(lead.start, lead.end);
    const { count, words } = countOf(leadIn);
    const rec: EnumerationRec = {
      family: 'list-paragraphs',
      items,
      leadIn,
      leadInPos: { line: i, start: lead.start, end: lead.end },
      context: previousSentence(lines, i) + leadIn,
      statedCount: count,
      countWords: words,
      label: labelOf(count, words, items.length),
      polarity: 'neutral',
      section: sectionAt(file.data.headings!, items[0]!.start.line),
      depth: 0,
    };
    rec.polarity = classifyPolarity(rec, lines);
    if (rec.polarity !== 'problem') continue;
    out.push(rec);
    i = k - 1;
  }
  return out;
}

/** The last sentence of the nearest content line before `index` (within two lines); '' when none. */
function previousSentence(lines: Line[], index: number): string {
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const prev = lines[k]!;
    if (prev.role !== 'body' && prev.role !== 'heading' && prev.role !== 'closing') return '';
    const ss = sentences(prev.text);
    const last = ss[ss.length - 1];
    if (last) return prev.text.slice(last.start, last.end);
  }
  return '';
}

/** A lead verb every item repeats (「着力破除依赖思想」「着力破除习惯思维」…): the titles start after it (and a stray 的). */
const REPEATED_VERB = new RegExp(`^${alternation(problemTaskAdverbs)}?(?:${alternation(problemTaskVerbs)}|破除|防止|杜绝|整顿|治理)`);
export function stripRepeatedVerb(items: EnumItemRec[]): void {
  if (items.length < 2) return;
  const first = items[0]!.title;
  let n = 0;
  while (n < first.length && items.every((it) => it.title[n] === first[n])) n++;
  const verb = REPEATED_VERB.exec(first.slice(0, n));
  if (!verb) return;
  for (const it of items) {
    const cut = verb[0].length + (it.title[verb[0].length] === '的' ? 1 : 0);
    if (it.title.length - cut < 2) return;
  }
  for (const it of items) {
    const cut = verb[0].length + (it.title[verb[0].length] === '的' ? 1 : 0);
    it.title = it.title.slice(cut);
    it.titleStart = { line: it.titleStart.line, at: it.titleStart.at + cut };
  }
}

/** Heading path in force at a line (the nearest heading at or before it). */
export function sectionAt(headings: HeadingRec[], line: number): SectionStep[] {
  // Headings are in line order: binary search for the last one at or before the line.
  let lo = 0;
  let hi = headings.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.line <= line) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 ? headings[best]!.path : [];
}

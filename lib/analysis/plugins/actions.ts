/**
 * remarkActions: 落实事项 [domain §4]. Every clause (a sentence cut at ；, and again before each new 「X要」 subject)
 * of the body that gives a directive becomes one action — so each 「对…的，要…」 category clause is its own item.
 * Not actions: clauses inside problem or achievement lists, item titles that only head their body, headings, and
 * the purpose/basis preamble of a sentence (「为…，根据…，市教育局决定…」 keeps only 「市教育局决定…」).
 * Each action gets its owners (the allocation parenthetical after it in the paragraph → 由…牵头 → the subject
 * before the modal → the subject inherited from the sentence or paragraph), its deadline (the clause's, else its
 * sentence's, else the paragraph lead sentence's; reporting cadences are not deadlines), its heading path,
 * strength, 对…的 scope and a core/exhortation flag. Stores `file.data.actions`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Deadline, SectionStep } from '../../schema/analysis';
import { deadlinesIn, findCadences, pickDeadline, type DeadlineContext, type DeadlineMatch } from '../extractors/deadlines';
import { GENRES } from '../genres';
import { alternation } from '../lexicon/alternation';
import { decideDirective, directiveStrength, type DirectiveOptions, EXHORTATION, META, narrates } from '../extractors/directive';
import { MEDIUM_MODALS, MODAL_SOURCE, MODAL_WORDS, SUBJECT_MODALS, YAO_SOURCE } from '../lexicon/modals';
import { COOP_ROLES, DUTY_ROLES, FIELD_DUTY_WORDS, LEAD_ROLES, ROLE_LEADER_FIELDS, UNIT_FIELDS } from '../lexicon/roles';
import { SUBJECT_HINT_CHARS } from '../lexicon/units';
import { IMPERATIVE_VERBS } from '../lexicon/verbs';
import { allUnitNames, labelOwners, ownersFromAllocation, ownersFromCoop, ownersFromHuitong, ownersFromLeadCoop, ownersFromYou, subjectOwners, unitNames, type Owners } from '../extractors/owners';
import { execAll } from '../text/exec-all';
import { spanOf, type Line } from '../text/lines';
import { clauses, sentences, trimRange, type Range } from '../text/sentences';
import type { ActionRec, EnumerationRec, HeadingRec, Pos } from '../types';
import { cnToInt } from '../text/numerals';
import { sectionAt } from './enumerations';
import { matchMarker } from './headings';

/** A task verb anywhere in a segment (unitFirst). */
const TASK_VERB = new RegExp(alternation(IMPERATIVE_VERBS));
const ALLOCATION = /[（(]([^（）()]{2,200})[）)]/g;
const ALLOCATION_ONLY = new RegExp(`^[。；;\\s]*[（(][^（）()]*${alternation(LEAD_ROLES, COOP_ROLES, DUTY_ROLES, FIELD_DUTY_WORDS)}[^（）()]*[）)][。；;\\s]*$`);
/**
 * A line that only carries fields for the item above it: 「（牵头单位：…；责任单位：…）」「完成时限：2026年9月底前」 — the unit and
 * role-leader fields of lexicon/roles, which ownersFromAllocation reads (a person's field, 「责任人：」, is no such line).
 */
const FIELD_LINE = new RegExp(
  `^[（(]?\\s*${alternation(UNIT_FIELDS, ROLE_LEADER_FIELDS)}\\s*[：:]|^[（(]?\\s*(?:完成|办结|整改)时限\\s*[：:]`,
);
/** 「以上两项工作分别由市教育局、市卫生健康委负责」「以上工作由县发改局负责」: owners for the actions before it. */
const SUMMARY_OWNERS = /^以上(?:([一二两三四五六七八九十\d]+)项)?(?:工作|任务|事项)?(?:(分别)|均)?由([^，,。；;]{2,80}?)(?:牵头)?负责/;
const CONCRETE =
  /编制|开工|竣工|建成|完成|出台|制定|印发|建立|启动|召开|开展|梳理|排查|清理|拉出|报送|上报|倒排|落地|投运|投产|签约|申报|审批|验收|整改到位|自查|摸底|核查|测算|拿出|形成|实现|新增|新建|改造|治理|执法|惩处|督查|考核|通报|问责|给予|补助|奖励|扶持|查处|\d+(?:\.\d+)?\s*(?:%|％|个|家|户|项|亿元|万元|公里|亩|人|所|座|件|套|次)/;
const REPORTING_RULE = /(?:进展|进度|落实|完成|办理|工作)情况[^。；]{0,20}(?:报送|上报|报告|报至|报给)|(?:报送|上报|报告)[^。；]{0,20}(?:进展|进度|落实|完成|办理|工作)情况/;
/**
 * The modal that opens the task in a clause. 应该/需要 are left out (the topic before them belongs to the task), and so
 * are requests (「我完全赞同，请…」 is a preamble as a whole).
 */
const FIRST_MODAL = new RegExp(`${alternation(SUBJECT_MODALS, ['确保'])}|${YAO_SOURCE}`);
const PURPOSE = /^(?:为了?(?![此何])|根据|依据|依照|遵照)/;
/** Ranges of cleaned line offsets, by line. */
type RangesByLine = Map<number, Range[]>;

/** Adds the span [from, to) of an item, which may run over several lines, line by line. */
function addSpan(out: RangesByLine, from: Pos, to: Pos): void {
  for (let l = from.line; l <= to.line; l++) {
    const r = { start: l === from.line ? from.at : 0, end: l === to.line ? to.at : Number.MAX_SAFE_INTEGER };
    (out.get(l) ?? out.set(l, []).get(l)!).push(r);
  }
}

/** The index of the first element of `arr` for which `after` holds (`after` false, then true, along `arr`). */
function firstAfter<T>(arr: readonly T[], after: (x: T) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(arr[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A line's ranges sorted by start, with the largest end among each prefix (built on the first question). */
const stabIndex = new WeakMap<Range[], { size: number; starts: number[]; maxEnd: number[] }>();

/**
 * Whether cleaned offset `at` of line `line` lies in one of the ranges: whether the ranges starting at or before it
 * reach past it — one binary search (nb. testing every range once per clause was quadratic on a long line of items).
 */
function inRanges(ranges: RangesByLine, line: number, at: number): boolean {
  const list = ranges.get(line);
  if (!list?.length) return false;
  let index = stabIndex.get(list);
  if (!index || index.size !== list.length) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    let max = -Infinity;
    for (const r of sorted) maxEnd.push((max = Math.max(max, r.end)));
    index = { size: list.length, starts: sorted.map((r) => r.start), maxEnd };
    stabIndex.set(list, index);
  }
  // The last range starting at or before `at`.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnd[lo - 1]! > at;
}

/** Spans of the line (cleaned offsets) that are not candidates: problem/achievement items, item titles heading a body. */
function excludedRanges(enums: EnumerationRec[], lines: Line[]): RangesByLine {
  const out: RangesByLine = new Map();
  for (const e of enums) {
    for (const it of e.items) {
      if (e.polarity === 'problem' || e.polarity === 'achievement') addSpan(out, it.start, it.findingEnd ?? it.end);
      // A body that is only the item's allocation (「1.建设城市数据大脑。（牵头单位：…）」) heads nothing: the title is the task.
      else if (it.body && !ALLOCATION_ONLY.test(it.body) && it.title.length <= 20 && (it.title.length <= 4 || /^[。！？!?]/.test(lines[it.titleEnd.line]!.text.slice(it.titleEnd.at, it.titleEnd.at + 1)))) {
        // A lead-sentence item title (「一要善抓发展机遇。」) heads its body; a clause item (「一是建立问题清单，…」) is a task.
        addSpan(out, it.start, it.titleEnd);
      }
    }
  }
  return out;
}

/** Bodies of 一要/二要 items (not problem or achievement lists): the item's 要 governs what its body says to do. */
function governedRanges(enums: EnumerationRec[]): RangesByLine {
  const out: RangesByLine = new Map();
  for (const e of enums) {
    if (e.family !== 'shi-要' || e.polarity === 'problem' || e.polarity === 'achievement') continue;
    for (const it of e.items) if (it.body) addSpan(out, it.titleEnd, it.end);
  }
  return out;
}

/** A modal or a decision after a purpose preamble (「为…，各单位要…」「为…，会议决定…」): the main part starts there. */
const ORDER_OR_DECISION = new RegExp(alternation(MODAL_WORDS, ['决定']));

/** Drops a purpose/basis preamble (「为…，根据…精神，」) from the front of a clause; null when nothing else is left. */
function mainPart(text: string, r: Range, extra: string[], ctx: DeadlineContext, genre: DirectiveOptions): Range | null {
  if (!PURPOSE.test(text.slice(r.start, r.end))) return contextStripped(text, r, extra, ctx, genre);
  const segs: Range[] = [];
  let s = r.start;
  for (let i = r.start; i <= r.end; i++) {
    if (i === r.end || text[i] === '，' || text[i] === ',') {
      segs.push({ start: s, end: i });
      s = i + 1;
    }
  }
  for (let k = 1; k < segs.length; k++) {
    const seg = text.slice(segs[k]!.start, segs[k]!.end);
    if (PURPOSE.test(seg)) continue;
    // 「根据《规定》要求，对于从事有偿补课的学校，…给予…处罚」: a 对… scope starts the category clause.
    if (subjectOwners(seg, extra).length || ORDER_OR_DECISION.test(seg) || /^\s*对(?:于)?[^，,]{2}/.test(seg)) return { start: segs[k]!.start, end: r.end };
  }
  return META.test(text.slice(r.start, r.end)) ? null : contextStripped(text, r, extra, ctx, genre);
}

/**
 * Drops leading context segments before the first modal (「项目建设是一项系统工程，涉及部门多…，必须上下联动」 keeps
 * 「必须上下联动…」); keeps a subject, a 对…的 scope and a segment that states the deadline.
 */
function contextStripped(text: string, r: Range, extra: string[], ctx: DeadlineContext, genre: DirectiveOptions): Range {
  const clause = text.slice(r.start, r.end);
  // Without a modal, an assignment (「…，决定暂缓实施，由县发改局先行测算投资规模」) anchors the task as a modal would.
  const modal = FIRST_MODAL.exec(clause) ?? /(?<=[，,])(?:分别)?由(?=[^，,。；;]{2,30})/.exec(clause);
  if (!modal) return r;
  const cut = Math.max(clause.lastIndexOf('，', modal.index), clause.lastIndexOf(',', modal.index));
  if (cut < 0) return r;
  const head = clause.slice(0, cut);
  const heads = head.split(/[，,]/);
  const keep = heads.some((seg, k) => {
    const t = seg.trim();
    return (
      /^对(?:于)?/.test(t) ||
      // 「保底目标是…目标任务，务必要…」: the topic defined right before the modal belongs to the action.
      (k === heads.length - 1 && /是/.test(t)) ||
      /(?:后|前|时|以后|之后|期间|之际)$/.test(t) ||
      // 「按中央这一级来说，要精简三分之一」: the scope the task is stated for.
      /^(?:按|就|从|对|拿)[^，,]{1,16}(?:来说|而言|来讲|看)$/.test(t) ||
      unitNames(t, extra).length > 0 ||
      deadlinesIn(t, ctx).some((d) => d.type !== 'urgent' && d.type !== 'ongoing')
    );
  });
  // Only narrative or evaluative context is dropped: it has no directive of its own.
  // nb. Testing all segments cheapest first (the directive decision before the deadlines) scanned 6 % fewer deadlines
  // but cost 2-5 % more instructions per analyze (valgrind, 100 KB): this order stays.
  if (keep || directiveStrength(head, genre) || heads.some((seg) => directiveStrength(seg, genre))) return r;
  return { start: r.start + cut + 1, end: r.end };
}

const ORDINAL = /^(?:[一二三四五六七八九十]{1,2}[是要曰来]|第[一二三四五六七八九十]{1,2}[，,、：:]|其[一二三四五六七八九十][、，,：:]|(?:首先|其次|再次|最后)[，,]|另?一方面[，,]?|[①-⑳]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|\d{1,2}[、.](?!\d))\s*/;

/** A clause without the ordinal that opens it (「一是建立问题清单」 → 「建立问题清单」). */
function withoutOrdinal(text: string, r0: Range): Range {
  // 「重点抓好四项工作：一是建立问题清单，…」: the lead-in before the colon announces; the item is the action.
  const colon = /[：:]\s*(?=[一二三四五六七八九十]{1,2}[是要]|第[一二三四五六七八九十]|首先|其一|[①-⑳]|[（(][\d一二三四五六七八九十])/.exec(text.slice(r0.start, r0.end));
  const r = colon ? { start: r0.start + colon.index + colon[0].length, end: r0.end } : r0;
  const m = ORDINAL.exec(text.slice(r.start, r.end));
  if (!m || m[0].length >= r.end - r.start) return r;
  // 「二要稳供应」: the 要 of the ordinal is the clause's modal and stays.
  const keep = /^[一二三四五六七八九十]{1,2}要/.test(m[0]) ? m[0].indexOf('要') : m[0].length;
  return { start: r.start + keep, end: r.end };
}

/** 「会后，市政府全体班子成员将…」: a named unit announcing what it will do is taking on a task. */
function willDo(clause: string, extra: string[]): 'medium' | null {
  const m = /^(?:[^，,]{0,12}[，,])?([^，,。；;]{2,30}?)将(?:会|要)?(?![来近军])(?=[\u4e00-\u9fff])/.exec(clause);
  if (!m || /了(?![解结])|已经/.test(clause)) return null;
  // 「我们将…」「我市将…」 in a work report announce the year's tasks, as a named unit does.
  if (/^(?:我们|我市|我县|我区|我省|我镇|我乡|我校|今年|全年|明年|下一步|今后)$/.test(m[1]!.trim())) return 'medium';
  return allUnitNames(m[1]!, extra) ? 'medium' : null;
}

/**
 * 「县财政局在11月底前拨付补贴资金500万元」「督导组不定期对各单位开展暗访」: a named unit as the subject of a clause
 * that says what it does. In plans, notices and minutes that is a task as it stands; in a speech or a report only
 * when the clause also sets a time to do it by (`dated`). Gives the subject's units, or null.
 */
function unitFirst(clause: string, extra: string[], modalFree: boolean, dated: () => boolean): string[] | null {
  if (narrates(clause)) return null;
  // A leading time (「11月底前，」) is the task's deadline; the subject follows it.
  const at = /^[^，,]{2,14}(?:前|底|内|以前|之前)[，,]/.exec(clause)?.[0].length ?? 0;
  // What acts holds a task verb, and it lies past the subject's first two chars: a clause without one has no actor
  // (nb. read once here, and the act before the units below, it spares most of the unit splitting).
  if (!TASK_VERB.test(clause.slice(at + 2))) return null;
  // The longest unit name after which the clause goes on to act (「各村党组织|召开…」, not 「各村党组织召开…代表会|议」).
  for (let i = Math.min(at + 24, clause.length - 2); i >= at + 2; i--) {
    const last = clause[i - 1];
    if (last === '、' || last === '，' || last === ',' || !acts(clause.slice(i))) continue;
    const units = allUnitNames(clause.slice(at, i), extra);
    if (!units) continue;
    return modalFree || dated() ? units : null;
  }
  return null;
}

/** The index of the first ，or , in `s`, else its length. */
function firstComma(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] === '，' || s[i] === ',') return i;
  return s.length;
}
/**
 * What follows a subject acts: a predicate with a task verb, not a copula, an attribute, a label or a list going on.
 * nb. Reading the part up to the comma one new index at a time (sticky tests) instead of whole at each index gave the
 * same answers and cost more instructions (two regex calls per index against one scan of a short part).
 */
function acts(rest: string): boolean {
  if (!/^(?:[在于对按从把向与将自经]|不定期|定期|每年|每月|每季度|每周|及时|统一|分别|全面|普遍|逐步|负责|会同|督促|组织|牵头|[\u4e00-\u9fff]{2})/.test(rest)) return false;
  if (/^(?:的|是|和|及|与其|等|作为|为|已|也是|都是|还是|就是|有|没有|存在|仍|依然|取得|获得|荣获|被)/.test(rest)) return false;
  const first = rest.slice(0, firstComma(rest));
  return TASK_VERB.test(first) && !/是|[：:]|事关|在于|意味着/.test(first);
}

/** How far past a clause's end the subject look-ahead of splitSubjects reads (24 chars, 都, a modal and its checks). */
const LOOKAHEAD = 64;

/** A comma before a new subject with its modal (built once: compiling it per clause cost a tenth of the pass). */
const SUBJECT_COMMA = new RegExp(`[，,](?=([^，,；;。]{2,24}?)(?:都|也|还)?(?:${MODAL_SOURCE}|须))`, 'g');

/**
 * A char every modal of SUBJECT_COMMA holds (each modal word's last: 要, 必, 须, 当, and 应该's 该): a clause and its
 * look-ahead without one have no comma to cut at (nb. the pattern reads up to 24 chars after every comma).
 */
const SUBJECT_MODAL_CHAR = new RegExp(`[${[...new Set([...MODAL_WORDS, ...MEDIUM_MODALS].map((w) => w[w.length - 1]!))].join('')}]`);

/** The modal that completes a directive before a new subject may be cut off (see splitSubjects). */
const SPLIT_MODAL = new RegExp(alternation(MODAL_WORDS, ['确保']), 'g');

/** A clause that may name its own subject: a modal, a decision or a copula, or a unit's or place's last character. */
const MAY_NAME_SUBJECT = new RegExp(`${alternation(MODAL_WORDS, ['应', '决定', '将会', '是'])}|${alternation(SUBJECT_HINT_CHARS)}`);

/** Cuts a clause before each comma that opens a new subject with its modal (「牵头领导要…，责任部门要…」). */
function splitSubjects(text: string, r: Range, extra: string[]): Range[] {
  const out: Range[] = [];
  let from = r.start;
  // The clause and the few chars the look-ahead reads past its end: the search never runs on into the rest of the
  // line, and the modal before each comma is looked for once per part, not once per comma (both were quadratic).
  const base = r.start;
  const w = text.slice(base, Math.min(text.length, r.end + LOOKAHEAD));
  if (!SUBJECT_MODAL_CHAR.test(w)) return [{ start: r.start, end: r.end }];
  const re = SUBJECT_COMMA;
  re.lastIndex = 0;
  const modal = SPLIT_MODAL;
  let modalAt = -1;
  for (let m = re.exec(w); m && m.index + base < r.end; m = re.exec(w)) {
    const at = m.index + base;
    if (at - from < 4 || !allUnitNames(m[1]!, extra)) continue;
    // Split only after a complete directive: 「对今年确定的重大项目，各镇要…」 is one clause with its scope.
    if (modalAt < from) {
      modal.lastIndex = from - base;
      const mm = modal.exec(w);
      modalAt = mm ? mm.index + base : Infinity;
    }
    if (!(modalAt < at)) continue;
    out.push({ start: from, end: at });
    from = at + 1;
  }
  out.push({ start: from, end: r.end });
  return out;
}

/**
 * Each genre's section patterns: review words, and the task words that make a section with one a task section, built
 * once (nb. building them at every call was a fifth of analyze on a one-line draft).
 */
const SECTION_PATTERNS = new Map(
  Object.values(GENRES).map((p) => [p, { reviewSection: new RegExp(alternation(p.reviewSections)), taskSection: new RegExp(alternation(p.taskSections)) }]),
);

/** Finds the actions; stores `file.data.actions` in document order. */
export function remarkActions() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const input = file.data.input!;
    const headings = file.data.headings!;
    const headingAt = new Map(headings.map((h) => [h.line, h]));
    const enums = file.data.enumerations!;
    const ctx: DeadlineContext = { year: file.data.year ?? Number(file.data.referenceDate!.slice(0, 4)), referenceDate: file.data.referenceDate! };
    const extra = file.data.options?.lexicon?.owners ?? [];
    const directives = file.data.options?.lexicon?.directives ?? [];
    const profile = GENRES[file.data.genre ?? 'speech'];
    const genre: DirectiveOptions = { modalFree: !profile.tasksNeedModal, targets: profile.bareTargets };
    // Sections that review past work (「一、2025年工作回顾」): nothing in them is a task.
    const { reviewSection, taskSection } = SECTION_PATTERNS.get(profile)!;
    const actions: ActionRec[] = [];
    // The two option sets a clause is decided with (built once, not per clause). nb. Object literals, not spreads of
    // `genre`: a literal's shape is kept by V8 from one analyze to the next, a spread's is made anew and dropped by the
    // garbage collector between calls, and with it the optimized code of every directive test that had seen it (they
    // were compiled again on every call: about as much CPU time as the pass itself, on a background thread).
    const decideFree: DirectiveOptions = { modalFree: genre.modalFree, targets: genre.targets, extra: directives, governed: false };
    const decideGoverned: DirectiveOptions = { modalFree: genre.modalFree, targets: genre.targets, extra: directives, governed: true };

    const review = new Set(headings.filter((h) => reviewSection.test(h.title) && !taskSection.test(h.title)).map((h) => h.marker + h.title));
    const excludedByLine = excludedRanges(enums, lines);
    const governedByLine = governedRanges(enums);
    const scope: ParagraphScope = {
      input,
      headings,
      headingAt,
      review,
      reviewed: new Map(),
      line: lines[0]!,
      text: '',
      actions,
      blockStart: 0,
      extra,
      ctx,
      genre,
      decideFree,
      decideGoverned,
      allocations: [],
      subjects: SUBJECTS,
      excludedByLine,
      governedByLine,
      leadDeadline: null,
      previousSentence: 0,
    };
    // nb. Each line is read by a module function: a loop body in this function, which runs once per analyze, was
    // compiled on the stack (OSR) anew on every call, its code not kept from one call to the next.
    for (const line of lines) readLine(scope, line);
    for (const a of actions) a.section = sectionAt(headings, a.line);
    file.data.actions = actions;
  };
}

/**
 * What the sentences of a paragraph line read and write: one object per analyze, its line's fields set per line.
 * nb. The sentence reader is a module function, not a callback made per line: V8 keeps the optimized code of a
 * function that lives on, and dropped that of the callbacks (all gone at the garbage collection after an analyze), so
 * it compiled the pass's largest function anew on every call (~120 ms of CPU time per 1 MB on a background thread).
 */
interface ParagraphScope {
  /** The analysed text (nb. passed as a string: code reading file.data, whose shape is made anew per call, was
   * compiled again on every call). */
  input: string;
  headings: HeadingRec[];
  headingAt: Map<number, HeadingRec>;
  /** Headings (marker + title) of the sections that review past work, and each section path's answer. */
  review: Set<string>;
  reviewed: Map<SectionStep[], boolean>;
  line: Line;
  text: string;
  actions: ActionRec[];
  /** Index in `actions` of the first action under the current heading (summaries and field lines reach back to it). */
  blockStart: number;
  extra: string[];
  ctx: DeadlineContext;
  genre: DirectiveOptions;
  decideFree: DirectiveOptions;
  decideGoverned: DirectiveOptions;
  allocations: Allocation[];
  subjects: Subjects;
  excludedByLine: RangesByLine;
  governedByLine: RangesByLine;
  /** The time the paragraph's lead sentence sets for its actions. */
  leadDeadline: Deadline | null;
  /** Index in `actions` of the previous sentence's first action (or the end, when it gave none). */
  previousSentence: number;
}

/** An allocation parenthetical of a line: its span and the owners it names. */
interface Allocation {
  at: number;
  end: number;
  owners: Owners;
}

/** The allocation that can hold position `x`: the last one starting at or before it (they are in order and apart). */
function lastAllocationAt(allocations: Allocation[], x: number): Allocation | undefined {
  // nb. A binary search, not a pass over all of them per clause: a long line of them was quadratic.
  return allocations.length ? allocations[firstAfter(allocations, (a) => a.at > x) - 1] : undefined;
}

/** Whether range `r` lies inside an allocation parenthetical. */
function inAllocation(allocations: Allocation[], r: Range): boolean {
  const a = lastAllocationAt(allocations, r.start);
  return !!a && r.end <= a.end + 1;
}

/** Whether a section path lies under a heading that reviews past work (read once per path: lines share it). */
function inReview(scope: ParagraphScope, path: SectionStep[]): boolean {
  let v = scope.reviewed.get(path);
  if (v === undefined) scope.reviewed.set(path, (v = path.some((p) => scope.review.has(p.marker + p.title))));
  return v;
}

/** Reads one line of the document: its actions go to `scope.actions`. */
function readLine(scope: ParagraphScope, line: Line): void {
  const { input, headings, actions, extra, ctx } = scope;
  if (line.role !== 'body' && line.role !== 'heading' && line.role !== 'closing') return;
  const h = scope.headingAt.get(line.index);
  if (h) scope.blockStart = actions.length;
  if (scope.review.size && inReview(scope, sectionAt(headings, line.index))) return;
  if (FIELD_LINE.test(line.text)) {
    applyFields(input, line, actions.slice(scope.blockStart), ctx);
    return;
  }

  // A numbered list item that is no heading (「1. 严禁…；」) keeps its number out of the action.
  const from = h ? (h.inline ? h.titleEnd + 1 : line.text.length) : (matchMarker(line.text)?.length ?? 0);
  if (from >= line.text.length) return;
  const text = line.text;
  // Allocations are in order and apart (lastAllocationAt).
  const allocations = execAll(ALLOCATION, text)
    .filter((m) => m.index >= from)
    .map((m) => ({ at: m.index, end: m.index + m[0].length, owners: ownersFromAllocation(m[1]!) }))
    .filter((a): a is Allocation => a.owners !== null);
  scope.subjects.reset(() => labelOwners(text.slice(from), extra));
  scope.line = line;
  scope.text = text;
  scope.allocations = allocations;
  scope.leadDeadline = null;
  // 「最后，我就做好春节前后工作再强调四点意见。」: the closing section's heading is its lead sentence, and dates it.
  if (h?.family === 'final') scope.leadDeadline = timeOfLead(input, line, h.titleStart, h.titleEnd, () => deadlinesIn(text.slice(h.titleStart, h.titleEnd), ctx));
  const firstOfLine = actions.length;
  scope.previousSentence = actions.length;
  const all = sentences(text, from);
  for (let si = 0; si < all.length; si++) readSentence(scope, all[si]!, si);
  const leadDeadline = scope.leadDeadline;
  if (leadDeadline) for (let k = firstOfLine; k < actions.length; k++) actions[k]!.deadline ??= leadDeadline;
}

/** Reads one sentence of a paragraph line (line offsets `sentence`, its index `si`): its actions go to `scope.actions`. */
function readSentence(scope: ParagraphScope, sentence: Range, si: number): void {
  const { input, line, text, actions, blockStart, extra, ctx, genre, decideFree, decideGoverned, allocations, subjects, excludedByLine, governedByLine } = scope;
  const sentenceText = text.slice(sentence.start, sentence.end);
  // A question is not an order (「这些资金从哪里来？」).
  // nb. Only a sentence with a question mark is read (the pattern, anchored at the end, tries every position).
  if ((sentenceText.includes('？') || sentenceText.includes('?')) && /[？?][”’」）)]*$/.test(sentenceText)) return;
  const summary = SUMMARY_OWNERS.exec(sentenceText);
  if (summary) {
    applySummary(summary, actions.slice(blockStart), extra);
    return;
  }
  // Sentence-level evidence is computed only when a clause of the sentence needs it.
  let sentenceDeadlinesMemo: DeadlineMatch[] | null = null;
  const sentenceDeadlines = () => (sentenceDeadlinesMemo ??= deadlinesIn(sentenceText, ctx));
  // The sentence's deadlines by start, to take a clause's without reading them all for every clause.
  let byStart: number[] | null = null;
  const deadlinesWithin = (start: number, end: number): DeadlineMatch[] => {
    const ds = sentenceDeadlines();
    byStart ??= ds.map((_, i) => i).sort((i, j) => ds[i]!.start - ds[j]!.start);
    const picked: number[] = [];
    for (let k = firstAfter(byStart, (i) => ds[i]!.start >= start); k < byStart.length && ds[byStart[k]!]!.start < end; k++) {
      if (ds[byStart[k]!]!.end <= end) picked.push(byStart[k]!);
    }
    return picked.sort((i, j) => i - j).map((i) => ds[i]!);
  };
  // Whether the sentence sets a time to do its work by (unitFirst asks it of a clause that names its actor).
  const dated = () => sentenceDeadlines().some((d) => (d.type === 'absolute' || d.type === 'period' || d.type === 'relative') && !d.recurrence);
  const sentenceSubject = once(() => (/要|须|应|决定|将会|是/.test(sentenceText) ? subjectOwners(sentenceText, extra) : []));
  subjects.add(sentenceSubject);
  let directiveHere = false;
  const firstOfSentence = actions.length;
  for (const raw of clauses(text, sentence.start, sentence.end)) {
    const main = mainPart(text, trimRange(text, raw), extra, ctx, genre);
    if (!main) continue;
    for (const part of splitSubjects(text, main, extra)) {
      const range = withoutOrdinal(text, trimRange(text, part));
      if (range.end - range.start < 4 || inAllocation(allocations, range)) continue;
      const mid = (range.start + range.end) / 2;
      if (inRanges(excludedByLine, line.index, mid)) continue;
      const clauseText = text.slice(range.start, range.end);
      // nb. Only a clause with a bracket can hold an allocation parenthetical.
      const bracketed = clauseText.includes('（') || clauseText.includes('(');
      const bare = bracketed ? clauseText.replace(ALLOCATION, '') : clauseText;
      // A rule for reporting progress (「每季度第1个月10日前将进展情况报送…」) is no task of its own.
      if (bare.includes('情况') && REPORTING_RULE.test(bare) && findCadences(bare).length) continue;
      const governed = inRanges(governedByLine, line.index, mid);
      const signal = decideDirective(bare, governed ? decideGoverned : decideFree);
      let strength = signal?.strength ?? willDo(bare, extra);
      const because = signal?.strength ? [signal.id] : strength ? ['will-do'] : [];
      const actor = strength ? null : unitFirst(bare, extra, !!genre.modalFree, dated);
      if (actor) {
        strength = 'medium';
        because.push('unit-first');
      }
      const readOwnSubject = () => {
        if (!MAY_NAME_SUBJECT.test(bare)) return actor ?? [];
        // A short bracket that allocates nothing belongs to a unit's name (「各级党委（党组）要…」).
        const named = !bracketed ? clauseText : clauseText.replace(ALLOCATION, (m, body: string) => (/^[^，,。；;：:]{1,12}$/.test(body) && !ownersFromAllocation(body) ? m : ''));
        const own = subjectOwners(named, extra);
        return !own.length && actor ? actor : own;
      };
      // A clause that is no action only hands its subject on to the clauses after it.
      if (!strength) {
        subjects.add(readOwnSubject);
        continue;
      }
      const ownSubject = readOwnSubject();
      subjects.add(() => ownSubject);
      directiveHere = true;
      // The allocation parenthetical after the clause wins, unless the clause names its own subject and the
      // parenthetical closes a later sentence.
      const next = allocations.length ? allocations[firstAfter(allocations, (a) => a.at >= range.start)] : undefined;
      const allocation = next && (next.at <= sentence.end || !ownSubject.length) ? next.owners : null;
      const who: Owners = allocation ??
        ownersFromYou(bare) ??
        ownersFromLeadCoop(bare) ?? {
          owners: ownSubject.length ? ownSubject : sentenceSubject().length ? sentenceSubject() : subjects.current(),
          lead: [],
          coop: [],
        };
      const huitong = [...ownersFromHuitong(bare, extra), ...(allocation ? [] : ownersFromCoop(bare, extra))].filter((u) => !who.owners.includes(u));
      if (huitong.length) {
        who.owners = [...new Set([...who.owners, ...huitong])];
        who.coop = [...new Set([...who.coop, ...huitong])];
      }
      // The sentence's deadlines that lie in this clause, outside its allocation parentheticals.
      const own = deadlinesWithin(range.start - sentence.start, range.end - sentence.start).filter((d) => {
        const at = sentence.start + d.start;
        const a = lastAllocationAt(allocations, at);
        return !(a && at < a.end);
      });
      actions.push(build(input, line, range, bare, strength, who, own, sentenceDeadlines, sentence.start, because));
    }
  }
  // A paragraph whose lead sentence only sets the time (「我就做好春节前后工作再强调四点意见。」) dates its actions.
  // A paragraph that opens with a time (「今明两年，…」) is framed by it, whatever its first sentence orders.
  if (si === 0 && (!directiveHere || opensWithTime(sentenceText, sentenceDeadlines))) scope.leadDeadline = timeOfLead(input, line, sentence.start, sentence.end, sentenceDeadlines) ?? scope.leadDeadline;
  // 「…选一批接班人。如果能够花三五年时间解决这个问题，…」: a later sentence that orders nothing but names a span
  // or period gives it to the sentence before it (a date there would be narration: 「该项目于2019年列入…」).
  else if (!directiveHere && scope.previousSentence < actions.length) {
    const d = timeOfLead(input, line, sentence.start, sentence.end, () => sentenceDeadlines().filter((x) => (x.type === 'relative' || x.type === 'period') && !x.recurrence));
    if (d) for (let k = scope.previousSentence; k < actions.length; k++) actions[k]!.deadline ??= d;
  }
  scope.previousSentence = directiveHere ? firstOfSentence : actions.length;
}

/** `read`, called once, on first use. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/**
 * The subject a paragraph's clauses inherit: the last non-empty one of the subjects met so far (the paragraph's
 * label, then each sentence's and each clause's, in order). Each is read only when an action falls back on it, from
 * the latest back (nb. reading every sentence's and clause's subject as it came was a fifth of the pass, and most
 * are never asked for).
 */
class Subjects {
  private pending: Array<() => string[]> = [];
  private value: string[] = [];
  /** Starts a paragraph whose first subject is `first` (its label): what the paragraph before met is forgotten. */
  reset(first: () => string[]): this {
    this.pending.length = 0;
    this.value = [];
    this.pending.push(first);
    return this;
  }
  /** A subject met after the others (it wins over them when it names anyone). */
  add(read: () => string[]): void {
    this.pending.push(read);
  }
  current(): string[] {
    while (this.pending.length) {
      const v = this.pending.pop()!();
      if (v.length) {
        this.value = v;
        this.pending.length = 0;
      }
    }
    return this.value;
  }
}

/**
 * The one Subjects every paragraph reads, reset per paragraph (nb. not a new object per paragraph: V8 drops the shape
 * of objects that are all gone at a garbage collection, and the optimized code that had read them is compiled again
 * on the next analyze).
 */
const SUBJECTS = new Subjects();

/** Whether a sentence opens with a time phrase set off by a comma (「今明两年，」「年底前，」). */
function opensWithTime(text: string, deadlines: () => DeadlineMatch[]): boolean {
  if (!/^[^，,。；;]{2,12}[，,]/.test(text)) return false;
  const d = deadlines()[0];
  return !!d && d.start <= 1 && d.type !== 'urgent' && d.type !== 'ongoing' && !d.recurrence && /^[，,]/.test(text.slice(d.end));
}

/**
 * The time a paragraph's lead sentence (line offsets start..end) sets for its actions (「…春节前后…」), if any.
 * `deadlines()` gives the sentence's deadlines (relative to `start`); it is called only when the text names a time.
 */
function timeOfLead(input: string, line: Line, start: number, end: number, deadlines: () => DeadlineMatch[]): Deadline | null {
  if (!/[前内底末年月季]/.test(line.text.slice(start, end))) return null;
  const d = pickDeadline(deadlines().filter((x) => x.type !== 'urgent' && x.type !== 'ongoing'));
  if (!d) return null;
  const s = spanOf(line, start + d.start, start + d.end);
  return deadlineOf(input, s, d);
}

/** The Deadline of match `d` at input span `s` (its recurrence last, when it has one). */
function deadlineOf(input: string, s: { start: number; end: number }, d: DeadlineMatch): Deadline {
  const deadline: Deadline = { text: input.slice(s.start, s.end), due: d.due, type: d.type, start: s.start, end: s.end };
  if (d.recurrence) deadline.recurrence = d.recurrence;
  return deadline;
}

/** Actions whose owners came from field lines, so that the next field line adds to them. */
const fieldOwned = new WeakSet<ActionRec>();

/** Field lines under an item: owners to the block's actions that have none from an allocation, and the deadline. */
function applyFields(input: string, line: Line, block: ActionRec[], ctx: DeadlineContext): void {
  const body = line.text.replace(/^[（(]|[）)]$/g, '');
  const owners = ownersFromAllocation(body);
  const limit = /(?:完成|办结|整改)时限\s*[：:]\s*(.+?)[）)]?$/.exec(line.text);
  let deadline: Deadline | null = null;
  if (limit) {
    const at = line.text.indexOf(limit[1]!);
    const d = pickDeadline(deadlinesIn(limit[1]!, ctx));
    if (d) {
      const s = spanOf(line, at + d.start, at + d.end);
      deadline = deadlineOf(input, s, d);
    }
  }
  for (const a of block) {
    // Consecutive field lines (牵头单位：… / 责任单位：…) add up; an allocation parenthetical of the item itself wins.
    if (owners && (fieldOwned.has(a) || (!a.lead.length && !a.coop.length))) {
      const merged = fieldOwned.has(a) ? { owners: [...a.owners, ...owners.owners], lead: [...a.lead, ...owners.lead], coop: [...a.coop, ...owners.coop] } : owners;
      Object.assign(a, { owners: [...new Set(merged.owners)], lead: [...new Set(merged.lead)], coop: [...new Set(merged.coop)], core: true });
      fieldOwned.add(a);
    }
    if (deadline && (!a.deadline || a.deadline.type === 'urgent' || a.deadline.type === 'ongoing')) Object.assign(a, { deadline, core: true });
  }
}

/** 「以上两项工作分别由A、B负责」: A to the first, B to the second of the last two actions; 「以上工作由X负责」: X to all. */
function applySummary(m: RegExpExecArray, block: ActionRec[], extra: string[]): void {
  const units = unitNames(m[3]!, extra);
  if (!units.length || !block.length) return;
  const n = m[1] ? Math.min(cnToInt(m[1]), block.length) : block.length;
  const target = block.slice(block.length - n);
  target.forEach((a, i) => {
    const own = m[2] && units.length === target.length ? [units[i]!] : units;
    a.owners = [...new Set([...a.owners, ...own])];
    a.core = true;
  });
}

function build(
  input: string,
  line: Line,
  range: Range,
  bare: string,
  strength: ActionRec['strength'],
  who: Owners,
  clauseDeadlines: DeadlineMatch[],
  sentenceDeadlines: () => DeadlineMatch[],
  sentenceStart: number,
  because: string[],
): ActionRec {
  const span = spanOf(line, range.start, range.end);
  // The clause's own deadline, else a time phrase earlier in the sentence (「年底前，…」), which dates the clauses
  // after it, not those before it. Offsets of both are relative to the sentence.
  const d = pickDeadline(clauseDeadlines) ?? pickDeadline(sentenceDeadlines().filter((x) => sentenceStart + x.start < range.start));
  let deadline: Deadline | null = null;
  if (d) {
    const s = spanOf(line, sentenceStart + d.start, sentenceStart + d.end);
    deadline = deadlineOf(input, s, d);
  }
  const scope = /^对(?:于)?([^，,；;。]{2,40}?)[，,]/.exec(bare)?.[1] ?? null;
  const core = who.owners.length > 0 || (deadline !== null && deadline.type !== 'ongoing') || (CONCRETE.test(bare) && !EXHORTATION.test(bare.slice(0, 16)));
  return {
    line: line.index,
    start: span.start,
    end: span.end,
    text: input.slice(span.start, span.end),
    owners: who.owners,
    lead: who.lead,
    coop: who.coop,
    deadline,
    section: [],
    strength,
    scope,
    core,
    because,
  };
}

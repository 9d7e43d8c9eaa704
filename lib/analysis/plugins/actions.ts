/**
 * remarkActions: 落实事项 [domain §4]. Every clause (a sentence cut at ；) of the body that gives a directive becomes
 * one action — so each 「对…的，要…」 category clause is its own item. Clauses inside problem or achievement lists, item
 * titles that only head their body, and headings are not actions. Each action gets its owners (allocation
 * parenthetical after it in the paragraph → labelled fields → 由…牵头 → subject before the modal → the subject
 * inherited from the paragraph), its deadline (the clause's, else its sentence's; reporting cadences are not
 * deadlines), its heading path, strength, 对…的 scope and a core/exhortation flag. Stores `file.data.actions`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Deadline } from '../../schema/analysis';
import { findCadences, findDeadlines, type DeadlineContext, type DeadlineMatch } from '../extractors/deadlines';
import { directiveStrength, EXHORTATION } from '../extractors/directive';
import { ownersFromAllocation, ownersFromLeadCoop, ownersFromYou, subjectOwners, type Owners } from '../extractors/owners';
import { spanOf, type Line } from '../text/lines';
import { clauses, sentences, trimRange, type Range } from '../text/sentences';
import type { ActionRec, EnumerationRec } from '../types';
import { sectionAt } from './enumerations';

const ALLOCATION = /[（(]([^（）()]{2,200})[）)]/g;
const TYPE_RANK: Record<string, number> = { absolute: 0, period: 1, relative: 2, urgent: 3, ongoing: 4 };
const CONCRETE =
  /编制|开工|竣工|建成|完成|出台|制定|印发|建立|启动|召开|开展|梳理|排查|清理|拉出|报送|上报|倒排|落地|投运|投产|签约|申报|审批|验收|整改到位|自查|摸底|核查|测算|拿出|形成|实现|新增|新建|改造|治理|执法|惩处|督查|考核|通报|问责|给予|补助|奖励|扶持|\d+(?:\.\d+)?\s*(?:%|％|个|家|户|项|亿元|万元|公里|亩|人|所|座|件|套|次)/;


/** Spans of the line (cleaned offsets) that are not candidates: problem/achievement items, item titles heading a body. */
function excludedRanges(enums: EnumerationRec[], lineIndex: number): Range[] {
  const out: Range[] = [];
  for (const e of enums) {
    for (const it of e.items) {
      if (it.start.line !== lineIndex && it.end.line !== lineIndex) continue;
      if (e.polarity === 'problem' || e.polarity === 'achievement') {
        out.push({ start: it.start.line === lineIndex ? it.start.at : 0, end: it.end.line === lineIndex ? it.end.at : Number.MAX_SAFE_INTEGER });
      } else if (it.body && it.title.length <= 20 && it.start.line === lineIndex) {
        out.push({ start: it.start.at, end: it.titleEnd.at });
      }
    }
  }
  return out;
}

function pickDeadline(ms: DeadlineMatch[]): DeadlineMatch | null {
  if (!ms.length) return null;
  return [...ms].sort((a, b) => TYPE_RANK[a.type]! - TYPE_RANK[b.type]! || a.start - b.start)[0]!;
}

/** Finds the actions; stores `file.data.actions` in document order. */
export function remarkActions() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const headings = file.data.headings!;
    const headingAt = new Map(headings.map((h) => [h.line, h]));
    const enums = file.data.enumerations!;
    const ctx: DeadlineContext = { year: file.data.year ?? Number(file.data.referenceDate!.slice(0, 4)), referenceDate: file.data.referenceDate! };
    const extra = file.data.options?.lexicon?.owners ?? [];
    const actions: ActionRec[] = [];

    for (const line of lines) {
      if (line.role !== 'body' && line.role !== 'heading' && line.role !== 'closing') continue;
      const h = headingAt.get(line.index);
      const from = h ? (h.inline ? h.titleEnd + 1 : line.text.length) : 0;
      if (from >= line.text.length) continue;
      const text = line.text;
      const excluded = excludedRanges(enums, line.index);
      const allocations = [...text.matchAll(ALLOCATION)]
        .filter((m) => m.index >= from)
        .map((m) => ({ at: m.index, end: m.index + m[0].length, owners: ownersFromAllocation(m[1]!) }))
        .filter((a): a is { at: number; end: number; owners: Owners } => a.owners !== null);
      // Allocation parentheticals are not themselves clauses.
      const inParen = (r: Range) => allocations.some((a) => r.start >= a.at && r.end <= a.end + 1);
      let paragraphSubject: string[] = [];
      for (const sentence of sentences(text, from)) {
        const sentenceText = text.slice(sentence.start, sentence.end);
        // A question is not an order (「这些资金从哪里来？」).
        if (/[？?][”’」）)]*$/.test(sentenceText)) continue;
        const cadences = findCadences(sentenceText);
        const sentenceDeadlines = findDeadlines(sentenceText, ctx).filter((d) => !cadences.some((c) => d.start < c.end && c.start < d.end));
        const sentenceSubject = subjectOwners(sentenceText, extra);
        for (const raw of clauses(text, sentence.start, sentence.end)) {
          const range = trimRange(text, raw);
          if (range.end - range.start < 4 || inParen(range)) continue;
          const mid = (range.start + range.end) / 2;
          if (excluded.some((x) => mid >= x.start && mid < x.end)) continue;
          // Allocation parenthetical inside the clause is kept in the text but not read as the directive.
          const clauseText = text.slice(range.start, range.end);
          const bare = clauseText.replace(ALLOCATION, '');
          const strength = directiveStrength(bare);
          const ownSubject = subjectOwners(bare, extra);
          if (ownSubject.length) paragraphSubject = ownSubject;
          if (!strength) continue;
          actions.push(build(file, line, range, clauseText, bare, strength, {
            allocation: allocations.find((a) => a.at >= range.start)?.owners ?? null,
            ownSubject,
            sentenceSubject,
            paragraphSubject,
            clauseDeadlines: findDeadlines(bare, ctx).filter((d) => !findCadences(bare).some((c) => d.start < c.end && c.start < d.end)),
            sentenceDeadlines,
            sentenceStart: sentence.start,
            clauseStart: range.start,
          }));
        }
      }
    }
    for (const a of actions) a.section = sectionAt(headings, a.line);
    file.data.actions = actions;
  };
}

interface Evidence {
  allocation: Owners | null;
  ownSubject: string[];
  sentenceSubject: string[];
  paragraphSubject: string[];
  clauseDeadlines: DeadlineMatch[];
  sentenceDeadlines: DeadlineMatch[];
  sentenceStart: number;
  clauseStart: number;
}

function build(file: VFile, line: Line, range: Range, clauseText: string, bare: string, strength: ActionRec['strength'], ev: Evidence): ActionRec {
  const input = file.data.input!;
  const span = spanOf(line, range.start, range.end);
  // Owners, by priority.
  let who: Owners | null = ev.allocation ?? ownersFromYou(bare) ?? ownersFromLeadCoop(bare);
  if (!who) {
    const subject = ev.ownSubject.length ? ev.ownSubject : ev.sentenceSubject.length ? ev.sentenceSubject : /^(?:对(?:于)?[^，,]{2,40}[，,])?(?:要|必须|务必|确保|一定要)/.test(bare) ? ev.paragraphSubject : [];
    who = { owners: subject, lead: [], coop: [] };
  }
  // Deadline: the clause's own, else its sentence's.
  const own = pickDeadline(ev.clauseDeadlines);
  let deadline: Deadline | null = null;
  if (own) deadline = toDeadline(input, line, own, range.start, bare, clauseText);
  else {
    const sd = pickDeadline(ev.sentenceDeadlines);
    if (sd) {
      const s = spanOf(line, ev.sentenceStart + sd.start, ev.sentenceStart + sd.end);
      deadline = { text: input.slice(s.start, s.end), due: sd.due, type: sd.type, start: s.start, end: s.end };
    }
  }
  const scope = /^对(?:于)?([^，,；;。]{2,40}?)[，,]/.exec(bare)?.[1] ?? null;
  const metricOrConcrete = CONCRETE.test(bare);
  const core = who.owners.length > 0 || (deadline !== null && deadline.type !== 'ongoing') || (metricOrConcrete && !EXHORTATION.test(bare.slice(0, 16)));
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
  };
}

/** A deadline found in the clause's text without its allocation parenthetical, mapped back to input offsets. */
function toDeadline(input: string, line: Line, d: DeadlineMatch, clauseStart: number, bare: string, clauseText: string): Deadline {
  // `bare` drops parentheticals; find the deadline's words in the clause itself to map offsets exactly.
  let at = clauseText.indexOf(d.text, Math.max(0, d.start - (clauseText.length - bare.length)));
  if (at < 0) at = clauseText.indexOf(d.text);
  const s = spanOf(line, clauseStart + Math.max(0, at), clauseStart + Math.max(0, at) + d.text.length);
  return { text: input.slice(s.start, s.end), due: d.due, type: d.type, start: s.start, end: s.end };
}

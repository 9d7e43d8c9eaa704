/**
 * Lists without ordinals [domain §2.2], on one cleaned line, sentence by sentence (so every scan stays inside its
 * sentence and the line is read in linear time):
 * - `list-semicolon`: a lead-in ending in ： and ；-separated clauses (「主要表现为：经济总量不大、…；城市宜居和品味有待
 *   提升，…；…。」);
 * - `list-clauses`: a lead-in ending in ：, or in 「…弊端就是」, and ，-separated clauses or 、-separated parts (「我们必须正视：
 *   A还不够充分，B的差距，还有C等问题。」「遇到了“三座大山”：市场的冰山、融资的高山、转型的火山。」) — connectives (还有,
 *   以至, 甚至) and a closing 等等 dropped, an adverbial clause kept with the clause it opens, a task on a problem
 *   (「着力破解…等问题」) closing the list;
 * - `list-open`: ；-separated clauses without a colon, after a clause that turns to them (「我们也清醒认识到，A；B；C，等等。」),
 *   or with no lead-in at all (the sentence before is read for the polarity);
 * - `list-inline`: the 、-parts of 「存在/面临A、B、C等问题」 — the sentence itself calls them problems;
 * - `list-areas`: the areas of a shortfall sentence (「我们在A、B、C等方面，…还存在一定差距」);
 * - `list-sentences`: one problem per sentence after a sentence that announces them (「我们也清醒看到面临的困难和问题。
 *   A。B。C。」) or after an evidence clause (「从近期暗访看，A。B。」), up to the first sentence that orders or sums up.
 * `list-areas` and `list-inline` in a purpose or task sentence (「为解决…在A、B等方面存在的问题」「查摆…方面存在的问题」) name a
 * checklist, not findings, and are not lists. Returns cleaned-text ranges; polarity is left to the caller, who keeps
 * the `onlyProblem` shapes only when they are problem lists.
 */
import { alternation } from '../lexicon/alternation';
import { PROBLEM_YAO_SOURCE, SUBJECT_MODALS } from '../lexicon/modals';
import { SOME_OF_NOUNS, SOME_OF_QUALIFIERS } from '../lexicon/units';
import { problemNouns, problemPredicates, problemSearchVerbs, problemTaskAdverbs, problemTailNouns, problemTaskVerbs, misconductWords } from '../lexicon/problems';
import { firstFrom, positionsBefore, positionsOf } from '../text/positions';
import { sentences, type Range } from '../text/sentences';

export type UnmarkedFamily = 'list-semicolon' | 'list-clauses' | 'list-open' | 'list-inline' | 'list-areas' | 'list-sentences';

export interface UnmarkedList {
  family: UnmarkedFamily;
  /** Lead-in range [start, end) (without the colon), or null. */
  leadIn: Range | null;
  items: Range[];
  /** The sentence before the list's first sentence on this line, read for the polarity; null at the line's start. */
  context: Range | null;
  /** The sentence itself calls its items problems (「存在A、B等问题」). */
  problem: boolean;
  /** A shape too common to keep unless it is a problem list (a ，-list, a run of sentences). */
  onlyProblem: boolean;
}

const MARKER_AHEAD = /^\s*(?:[一二三四五六七八九十]+[是要曰来]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.]|[①-⑳]|首先|其一|有的|一方面)/;
const FIELD_LABEL = /(?:单位|领导|部门|时限|时间|责任人|联系人|电话|地址|邮箱)\s*$/;
const SHORTFALL = /在([^，。；：]{6,160}?)等?(?:几个)?方面[^。；]{0,60}?(?:存在|还有|有|仍有|尚有)[^。；]{0,20}?(?:差距|不足|问题|短板|欠缺|薄弱环节)/g;
const TAIL = alternation(problemTailNouns);
const INLINE = new RegExp(
  `(?<![不没未无])(?:存在|面临|存有|暴露出|暴露|反映出|出现)(?:着|了)?(?!的)([^，。；：！？!?]{5,240}?)(?:等(?:方面的?)?|[二三四五六七八九十两](?:重|大|个方面的?|种|类))[\\u4e00-\\u9fff]{0,4}?(?:${TAIL}|压力|冲击)(?=[，,。；;！？!?]|$)`,
  'g',
);
/** A purpose or task sentence: what it names is to be solved or searched for, not found. */
const TASK_CLAUSE = new RegExp(`${alternation(problemTaskVerbs, problemSearchVerbs)}|${PROBLEM_YAO_SOURCE}|${alternation(SUBJECT_MODALS, ['确保'])}`);

/** Whether the list at `at` of a sentence stands in a purpose sentence (「为…，」) or a task clause. */
function inTask(body: string, at: number): boolean {
  if (/^(?:为了?|围绕|针对)/.test(body)) return true;
  // The nearest ，/,/； before `at` (nb. three lastIndexOf calls read back to the start for a mark the sentence lacks).
  let clauseStart = at;
  while (clauseStart > 0 && !'，,；'.includes(body[clauseStart - 1]!)) clauseStart--;
  return TASK_CLAUSE.test(body.slice(clauseStart, at));
}
/** 「主要的弊端就是」「存在的问题主要是」: a lead-in without a colon. */
const VIRTUAL_COLON = new RegExp(`(?:${alternation(problemNouns)}|表现|危害)(?:之处)?(?:也|还|则|仍然?|依然)?(?:就是|在于|主要是|主要有|主要表现为|主要表现在|表现为|表现在|集中在)(?![，,：:])`, 'g');
/** A clause that turns to a ；-list without a colon (「我们也清醒认识到，」). */
const OPEN_LEAD = /(?:认识到|看到|注意到|意识到|感到|发现|表现在|表现为|主要是|主要有|体现在)[，,]/g;
const OPEN_LEAD_START = /^(?:还有|比如|例如|譬如)[，,]?如?/;
/** Connectives before an item (「以至官气十足」「还有群众出行不便」). */
const CONNECTIVE = /^(?:以至于?|以及|还有|甚至|乃至|特别是|尤其是|另外|此外|与此同时|同时)[，,]?/;
/** An adverbial clause that opens the next clause (「在疫情防控中，」「受全球疫情冲击，」). */
const ADVERBIAL = /^(?:(?:在|从|受|随着|由于|对于|与)[^，]{0,24}(?:中|下|上|后|前|时|里|看|来看|来说|而言|相比|影响|冲击|方面|以来|背景|过程)|与此同时|同时|此外|另外|目前|当前|现阶段|近年来|总体上看|总的来看|客观地说)$/;
const TASK_ON = new RegExp(`^${alternation(problemTaskAdverbs)}?${alternation(problemTaskVerbs)}`);
/** A sentence that announces problems and ends there (「我们也清醒看到面临的困难和问题。」「前进中还有不少困难。」). */
const ANNOUNCE = new RegExp(
  `(?:(?:看到|认识到|意识到|注意到|深知|存在|面临|还有|也有)[^。！？；：]{0,30}${alternation(problemNouns)}(?:和挑战|和不足|和问题|和困难)?(?:还不少|不少|还很多|很多|仍然不少)?|${alternation(problemNouns)}[^。！？；：，]{0,6}(?:不容忽视|不容乐观|不容小觑|值得重视|必须正视))[。！!]$`,
);
/** ANNOUNCE, read only on a sentence that ends as it must (nb. the pattern is tried from every position). */
function announces(sentence: string): boolean {
  const last = sentence[sentence.length - 1];
  return (last === '。' || last === '！' || last === '!') && ANNOUNCE.test(sentence);
}
/** An evidence clause at a sentence's start (「从近期暗访、督查看，」「调研发现，」). */
const EVIDENCE = /^(?:(?:从|据|经)[^，。；]{2,24}(?:看|来看|反映|发现|显示)|[^，。；]{2,16}(?:发现|反映|显示))[，,]/;
const PROBLEM_WORD = new RegExp(alternation(problemPredicates, misconductWords));
/** A turn to what falls short inside a sentence (「，但」「，但也有」 before 少数/一些…). */
const TURN = /[，,](?:但是?|然而|不过)(?:也|仍然?|还|依然)?(?:有(?=一些|少数|个别|部分|的))?/g;
/** Some of the units or people as a clause's subject (「一些地方」「个别干部」「少数党员」). */
const SOME_SUBJECT = new RegExp(`^(?:一些|个别|少数|部分|有些)${alternation(SOME_OF_QUALIFIERS)}?${alternation(SOME_OF_NOUNS)}`);
/** A char every SOME_SUBJECT opening holds. */
const SOME_CHARS = /[些别数部]/;
/** A clause that reports a result (「保持了增长」「问题得到解决」): no finding. */
const REPORTED = /了|得到|实现|完成|可控/;
/** A clause that ends in a negation (「矛盾化解不及时」), not a resolve (「决不放松」). */
const NEGATED_END = /(?<![决毫绝永并])不[\u4e00-\u9fff]{1,2}$/;
/** A sentence that orders, sums up or turns back (it ends a run of problem sentences). */
const ORDER_OR_CLOSE = new RegExp(`${PROBLEM_YAO_SOURCE}|${alternation(SUBJECT_MODALS, ['确保', '力争', '我们将'])}|^(?:对此|为此|针对|以上|上述|总之|这些|对这些|但是|但|下一步|下步|今后|接下来)`);

const OPEN = '（(“‘《「『【';
const CLOSE = '）)”’》」』】';
/** 1 for an opening bracket or quote, 2 for a closing one, by char code. */
const BRACKET = new Uint8Array(0x10000);
for (const c of OPEN) BRACKET[c.charCodeAt(0)] = 1;
for (const c of CLOSE) BRACKET[c.charCodeAt(0)] = 2;

/** Ranges of text[from, to) split at `seps` outside brackets and quotes. */
function splitAt(text: string, from: number, to: number, seps: string): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let s = from;
  const sepCodes = [...seps].map((c) => c.charCodeAt(0));
  for (let i = from; i < to; i++) {
    // nb. char codes and a table: `text[i]` made a string of every CJK char, on every line, in a hot loop.
    const c = text.charCodeAt(i);
    const bracket = BRACKET[c];
    if (bracket === 1) depth++;
    else if (bracket === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0 && sepCodes.includes(c)) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end: to });
  return out;
}

/** The sentence's content: without its end punctuation and white space. */
function contentEnd(text: string, r: Range): number {
  let e = r.end;
  while (e > r.start && /[。！？!?\s]/.test(text[e - 1]!)) e--;
  return e;
}

/** Drops a closing 「等等」 and a leading connective; null for a part that is only 「等等」. */
function cleanPart(text: string, r: Range): Range | null {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  const tail = /(?:[，,]?等等|等)\s*$/.exec(text.slice(start, end));
  if (tail && text.slice(start, end).trim() === tail[0].trim()) return null;
  if (tail && /等等\s*$/.test(tail[0])) end -= tail[0].length;
  const conn = CONNECTIVE.exec(text.slice(start, end));
  if (conn) start += conn[0].length;
  while (end > start && /[\s，,、；;]/.test(text[end - 1]!)) end--;
  return end - start >= 2 ? { start, end } : null;
}

/** ，-clauses (or, with no comma, 、-parts) of a colon list's body; null when fewer than three. */
function clauseItems(text: string, from: number, to: number): Range[] | null {
  const raw = splitAt(text, from, to, '，,');
  let parts: Range[] = [];
  for (let i = 0; i < raw.length; i++) {
    const p = cleanPart(text, raw[i]!);
    if (!p) continue;
    const last = parts[parts.length - 1];
    // An adverbial clause stays with the clause it opens.
    if (last && ADVERBIAL.test(text.slice(last.start, last.end))) {
      parts[parts.length - 1] = { start: last.start, end: p.end };
      continue;
    }
    // A task on a problem (「着力破解…等问题」), an order or a turn (「但任其发展」) is no finding: the list ends before it.
    if (TASK_ON.test(text.slice(p.start, p.end)) || ORDER_OR_CLOSE.test(text.slice(p.start, p.end)) || /^(?:然而|否则|就会|则会)/.test(text.slice(p.start, p.end))) break;
    parts.push(p);
  }
  if (parts.length === 1) {
    const p = parts[0]!;
    parts = splitAt(text, p.start, p.end, '、').map((r) => cleanPart(text, r)).filter((r): r is Range => !!r);
    if (parts.some((r) => r.end - r.start > 24)) return null;
  }
  if (parts.length < 3) return null;
  // 「A现象，B现象，C现象和D现象」: the last clause holds two items of the same kind.
  const last = parts[parts.length - 1]!;
  const lastText = text.slice(last.start, last.end);
  const suffix = commonSuffix(parts.slice(0, -1).map((r) => text.slice(r.start, r.end)));
  const and = lastText.lastIndexOf('和');
  if (suffix.length >= 2 && and > 1 && lastText.slice(0, and).endsWith(suffix) && lastText.endsWith(suffix)) {
    parts.splice(parts.length - 1, 1, { start: last.start, end: last.start + and }, { start: last.start + and + 1, end: last.end });
  }
  return parts;
}

function commonSuffix(words: string[]): string {
  if (!words.length) return '';
  let n = 0;
  const first = words[0]!;
  while (n < first.length && words.every((w) => w.length > n && w[w.length - 1 - n] === first[first.length - 1 - n])) n++;
  return first.slice(first.length - n);
}

/** ；-clauses of text[from, to) of four characters or more; the last without its 「，等等」. */
function semicolonItems(text: string, from: number, to: number): Range[] {
  const items: Range[] = [];
  for (const r of splitAt(text, from, to, '；;')) {
    const p = cleanPart(text, r);
    if (p && p.end - p.start >= 4) items.push(p);
  }
  return items;
}

/** White space opening a sentence, read no further than 8 chars. */
const LEAD_SPACE = /\s{0,8}/y;

/** Unmarked lists on one cleaned line. */
export function findUnmarkedLists(text: string): UnmarkedList[] {
  const out: UnmarkedList[] = [];
  const ss = sentences(text);
  // The line's colons and semicolons, found once; each sentence reads those in its range (sentences come in order).
  const colonAt = positionsOf(text, '：:');
  const semicolonAt = positionsOf(text, '；;');
  let colonK = 0;
  let semicolonK = 0;
  let run: { lead: Range | null; items: Range[]; context: Range | null } | null = null;
  const closeRun = () => {
    if (run && run.items.length >= 2) out.push({ family: 'list-sentences', leadIn: run.lead, items: run.items, context: run.context, problem: false, onlyProblem: true });
    run = null;
  };
  for (let k = 0; k < ss.length; k++) {
    const sent = ss[k]!;
    // Up to 8 white-space chars at the sentence's start are skipped (nb. a sticky test: no slice, no match array).
    LEAD_SPACE.lastIndex = sent.start;
    LEAD_SPACE.test(text);
    const s = LEAD_SPACE.lastIndex;
    const e = contentEnd(text, sent);
    const body = text.slice(s, e);
    const context = k > 0 ? ss[k - 1]! : null;
    const before = out.length;

    // A run of problem sentences: this one continues it, or the run ends here.
    if (run) {
      if (!ORDER_OR_CLOSE.test(body) && PROBLEM_WORD.test(body) && !/[：:]/.test(body)) {
        run.items.push({ start: s + (CONNECTIVE.exec(body)?.[0].length ?? 0), end: e });
        continue;
      }
      closeRun();
    }

    // A colon (or 「…弊端就是」) and the list after it.
    colonK = firstFrom(colonAt, colonK, s);
    const colons = positionsBefore(colonAt, colonK, e);
    VIRTUAL_COLON.lastIndex = 0;
    for (let m = VIRTUAL_COLON.exec(body); m; m = VIRTUAL_COLON.exec(body)) colons.push(s + m.index + m[0].length - 1);
    colons.sort((a, b) => a - b);
    for (const c of colons) {
      const after = c + 1;
      // A list body runs to its sentence's end; past 600 characters it is no list (and every colon costs at most that).
      if (e - after > 600) continue;
      const virtual = text[c] !== '：' && text[c] !== ':';
      if (MARKER_AHEAD.test(text.slice(after, after + 8)) || (!virtual && FIELD_LABEL.test(text.slice(Math.max(s, c - 6), c)))) continue;
      const lead = { start: s, end: virtual ? after : c };
      if (/[；;]/.test(text.slice(after, e))) {
        const items = semicolonItems(text, after, e);
        if (items.length < 2) continue;
        out.push({ family: 'list-semicolon', leadIn: lead, items, context, problem: false, onlyProblem: false });
        break;
      }
      const items = clauseItems(text, after, e);
      if (!items) continue;
      out.push({ family: 'list-clauses', leadIn: lead, items, context, problem: false, onlyProblem: true });
      break;
    }
    if (out.length > before) continue;

    // A ；-list without a colon.
    // nb. Split only a sentence with two ；/; at least: fewer cannot make three parts.
    semicolonK = firstFrom(semicolonAt, semicolonK, s);
    const segs = semicolonK + 1 < semicolonAt.length && semicolonAt[semicolonK + 1]! < e ? splitAt(text, s, e, '；;') : [];
    if (segs.length >= 3) {
      const first = segs[0]!;
      let leadEnd = -1;
      const start = OPEN_LEAD_START.exec(text.slice(first.start, first.end));
      if (start) leadEnd = first.start + start[0].length;
      OPEN_LEAD.lastIndex = 0;
      const head = text.slice(first.start, Math.min(first.end, first.start + 60));
      for (let m = OPEN_LEAD.exec(head); m; m = OPEN_LEAD.exec(head)) leadEnd = Math.max(leadEnd, first.start + m.index + m[0].length);
      const items = semicolonItems(text, leadEnd >= 0 ? leadEnd : s, e);
      if (items.length >= 3) {
        const lead = leadEnd >= 0 ? { start: s, end: leadEnd - (/[，,]$/.test(text.slice(s, leadEnd)) ? 1 : 0) } : null;
        out.push({ family: 'list-open', leadIn: lead, items, context, problem: false, onlyProblem: true });
        continue;
      }
    }

    // 「存在A、B、C等问题」.
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(body); m; m = INLINE.exec(body)) {
      if (inTask(body, m.index)) continue;
      const listStart = s + m.index + m[0].indexOf(m[1]!);
      const parts = splitAt(text, listStart, listStart + m[1]!.length, '、').map((r) => cleanPart(text, r));
      if (parts.length < 2 || parts.some((p) => !p || p.end - p.start > 40)) continue;
      out.push({ family: 'list-inline', leadIn: listStart - s >= 2 ? { start: s, end: listStart } : null, items: parts as Range[], context, problem: true, onlyProblem: false });
    }

    // The areas of a shortfall sentence, unless it sets out to solve or search them (nb. only a sentence with 方面 is
    // read: the pattern reads up to 160 chars from every 在).
    SHORTFALL.lastIndex = 0;
    for (let m = body.includes('方面') ? SHORTFALL.exec(body) : null; m; m = SHORTFALL.exec(body)) {
      if (inTask(body, m.index)) continue;
      const parts = m[1]!.split('、');
      if (parts.length < 3 || parts.some((p) => p.length < 2 || p.length > 24)) continue;
      const items: Range[] = [];
      let at = s + m.index + 1;
      for (const p of parts) {
        items.push({ start: at, end: at + p.length });
        at += p.length + 1;
      }
      out.push({ family: 'list-areas', leadIn: m.index >= 4 ? { start: s, end: s + m.index } : null, items, context, problem: true, onlyProblem: false });
    }
    if (out.length > before) continue;

    // 「一些地方重部署轻落实，一些部门各自为政，个别干部不敢担当。」: three clauses or more led by some of the units or people.
    // nb. Split only a sentence that holds the 些, 别, 数 or 部 of 一些/有些, 个别, 少数, 部分.
    const some = SOME_CHARS.test(body) ? splitAt(text, s, e, '，,；;').filter((r) => SOME_SUBJECT.test(text.slice(r.start, r.start + 12))) : [];
    const falling = (r: Range) => PROBLEM_WORD.test(text.slice(r.start, r.end)) || NEGATED_END.test(text.slice(r.start, r.end));
    if (some.length >= 3 && some.filter(falling).length * 3 >= some.length * 2) {
      const items: Range[] = some.map((r, i) => ({ start: r.start, end: i + 1 < some.length ? some[i + 1]!.start - 1 : e }));
      const lead = some[0]!.start - s >= 2 ? { start: s, end: some[0]!.start - 1 } : null;
      out.push({ family: 'list-clauses', leadIn: lead, items: items.map((r) => cleanPart(text, r) ?? r), context, problem: false, onlyProblem: true });
      continue;
    }

    // 「总体平稳，但A依然存在，B不及时，C不实。」: three findings or more after a turn, each clause one.
    TURN.lastIndex = 0;
    const turn = TURN.exec(body);
    if (turn) {
      const from = s + turn.index + turn[0].length;
      const parts = splitAt(text, from, e, '，,').map((r) => cleanPart(text, r));
      if (parts.length >= 3 && parts.every((p) => p && !ORDER_OR_CLOSE.test(text.slice(p.start, p.end)) && !REPORTED.test(text.slice(p.start, p.end)) && (PROBLEM_WORD.test(text.slice(p.start, p.end)) || NEGATED_END.test(text.slice(p.start, p.end))))) {
        out.push({ family: 'list-clauses', leadIn: { start: s, end: from }, items: parts as Range[], context, problem: false, onlyProblem: true });
        continue;
      }
    }

    // A sentence that announces problems opens a run; so does an evidence clause before a problem.
    if (announces(text.slice(s, sent.end).trimEnd())) run = { lead: { start: s, end: e }, items: [], context };
    else {
      const ev = EVIDENCE.exec(body);
      if (ev && PROBLEM_WORD.test(body.slice(ev[0].length)) && !ORDER_OR_CLOSE.test(body)) {
        run = { lead: { start: s, end: s + ev[0].length - 1 }, items: [{ start: s + ev[0].length, end: e }], context };
      }
    }
  }
  closeRun();
  return out;
}

/**
 * A line whose last sentence turns to problems and leaves them to the paragraphs that follow (「我们也清醒地看到，前进中
 * 还面临不少困难和问题：」「但也存在一些不足。」): the range of that sentence (without its end punctuation), else null.
 */
export function paragraphLead(text: string): Range | null {
  const ss = sentences(text);
  const last = ss[ss.length - 1];
  if (!last) return null;
  const s = last.start + (/^\s*/.exec(text.slice(last.start, last.start + 8))?.[0].length ?? 0);
  const sentence = text.slice(s, last.end).trimEnd();
  const colon = /[：:]$/.test(sentence) && !/[：:]/.test(sentence.slice(0, -1));
  if (!colon && !announces(sentence)) return null;
  return { start: s, end: s + sentence.replace(/[。！!？?：:\s]+$/, '').length };
}

/**
 * The first sentence of a paragraph that states one problem (a shortfall or misconduct word, no order, no marker, no
 * summing up): its range without the end punctuation, else null.
 */
export function problemParagraph(text: string): Range | null {
  if (MARKER_AHEAD.test(text)) return null;
  const first = sentences(text)[0];
  if (!first) return null;
  const s = first.start + (/^\s*/.exec(text.slice(first.start, first.start + 8))?.[0].length ?? 0);
  const e = contentEnd(text, first);
  const body = text.slice(s, e);
  if (e - s < 4 || /[：:]/.test(body) || ORDER_OR_CLOSE.test(body) || !PROBLEM_WORD.test(body)) return null;
  return { start: s + (CONNECTIVE.exec(body)?.[0].length ?? 0), end: e };
}

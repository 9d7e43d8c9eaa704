/**
 * Responsible parties (责任单位) [domain §4.2], in priority order: labelled fields (牵头单位：…；责任单位：…), trailing
 * allocation parentheticals (（市发改委牵头，市财政局配合，各县区政府落实）), 由…牵头/负责 clauses, and the subject
 * before the modal (各镇、各部门要…). Units are split at 、，; vague tails (等有关部门) are dropped. 牵头 and 配合 are
 * never swapped: they are reported apart as `lead` and `coop` and all together as `owners`.
 */
import { alternation, endsWithCharOf, lastChars } from '../lexicon/alternation';
import { execAll } from '../text/exec-all';
import { MODAL_WORDS, SUBJECT_MODALS, WRITTEN_MODALS, YAO_SOURCE } from '../lexicon/modals';
import { COOP_ROLES, COOP_VERBS, DUTY_ROLES, JOINT_WORDS, LEAD_ROLES, PERSON_FIELDS, ROLE_LEADER_FIELDS, UNIT_FIELDS } from '../lexicon/roles';
import { AFTER_UNIT, COLLECTIVE_PREFIXES, GENERIC_SUBJECTS, NAMED_ORGAN_SUFFIXES, ORGAN_PREFIXES, ORGAN_SUFFIXES, PLACE_PREFIXES, ROLE_SUFFIXES, UNIT_NAMES, VAGUE_UNIT_NOUNS } from '../lexicon/units';
import { IMPERATIVE_VERBS, TASK_ADVERBS } from '../lexicon/verbs';

/** A modal that ends a subject (「各镇一定要」「各单位须」), or a decision or a plan (「市教育局决定」「县局将会」). */
const MODAL = new RegExp(`(?:都|也|还|更|则)?(?:${alternation(SUBJECT_MODALS, WRITTEN_MODALS, ['决定', '将会'])}|${YAO_SOURCE}|应(?![用对急])|将(?![来近军]))`);

export interface Owners {
  owners: string[];
  lead: string[];
  coop: string[];
}

/** A labelled field of an allocation: 「牵头单位：」「分管市领导：」. */
const ROLE_FIELD = new RegExp(`(${alternation(UNIT_FIELDS, ROLE_LEADER_FIELDS, PERSON_FIELDS)})\\s*[：:]\\s*`, 'g');
const LEAD_ROLE = new RegExp(alternation(LEAD_ROLES));
const COOP_ROLE = new RegExp(alternation(COOP_ROLES));
const ANY_ROLE = alternation(LEAD_ROLES, COOP_ROLES, DUTY_ROLES);
const HAS_ROLE = new RegExp(ANY_ROLE);
/** A role word that ends a unit list (「市财政局、市审计局共同」「县妇联配合」), cut off the last name. */
const ROLE_TAIL = new RegExp(`${alternation(LEAD_ROLES, COOP_ROLES, DUTY_ROLES, JOINT_WORDS)}$`);
/** The chars ROLE_TAIL can end with (it is read only on a name ending in one). */
const ROLE_TAIL_END = lastChars(LEAD_ROLES, COOP_ROLES, DUTY_ROLES, JOINT_WORDS);
/** A segment of an allocation parenthetical: units, then their role (「市财政局配合」). */
const ROLE_SEGMENT = new RegExp(`^(.*?)(${ANY_ROLE})(?:[，,；;。]|$)`);
/** A unit's name ends like an organ or a role, or is one of the units named without a suffix. */
const ORG_SUFFIX = new RegExp(`(?:${alternation(ORGAN_SUFFIXES, ROLE_SUFFIXES)}|^${alternation(UNIT_NAMES)})$`);
/** The chars ORG_SUFFIX can end with (nb. anchored at the end only, the pattern is tried from every position). */
const ORG_SUFFIX_END = lastChars(ORGAN_SUFFIXES, ROLE_SUFFIXES, UNIT_NAMES);
const GENERIC = new RegExp(`^${alternation(GENERIC_SUBJECTS)}$`);
const COLLECTIVE = new RegExp(`^${alternation(COLLECTIVE_PREFIXES)}`);
/** A vague tail after the named units: 等有关部门, 等执法部门, 等单位, 等. */
const VAGUE_TAIL = new RegExp(`等(?:[\\u4e00-\\u9fff]{0,6}${alternation(VAGUE_UNIT_NOUNS)})?$`);
/** Adverbs and connectives that stand between a subject and its modal (「各街道社区，首先要…」). */
const BETWEEN = new RegExp(`^(?:首先|其次|再次|然后|最后|同时|此外|另外|特别是|尤其是|一方面|另一方面|也|都|还|更|则|就|一定|${alternation(SUBJECT_MODALS)})$`);

/** Whether an owner names every unit of a kind (各单位, 各部门, 各乡镇, 各级领导干部, 全体党员): a collective owner. */
export function isCollective(u: string): boolean {
  return COLLECTIVE.test(u.replace(/^[“"「]/, ''));
}

/** A name in quotes as a whole keeps them (「“一把手”」); stray quote marks go. */
const QUOTES = /^[“"「]([^“”"「」]*)[”"」]$|[“”"「」]/g;
const QUOTE_MARK = /[“”"「」]/;

/** A lead word before a part of a unit list. */
const PART_LEAD = /^(?:由|请|并|特别是|尤其是)/;
/** A lead word before a unit list. */
const LIST_LEAD = /^(?:由|请|会同|并|和|及|以及)/;
const SENTENCE_MARK = /[。！？]/;
const CLAUSE_MARK = /[，,；;]/;

/** One part of a unit list without its lead word (由, 请, 特别是 …), stray quotes, vague tail and role word. */
function cleanUnit(raw: string): string {
  let u = raw.trim().replace(PART_LEAD, '');
  // nb. The replace with a function runs only on a part that has a quote mark (most have none).
  if (QUOTE_MARK.test(u)) u = u.replace(QUOTES, (m, whole: string | undefined) => (whole !== undefined ? m : ''));
  // nb. Each tail pattern is read only on a name that can hold it: 等 for VAGUE_TAIL, a role word's last char for ROLE_TAIL.
  if (u.includes('等')) u = u.replace(VAGUE_TAIL, '');
  if (endsWithCharOf(u, ROLE_TAIL_END)) u = u.replace(ROLE_TAIL, '');
  return u.trim();
}

/** Splits a list of units (「省发展改革委、省住房城乡建设厅等有关部门」) into unit names. */
export function splitUnits(list: string): string[] {
  return readUnits(list, null, false)!;
}

/** The names of splitUnits(list) that are units (isUnit with the lexicon's `extra`), in order. */
export function unitNames(list: string, extra: readonly string[] = []): string[] {
  return readUnits(list, extra, false)!;
}

/** splitUnits(list) when it names units only (isUnit with `extra`), else null (also when it names nothing). */
export function allUnitNames(list: string, extra: readonly string[] = []): string[] | null {
  const names = readUnits(list, extra, true);
  return names?.length ? names : null;
}

/**
 * splitUnits, and unitNames / allUnitNames with `extra`: the split asks isUnit of most parts already, so a name it
 * knows to be a unit (or, without `extra`, not to be one) is not asked again (nb. splitUnits(…).filter(isUnit) read
 * every name twice). isUnit without `extra` implies it with any `extra`. With `all`, null at the first name that is
 * no unit.
 */
function readUnits(list: string, extra: readonly string[] | null, all: boolean): string[] | null {
  // 「市、县两级政府」「流入地、流出地党组织」「财政、审计部门」: leading parts that are no unit share the last part's head.
  // nb. One pass over the parts, without the intermediate arrays of map and filter (this runs on every subject).
  const out: string[] = [];
  const pending: string[] = [];
  // Adds a name of 2 to 40 chars (checked as it is added: no filtered copy); `known` is isUnit(name) when read.
  // Returns false when `all` and the name is no unit.
  const add = (name: string, known: boolean | null): boolean => {
    if (name.length < 2 || name.length > 40) return true;
    if (extra !== null) {
      const unit = known === true || ((known === null || extra.length > 0) && isUnit(name, extra as string[]));
      if (!unit) return !all;
    }
    out.push(name);
    return true;
  };
  for (const raw of splitOutsideBrackets(list.replace(LIST_LEAD, ''))) {
    const u = cleanUnit(raw);
    if (u.length < 1 || u.length > 40 || SENTENCE_MARK.test(u)) continue;
    const unit = isUnit(u);
    if (!unit && u.length <= 6 && !CLAUSE_MARK.test(u)) {
      pending.push(u);
      continue;
    }
    if (pending.length && unit) {
      if (!add(`${pending.join('、')}、${u}`, null)) return null;
    } else {
      for (const p of pending) if (!add(p, false)) return null;
      if (!add(u, unit)) return null;
    }
    pending.length = 0;
  }
  for (const p of pending) if (!add(p, false)) return null;
  return out;
}

/** Splits at 、，；, 以及, 会同, 特别是 outside brackets (「省（自治区、直辖市）党委」 stays one name). */
function splitOutsideBrackets(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0) {
      const n = separatorAt(list, i, c);
      if (n) {
        out.push(list.slice(from, i));
        from = i + n;
        i = from - 1;
      }
    }
  }
  out.push(list.slice(from));
  return out;
}

/**
 * The length of the separator at `list[i]` (= c): 、，,；; or 以及, 会同, 特别是, 尤其是; 0 for none (nb. compared in
 * place: a regex on a three-char slice at every char made most of the unit splitting's work).
 */
function separatorAt(list: string, i: number, c: string): number {
  if (c === '、' || c === '，' || c === ',' || c === '；' || c === ';') return 1;
  if (c === '以') return list.startsWith('以及', i) ? 2 : 0;
  if (c === '会') return list.startsWith('会同', i) ? 2 : 0;
  if (c === '特') return list.startsWith('特别是', i) ? 3 : 0;
  if (c === '尤') return list.startsWith('尤其是', i) ? 3 : 0;
  return 0;
}

/** Owners from an allocation parenthetical's body (without the brackets), or null when it allocates nothing. */
export function ownersFromAllocation(body: string): Owners | null {
  const lead: string[] = [];
  const coop: string[] = [];
  const resp: string[] = [];
  // Labelled fields: 牵头单位：A、B，责任单位：C、D
  const fields = execAll(ROLE_FIELD, body);
  if (fields.length) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const from = f.index + f[0].length;
      const to = i + 1 < fields.length ? fields[i + 1]!.index : body.length;
      const units = splitUnits(body.slice(from, to).replace(/[，,；;。\s]+$/, ''));
      const role = f[1]!;
      if (LEAD_ROLE.test(role)) lead.push(...units);
      else if (COOP_ROLE.test(role)) coop.push(...units);
      else resp.push(...units);
    }
  } else {
    if (!HAS_ROLE.test(body)) return null;
    for (const seg of body.split(/[，,；;]/)) {
      const s = seg.trim();
      if (!s) continue;
      const m = ROLE_SEGMENT.exec(s);
      if (!m || !m[1]) continue;
      const units = splitUnits(m[1]);
      if (LEAD_ROLE.test(m[2]!)) lead.push(...units);
      else if (COOP_ROLE.test(m[2]!)) coop.push(...units);
      else resp.push(...units);
    }
  }
  const owners = unique([...lead, ...resp, ...coop]);
  return owners.length ? { owners, lead: unique(lead), coop: unique(coop) } : null;
}

/** Owners named by 由X牵头，Y配合 / 由X负责 in a clause, or null. */
export function ownersFromYou(clause: string): Owners | null {
  // nb. Both patterns need 由: a clause without one is not read (they try a 2-40 char name after every 由 position).
  if (!clause.includes('由')) return null;
  // 「由市委组织部牵头组织实施」: the role word ends the name first, so that 组织 inside 组织部 does not cut it.
  const m =
    /由([^，,。；;由]{2,40}?)(牵头|负责)/.exec(clause) ??
    /由([^，,。；;由]{2,40}?)(会同|先行|具体|统一|组织|抓好|做好|制定|起草|研究|办理|落实|承办|协调|形成|上报|发出|开展|实施|督促|统筹|进行|定期|按)/.exec(clause);
  if (!m) return null;
  const lead = splitUnits(m[1]!);
  const rest = clause.slice(m.index + m[0].length);
  const c = /^[^。；;]*?[，,]\s*([^，,。；;]{2,60}?)(?:配合|参与|协同|协助)/.exec(rest);
  const coop = c ? splitUnits(c[1]!) : [];
  const owners = unique([...lead, ...coop]);
  // 「由X负责，Y配合」: X leads as well.
  return owners.length ? { owners, lead: m[2] === '牵头' || (m[2] === '负责' && coop.length) ? lead : [], coop } : null;
}

const LEAD_COOP = new RegExp(`(?:^|[，,；;。])([^，,。；;：:]{2,40}?)${alternation(MODAL_WORDS)}?(牵头|负责)[，,、]\\s*([^，,。；;]{2,60}?)${alternation(COOP_ROLES)}`);

/** Owners from 「X牵头，Y配合」 without 由, or null. */
export function ownersFromLeadCoop(clause: string): Owners | null {
  // 「档案室牵头，信息中心配合」「县住建局要牵头，县城管局配合」「县教育局负责，县财政局配合」: the first is the lead.
  // nb. Read only when the clause holds 牵头 or 负责 and a co-operating role word, which the pattern needs: it tries a
  // 2-40 char name after every comma otherwise.
  if (!(clause.includes('牵头') || clause.includes('负责')) || !COOP_ROLES.some((w) => clause.includes(w))) return null;
  const m = LEAD_COOP.exec(clause);
  if (!m) return null;
  const lead = unitNames(m[1]!);
  const coop = unitNames(m[3]!);
  return lead.length ? { owners: unique([...lead, ...coop]), lead, coop } : null;
}

/** 「县生态环境局负责牵头督查」: a unit that 负责/牵头 at a segment's start. */
const ROLE_LEADS = /(?:^|[，,])([^，,。；;]{2,30}?)(?:具体|全面|统一|主要|共同)?(?:负总责|负责|牵头)/g;

/**
 * The subject of a directive: the noun phrase before the modal (「各镇、各部门一定要…」「各县级领导要…」), or a
 * sentence-initial subject defined with 是 (「各地各部门主要负责人是第一责任人，要…」). Generic subjects (我们, 大家,
 * 全市上下) name nobody: []. `extra` are office-specific unit names from the user's lexicon.
 */
export function subjectOwners(clause: string, extra: string[] = []): string[] {
  const modal = MODAL.exec(clause);
  const head = modal ? clause.slice(0, modal.index) : '';
  const picked: string[] = [];
  // The subject is the comma-joined run of unit names right before the modal (「各镇、各部门，特别是“一把手”，」);
  // an adverb (「各街道社区，首先要…」) or a 对… scope (「各级党委的第一书记，对日常工作要…」) may stand between.
  const parts = head.split(/[，,]/).map((p) => p.trim());
  for (let i = parts.length - 1; i >= 0; i--) {
    let p = parts[i]!.replace(/^(?:特别是|尤其是|其中|同时|对此|为此|因此|所以|另外|此外|我们|咱们|今后)+/, '');
    if (i === parts.length - 1 && !picked.length && (!p || BETWEEN.test(p) || (/^对(?:于)?[^，,]{1,20}$/.test(p) && !p.endsWith('的')))) continue;
    if (!p) break;
    if (/^对(?:于)?/.test(p) || /(?:[的得]|(?<!^各|各)地)$/.test(p)) break;
    let units = unitNames(p, extra);
    // 「校党委的目光要…」: the unit is what owns the subject.
    if (!units.length && i === parts.length - 1 && /的/.test(p)) {
      p = p.slice(0, p.indexOf('的'));
      units = unitNames(p, extra);
    }
    // 「各部门招工用人也要…」: a unit that opens the subject and acts.
    if (!units.length && i === parts.length - 1) units = leadingUnits(p, extra);
    if (!units.length) break;
    picked.unshift(...units);
  }
  // 「希望各级党委和组织部门…」「倡导各级政府和部门主要负责人当好…」: the units asked to act.
  if (!picked.length) {
    const ask = /(?:^|[，,])(?:都|也|还|再)?(?:希望|倡导|号召|要求|恳请|建议|请)([^，,。；;]{2,40})/.exec(modal ? head + clause.slice(modal.index, modal.index + 1) : clause);
    // 「请同志们…」: the audience asked to act is a collective owner.
    if (ask) picked.push(...(/^(?:同志们|各位同志)/.exec(ask[1]!)?.slice(0, 1) ?? unitAtStart(ask[1]!, extra)));
  }
  // 「学校是…主要责任单位，校长是…第一责任人，要…」: every unit defined with 是 before the modal.
  if (!picked.length) {
    for (const p of (modal ? head : clause).split(/[，,]/)) {
      const m = /^([^，,。；;]{2,30}?)是/.exec(p.trim());
      if (m) picked.push(...unitNames(m[1]!, extra));
      if (!modal) break;
    }
  }
  // 「县生态环境局负责牵头督查，…」「…指挥部办公室具体负责督促落实」: the unit that 负责/牵头 leads the clause.
  // nb. Only a clause with the 负 or 牵 of 负责, 牵头 is read: the pattern tries every comma.
  if (!picked.length && /[负牵]/.test(clause)) {
    for (const role of execAll(ROLE_LEADS, clause)) {
      if (modal && role.index + role[0].length > modal.index + 2) break;
      const units = allUnitNames(role[1]!, extra);
      if (units) {
        picked.push(...units);
        break;
      }
    }
  }
  if (!picked.length && (!modal || /^[^，,。；;]{2,30}?(?:负责|牵头)/.test(clause))) picked.push(...leadingUnits(clause, extra));
  // 「要严明纪律，市教育局把…」「大力推行“一事通办”，各部门充分授权」: the unit in a later segment.
  if (!picked.length && (!modal || modal.index === 0)) {
    for (const seg of clause.split(/[，,]/).slice(1)) {
      // Without a modal, only an organ of a place (各部门, 县财政局 — not 团结引领科…) is taken from a later segment.
      const units = leadingUnits(seg.trim(), extra).filter((u) => !!modal || (/^[各市县区省乡镇]/.test(u) && u.length >= 3));
      if (units.length) {
        picked.push(...units);
        break;
      }
    }
  }
  return unique(picked);
}

const ACTS_NEXT = new RegExp(`^${alternation(AFTER_UNIT, TASK_ADVERBS, IMPERATIVE_VERBS)}`);

/** The longest unit name that opens `text` and is followed by what it does (「各级党委和组织部门|在…」), or []. */
function unitAtStart(text: string, extra: string[]): string[] {
  for (let i = Math.min(text.length, 30); i >= 2; i--) {
    const head = text.slice(0, i);
    if (/[、，,]$/.test(head) || !ACTS_NEXT.test(text.slice(i))) continue;
    const units = allUnitNames(head, extra);
    if (units) return units;
  }
  return [];
}

const COOP_AFTER = new RegExp(`(?:^|[，,])([^，,。；;]{2,40}?)${alternation(COOP_VERBS)}(?!单位|部门)`, 'g');

/** Co-operating units named after the main clause (「城关镇要…，县自然资源局配合做好…」). */
export function ownersFromCoop(clause: string, extra: string[] = []): string[] {
  const out: string[] = [];
  // nb. Only a clause with a co-operating verb is read (the pattern tries a 2-40 char name after every comma).
  if (!COOP_VERBS.some((w) => clause.includes(w))) return out;
  for (const m of execAll(COOP_AFTER, clause)) out.push(...unitNames(m[1]!, extra));
  return unique(out);
}

/** Units named after 会同 (「县住建局要会同县自然资源局建立…」): co-operating owners. */
export function ownersFromHuitong(clause: string, extra: string[] = []): string[] {
  const m = /会同([^，,。；;]{2,60})/.exec(clause);
  if (!m) return [];
  const named = unitNames(m[1]!, extra);
  return named.length ? named : leadingUnits(m[1]!, extra);
}

/** The unit a paragraph opens with as a label (「督查组工作职责：」「县发改局主要任务：」), or []. */
export function labelOwners(text: string, extra: string[] = []): string[] {
  const m = /^([^，。：:；]{2,24}?)(?:的)?(?:工作|主要)?(?:职责|任务|分工|责任)[：:]/.exec(text);
  return m ? unitNames(m[1]!, extra) : [];
}

/** Unit names that open a clause and are followed by their verb (「市教育局、各市直学校每年开展…」), or []. */
export function leadingUnits(clause: string, extra: string[] = []): string[] {
  const first = clause.split(/[，,；;。]/, 1)[0]!;
  const out: string[] = [];
  let rest = first;
  for (let guard = 0; guard < 8 && rest; guard++) {
    const m = ORG_PREFIX.exec(rest);
    // Without a modal to anchor it, only a name that reads as an organ (各…, 市…, 县…) is taken.
    if (!m || !isUnit(m[1]!, extra) || !(ORGAN_START.test(m[1]!) || extra.some((e) => e && m[1]!.includes(e)))) break;
    out.push(m[1]!);
    rest = rest.slice(m[0].length);
    if (!m[0].endsWith('、')) {
      // The units must be followed by a verb or adverb, not be the modifier of a noun (「学校的…」).
      if (!rest || /^[的之和与及等]/.test(rest)) return [];
      return out;
    }
  }
  return [];
}

const ORG_PREFIX = new RegExp(`^(${alternation(PLACE_PREFIXES, ['全'])}?[\\u4e00-\\u9fff（）()]{0,16}?${alternation(NAMED_ORGAN_SUFFIXES)})、?`);
/** Without a modal to anchor it, only a name that reads as an organ is taken (各…, 市…, 中央…). */
const ORGAN_START = new RegExp(`^${alternation(ORGAN_PREFIXES)}`);

// isUnit's patterns, built once (nb. a regex literal in a function body is a new object at every call, and isUnit
// runs on every part of every unit list).
const ANY_QUOTE = /[“”"「」]/g;
/** What no unit name opens with (a number, 是, 我们, 根据 …) or holds (严禁, 《》). */
const NO_UNIT = /^[\d\s.、]|^(?:是|说|就是|即|也|都|还|我们|咱们|大家|同志们|各位|你们|为了?|根据|按照|依据|围绕|通过)|严禁|禁止|不得|[《》〈〉]/;
const SHORT_BRACKET = /[（(][^）)]{1,12}[）)]/g;
const SHARED_HEAD = /^(?:[^、，。；]{1,6}、)+[^、，。；]+$/;
const DUN = /、/g;
/** What no unit name holds past its first char: punctuation, a copula or preposition, a modal 要. */
const NOT_IN_NAME = /[，。；：:、是在对以为与从向们]|(?<![主重首])要/;

/** A plausible responsible-party name: ends like an organ or role, or is in the user's lexicon; not generic. */
export function isUnit(u: string, extra: string[] = []): boolean {
  const s = u.replace(ANY_QUOTE, '');
  if (s.length < 2 || s.length > 40 || GENERIC.test(s) || NO_UNIT.test(s)) return false;
  if (extra.some((e) => e && s.includes(e))) return true;
  // A name with a bracketed part (「各级党委（党组）」「省（自治区、直辖市）和部门（系统）党委（党组）」) is read without it.
  const bare = s.includes('（') || s.includes('(') ? s.replace(SHORT_BRACKET, '') : s;
  // 「市、县两级政府」「流入地、流出地党组织」: short parts sharing the last one's head, as splitUnits joins them.
  const body = bare.includes('、') && SHARED_HEAD.test(bare) ? bare.replace(DUN, '') : bare;
  if (NOT_IN_NAME.test(body.slice(1))) return false;
  return endsWithCharOf(bare, ORG_SUFFIX_END) && ORG_SUFFIX.test(bare);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

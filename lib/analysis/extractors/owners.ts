/**
 * Responsible parties (责任单位) [domain §4.2], in priority order: labelled fields (牵头单位：…；责任单位：…), trailing
 * allocation parentheticals (（市发改委牵头，市财政局配合，各县区政府落实）), 由…牵头/负责 clauses, and the subject
 * before the modal (各镇、各部门要…). Units are split at 、，; vague tails (等有关部门) are dropped. 牵头 and 配合 are
 * never swapped: they are reported apart as `lead` and `coop` and all together as `owners`.
 */
import { YAO_SOURCE } from './directive';

/** A modal that ends a subject (「各镇一定要」「市教育局决定」). */
const MODAL = new RegExp(`(?:都|也|还|更|则)?(?:一定要|务必|必须|${YAO_SOURCE}|须|应当|应(?![用对急])|需要|决定|将会|将(?![来近军]))`);

export interface Owners {
  owners: string[];
  lead: string[];
  coop: string[];
}

const ROLE_FIELD =
  /(牵头(?:负责)?(?:[市县区省])?领导|责任(?:[市县区])?领导|分管(?:[市县区])?领导|包保领导|牵头(?:责任)?单位|主办单位|主责单位|责任单位|承办单位|配合单位|协办单位|协同(?:责任)?单位|参与单位|责任(?:部门|科室|人)|具体责任人)\s*[：:]\s*/g;
const ORG_SUFFIX =
  /(?:局|委|办|厅|部|中心|处|科|室|站|所|队|院|会|组|街道|乡镇|镇|乡|村|社区|公司|集团|单位|部门|专班|指挥部|领导小组|管委会|班子|干部|领导|负责人|一把手|同志|政府|党委|党组|支部|学校|学院|医院|法院|检察院|机关|园区|开发区|书记|市长|县长|区长|主任|校长|部长|局长|人员|成员|教师|党员|企业|银行|平台|机构|组织|团队|各级|各地|林场|农场|牧场|景区|矿山)$/;
const GENERIC = /^(?:我们|大家|同志们|全[市县区镇乡]上下|全[市县区]各级|全体(?:党员)?干部|全体同志|各位|你们|咱们|在座各位|在座的各位|谁)$/;

/** Splits a list of units (「省发展改革委、省住房城乡建设厅等有关部门」) into unit names. */
export function splitUnits(list: string): string[] {
  return list
    .replace(/^(?:由|请|会同|并|和|及|以及)/, '')
    .split(/[、，,；;]|以及|会同|特别是|尤其是/)
    .map((u) =>
      u
        .trim()
        .replace(/^(?:由|请|并|特别是|尤其是)/, '')
        .replace(/[“”"「」]/g, '')
        .replace(/(?:等有关部门|等相关部门|等有关单位|等相关单位|等部门|等单位|等)$/, '')
        .replace(/(?:按职责分工负责|分工负责|按职责负责|具体负责|负责|牵头|配合|参与|协同|协助|落实|共同)$/, '')
        .trim(),
    )
    .filter((u) => u.length >= 2 && u.length <= 30 && !/[。！？]/.test(u));
}

/** Owners from an allocation parenthetical's body (without the brackets), or null when it allocates nothing. */
export function ownersFromAllocation(body: string): Owners | null {
  const lead: string[] = [];
  const coop: string[] = [];
  const resp: string[] = [];
  // Labelled fields: 牵头单位：A、B，责任单位：C、D
  const fields = [...body.matchAll(ROLE_FIELD)];
  if (fields.length) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const from = f.index + f[0].length;
      const to = i + 1 < fields.length ? fields[i + 1]!.index : body.length;
      const units = splitUnits(body.slice(from, to).replace(/[，,；;。\s]+$/, ''));
      const role = f[1]!;
      if (/牵头|主办|主责/.test(role)) lead.push(...units);
      else if (/配合|协办|协同|参与/.test(role)) coop.push(...units);
      else resp.push(...units);
    }
  } else {
    if (!/牵头|负责|配合|参与|落实|协同|协助|承办|主办/.test(body)) return null;
    for (const seg of body.split(/[，,；;]/)) {
      const s = seg.trim();
      if (!s) continue;
      const m = /^(.*?)(牵头(?:负责)?|配合|参与|协同|协助|按职责分工负责|分工负责|按职责负责|具体负责|负责|落实|承办|主办)(?:[，,；;。]|$)/.exec(s);
      if (!m || !m[1]) continue;
      const units = splitUnits(m[1]);
      if (/牵头|主办/.test(m[2]!)) lead.push(...units);
      else if (/配合|参与|协同|协助/.test(m[2]!)) coop.push(...units);
      else resp.push(...units);
    }
  }
  const owners = unique([...lead, ...resp, ...coop]);
  return owners.length ? { owners, lead: unique(lead), coop: unique(coop) } : null;
}

/** Owners named by 由X牵头，Y配合 / 由X负责 in a clause, or null. */
export function ownersFromYou(clause: string): Owners | null {
  const m = /由([^，,。；;由]{2,40}?)(牵头|负责|会同|先行|具体|统一|组织|抓好|做好|制定|起草|研究|办理|落实|承办|协调|形成|上报|发出|开展|实施|督促|统筹|进行|定期|按)/.exec(clause);
  if (!m) return null;
  const lead = splitUnits(m[1]!);
  const rest = clause.slice(m.index + m[0].length);
  const c = /^[^。；;]*?[，,]\s*([^，,。；;]{2,60}?)(?:配合|参与|协同|协助)/.exec(rest);
  const coop = c ? splitUnits(c[1]!) : [];
  const owners = unique([...lead, ...coop]);
  return owners.length ? { owners, lead: m[2] === '牵头' ? lead : [], coop } : null;
}

/** Owners from 「X牵头，Y配合」 without 由, or null. */
export function ownersFromLeadCoop(clause: string): Owners | null {
  const m = /(?:^|[，,；;。])([^，,。；;：:]{2,40}?)牵头[，,、]\s*([^，,。；;]{2,60}?)(?:配合|参与|协同|协助)/.exec(clause);
  if (!m) return null;
  const lead = splitUnits(m[1]!);
  const coop = splitUnits(m[2]!);
  return lead.length ? { owners: unique([...lead, ...coop]), lead, coop } : null;
}

/**
 * The subject of a directive: the noun phrase before the modal (「各镇、各部门一定要…」「各县级领导要…」), or a
 * sentence-initial subject defined with 是 (「各地各部门主要负责人是第一责任人，要…」). Generic subjects (我们, 大家,
 * 全市上下) name nobody: []. `extra` are office-specific unit names from the user's lexicon.
 */
export function subjectOwners(clause: string, extra: string[] = []): string[] {
  const modal = MODAL.exec(clause);
  const head = modal ? clause.slice(0, modal.index) : '';
  const picked: string[] = [];
  // The subject is the comma-joined run of unit names right before the modal (「各镇、各部门，特别是“一把手”，」).
  const parts = head.split(/[，,]/).map((p) => p.trim()).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    let p = parts[i]!.replace(/^(?:特别是|尤其是|其中|同时|对此|为此|因此|所以|另外|此外|我们|咱们|今后)+/, '');
    if (/^对(?:于)?/.test(p) || /[的地得]$/.test(p)) break;
    let units = splitUnits(p).flatMap((u) => splitAnd(u, extra)).filter((u) => isUnit(u, extra));
    // 「校党委的目光要…」: the unit is what owns the subject.
    if (!units.length && i === parts.length - 1 && /的/.test(p)) {
      p = p.slice(0, p.indexOf('的'));
      units = splitUnits(p).filter((u) => isUnit(u, extra));
    }
    if (!units.length) break;
    picked.unshift(...units);
  }
  // 「学校是…主要责任单位，校长是…第一责任人，要…」: every unit defined with 是 before the modal.
  if (!picked.length) {
    for (const p of (modal ? head : clause).split(/[，,]/)) {
      const m = /^([^，,。；;]{2,30}?)是/.exec(p.trim());
      if (m) picked.push(...splitUnits(m[1]!).filter((u) => isUnit(u, extra)));
      if (!modal) break;
    }
  }
  // 「县生态环境局负责牵头督查，每周五前将…」: the unit that 负责/牵头 leads the clause, whatever modal comes later.
  if (!picked.length && (!modal || /^[^，,。；;]{2,30}?(?:负责|牵头)/.test(clause))) picked.push(...leadingUnits(clause, extra));
  // 「要严明纪律，市教育局把…」: a subject-less modal first, the unit in a later segment.
  if (!picked.length && modal && modal.index === 0) {
    for (const seg of clause.split(/[，,]/).slice(1)) {
      const units = leadingUnits(seg.trim(), extra);
      if (units.length) {
        picked.push(...units);
        break;
      }
    }
  }
  return unique(picked);
}

/** Co-operating units named after the main clause (「城关镇要…，县自然资源局配合做好…」). */
export function ownersFromCoop(clause: string, extra: string[] = []): string[] {
  const out: string[] = [];
  for (const m of clause.matchAll(/(?:^|[，,])([^，,。；;]{2,40}?)(?:配合|协助|协同)(?!单位|部门)/g)) out.push(...splitUnits(m[1]!).filter((u) => isUnit(u, extra)));
  return unique(out);
}

/** Units named after 会同 (「县住建局要会同县自然资源局建立…」): co-operating owners. */
export function ownersFromHuitong(clause: string, extra: string[] = []): string[] {
  const m = /会同([^，,。；;]{2,60})/.exec(clause);
  if (!m) return [];
  const named = splitUnits(m[1]!).filter((u) => isUnit(u, extra));
  return named.length ? named : leadingUnits(m[1]!, extra);
}

/** The unit a paragraph opens with as a label (「督查组工作职责：」「县发改局主要任务：」), or []. */
export function labelOwners(text: string, extra: string[] = []): string[] {
  const m = /^([^，。：:；]{2,24}?)(?:的)?(?:工作|主要)?(?:职责|任务|分工|责任)[：:]/.exec(text);
  return m ? splitUnits(m[1]!).filter((u) => isUnit(u, extra)) : [];
}

/** Unit names that open a clause and are followed by their verb (「市教育局、各市直学校每年开展…」), or []. */
export function leadingUnits(clause: string, extra: string[] = []): string[] {
  const first = clause.split(/[，,；;。]/, 1)[0]!;
  const out: string[] = [];
  let rest = first;
  for (let guard = 0; guard < 8 && rest; guard++) {
    const m = ORG_PREFIX.exec(rest);
    // Without a modal to anchor it, only a name that reads as an organ (各…, 市…, 县…) is taken.
    if (!m || !isUnit(m[1]!, extra) || !(/^[各市县区省乡镇州盟旗校院党团全]/.test(m[1]!) || extra.some((e) => e && m[1]!.includes(e)))) break;
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

const ORG_PREFIX =
  /^((?:各|市|县|区|省|乡|镇|全)?[\u4e00-\u9fff（）()]{0,16}?(?:局|委|办|厅|部|中心|处|科|室|站|所|队|院|组|街道|乡镇|镇|乡|村|社区|公司|集团|单位|部门|专班|指挥部|领导小组|管委会|班子|政府|党委|党组|支部|学校|学院|医院|机关|园区|开发区))、?/;

/** 「旅游景区和林场」 → both, when both halves are units; 「市自然资源和规划局」 stays one name. */
function splitAnd(u: string, extra: string[]): string[] {
  const k = u.indexOf('和');
  if (k <= 0) return [u];
  const a = u.slice(0, k);
  const b = u.slice(k + 1);
  return isUnit(a, extra) && isUnit(b, extra) ? [a, b] : [u];
}

/** A plausible responsible-party name: ends like an organ or role, or is in the user's lexicon; not generic. */
export function isUnit(u: string, extra: string[] = []): boolean {
  const s = u.replace(/[“”"「」]/g, '');
  if (s.length < 2 || s.length > 24 || GENERIC.test(s) || /^[\d\s.、]|严禁|禁止|不得/.test(s)) return false;
  if (extra.some((e) => e && s.includes(e))) return true;
  if (/[，。；：:、是在对以为与从向们]|(?<![主重首])要/.test(s.slice(1))) return false;
  return ORG_SUFFIX.test(s.replace(/[（(][^）)]{1,8}[）)]$/, ''));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

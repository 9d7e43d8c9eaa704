/**
 * Directive language [domain §4.1]: is a clause a directive (something someone must do), and how strong? Modal
 * markers (必须/要/力争…) decide; `要` false friends (主要, 重要, 需要 as a noun, 要素 …) and the noun 要求 do not count.
 * Adverbs (确保, 立即, 进一步 …) and imperative verb openings count only in clauses that do not narrate the past
 * (了, 已经, 取得, 刚才 …). Not directives: speech agenda (下面，我讲…; 请…汇报), questions, definitions
 * (「是一场必须打好的突围战」), evaluations (「…，是…的重要举措」) and document meta (「制定本方案」).
 * In plans and notices (`modalFree`), task sentences carry no modal: an imperative verb at any clause segment or a
 * target with a figure (不低于90%) makes a directive.
 */
import type { Strength } from '../../schema/analysis';
import { alternation } from '../lexicon/alternation';
import { ADDRESSEE_SUFFIXES, DECIDER_SUFFIXES, LIST_ORGAN_SUFFIXES, VAGUE_UNIT_NOUNS } from '../lexicon/units';
import { APPROX_WORDS, HEDGED_MEASURE_WORDS, LIMIT_BOUNDS, MEASURE_WORDS, TARGET_BOUNDS } from '../lexicon/measures';
import { IMPERATIVE_VERBS, ORDER_LEADS, PROMPT_ADVERBS, TARGET_VERBS, TASK_ADVERBS } from '../lexicon/verbs';
import { MEDIUM_MODALS, MODAL_WORDS, NEED_VERB, PROHIBITIONS, REQUEST_SOURCE, SHOULD_VERB, SOFT_MODALS, STRONG_ADVERBS, STRONG_SOURCE, YAO_FALSE_FRIENDS, YAO_SOURCE } from '../lexicon/modals';


const STRONG_MODAL = new RegExp(`${STRONG_SOURCE}|不能(?=[^，。；]{0,4}(?:上交|推诿|敷衍|拖延|松懈|放松|懈怠|搞|有|动))`);
const STRONG_ADV = new RegExp(alternation(STRONG_ADVERBS));
const YAO = new RegExp(YAO_SOURCE);
/** 要 that is no modal (「可能要三五年」「要我说」), blanked before the modal is looked for. */
const YAO_FALSE = new RegExp(alternation(YAO_FALSE_FRIENDS), 'g');
/** A char every 要 false friend holds (要, or the last char of one without it: 说 of 我想说). */
const YAO_FALSE_CHAR = new RegExp(`[${[...new Set(YAO_FALSE_FRIENDS.map((w) => (w.includes('要') ? '要' : w[w.length - 1]!)))].join('')}]`);
/** 应当, 应该 (not 应该说), 需要 as a verb, 不必. */
const MEDIUM_MODAL = new RegExp(`${alternation(MEDIUM_MODALS.filter((w) => w !== '应该'))}|${SHOULD_VERB}|${NEED_VERB}`);
/**
 * A speech's proposals and requests (「我建议…」「全会建议…」「都请同志们…研究」「先找两个县试点，试试看」
 * 「这个问题也研究一下」): orders in the speaker's own register, without a modal.
 */
const PROPOSAL_CUES =
  /^(?:[^，,]{0,12}[，,])?(?:我|我们|全会|会议|大会|中央|政治局|常委会)?(?:还|也|再|就|特别)?建议(?![的、，,。；书稿案])[\u4e00-\u9fff]{2}|试试看|试一试|(?:研究|考虑|商量|议)一下|正在(?:考虑|研究|酝酿|筹划)(?=[\u4e00-\u9fff]{2})|(?:^|[，,])[^，,]{0,16}?(?<![模草虚])拟(?![定稿任制])(?=[\u4e00-\u9fff]{2})/;
const PROPOSAL = new RegExp(`${PROPOSAL_CUES.source}|(?:^|[，,])${REQUEST_SOURCE}`);
const YAOQIU_VERB = new RegExp(
  `(?<![的按照与和等些项新高总明确提出根据对符合落实达到满足贯彻相关有关工作进度目标基本具体严格])要求(?=各|全体|所有|相关|有关|${alternation(PROMPT_ADVERBS)}|其|他们|${alternation(ADDRESSEE_SUFFIXES, VAGUE_UNIT_NOUNS)}|[\\u4e00-\\u9fff]{2,8}(?:${alternation(MODAL_WORDS)}|在|于|把|将|对))`,
);
const NOT = new RegExp(alternation(PROHIBITIONS));
/** A soft modal, not the noun (「的支持」「辛勤努力表示敬意」「努力和汗水」). */
const SOFT = new RegExp(`(?<![的勤])${alternation(SOFT_MODALS)}(?!表示|和|与|的)`);
const ADVERB = alternation(TASK_ADVERBS).slice(3, -1);
const VERB = alternation(IMPERATIVE_VERBS).slice(3, -1);
const TIME_LEAD = '(?:(?:到|于|在)?[^，,；。]{0,10}(?:前|底|内|年|月|季度|汛期|期间)[，,]?)?';
const PLACE_LEAD = '(?:在[^，,；。]{1,24}?[，,]?)?';
/** A unit list before the verb in plans (「各有关部门、各市政府实现…」). */
const SUBJECT_LEAD = `(?:(?:各|省|市|县|区|乡|镇)[\\u4e00-\\u9fff]{0,12}?${alternation(LIST_ORGAN_SUFFIXES)}[、，,]?)*`;
const IMPERATIVE = new RegExp(`^${TIME_LEAD}${PLACE_LEAD}${SUBJECT_LEAD}(?:(?:${ADVERB})[，,]?)*(?:(?:${VERB})(?![率量数性者的是靠]|过程|在于|中(?![央国华共]))|将(?=[^，。；]{1,30}(?:纳入|列入|作为|落实|推进|建成|打造|提高|提升|放在|摆在|追究|查处|取消|给予|予以|实行|通报)))`);
/** 对…的，给予/予以/依法… (policy and sanction clauses). */
const CATEGORY = /^对(?:于)?[^；。]{1,80}?[，,]?(?:[^；。]{0,30}?)(?:给予|予以|依法|依规|一律|严肃|视情|按照|按)/;
/** How overlapping policies combine (「按照就高不重复原则执行」): a rule of application, not a task. */
const OVERLAP_RULE = /(?:就高|从高|从优|就优)(?:不重复|不叠加|原则)/;
/** The sanction formula 「发现一起、查处一起（、曝光一起）」: a standing order. */
const ZERO_TOLERANCE = /发现一起[、，,]\s*(?:查处|处理|曝光|通报|追责|问责)一起/;
/** A target with a figure: 不低于90%, 新建5个, 超过100个. */
const TARGET = new RegExp(
  `${alternation(TARGET_VERBS, TARGET_BOUNDS)}[^。；，,]{0,14}?(?:\\d+(?:\\.\\d+)?|[Xx×]{1,3}|(?<!第)[一二三四五六七八九十百千万两]+)\\s*${alternation(MEASURE_WORDS)}`,
);
/** A figure with 以上/以内/左右/不少于: 「新认定高新技术企业80家以上」. */
const APPROX_TARGET = new RegExp(
  `${alternation(TARGET_BOUNDS, ['力争'])}?\\s*(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千万两]+)\\s*${alternation(MEASURE_WORDS, HEDGED_MEASURE_WORDS)}${alternation(APPROX_WORDS)}|${alternation(LIMIT_BOUNDS)}\\s*\\d`,
);
/** A schedule in a notice: 「专项治理时间为2015年7月起至2017年底」. */
const SCHEDULE = /(?:时间|时限|期限|周期)(?:为|是|：|:)[^，。；]{0,6}\d{4}年/;
/**
 * Words that narrate the past or the present state. Not narration: 获得感 (a goal: 「增强群众获得感」), 在会上的
 * (an attributive), 较去年/比去年 (a comparison in a target), 正在考虑/研究 (an announced plan).
 */
const NARRATIVE = /了(?![解结])|已经|已(?=[\u4e00-\u9fff])|曾经|取得|得到|获得(?!感)|荣获|开创|先后|累计|同比|刚才|刚刚|今天|(?<!在)会上(?!的)|上午|下午|昨天|(?<![较比])去年(?!(?:出台|制定|确定|发布|实施)的)|今年以来|以来|过去|目前|当前|正在(?!考虑|研究|酝酿|筹划)|分别汇报|作了|召开了|出台了|印发了|发表了/;
/** 「到2027年，累计建成…」: a cumulative target by a future year, not a tally of the past. */
const CUMULATIVE_TARGET = /^(?:力争|争取)?到(?:20\d{2}|二〇[一二三四五六七八九〇]{2})年[^，,]{0,6}[，,]?(?:力争|争取)?累计/;
/**
 * Speech agenda at a clause's start (「下面，我讲三点意见」「请…汇报」「今天召开…」). nb. The agenda is two patterns, the
 * anchored openings and the phrases found anywhere (AGENDA_ANYWHERE, read only on a clause with a char each needs):
 * as one alternation it was tried from every position of every clause.
 */
const AGENDA_START =
  /^(?:下面|首先|接下来|最后)?[，,]?(?:我|我们)?(?:再)?(?:讲|谈|强调|提|说)(?:一下|几点|[一二三四五六七八九十两几]+(?:点|个方面|句话|条))|^(?:(?:首先|下面|接下来|现在|然后)[，,])?请(?![^，。]{0,12}(?:学习|研读|贯彻|传达))[^，。]{0,12}(?:汇报|讲话|发言|介绍|作|大家欢迎)|^(?:下面|现在)[，,]请|^(?:今天|这次)(?:我们)?(?:召开|开会|会议(?!以后|之后|后|结束))|^让我们/;
/** Announcing a speech (「还要作重要讲话」), applause, a request to review or agree (「请…审议」「赞同，请…」). */
const AGENDA_ANYWHERE = /(?:还|将|(?<![主重])要)(?:作|做)?(?:重要)?(?:讲话|致辞|发言)|让我们以热烈的掌声|(?:^|[，,])请[^，。；]{0,12}(?:审议|票决|审查|指正)|(?:赞同|同意|赞成)[，,]\s*(?:都|也)?请/;
/** A char every AGENDA_ANYWHERE match holds: 话/辞/言 of 讲话/致辞/发言, 掌 of 掌声, 请. */
const AGENDA_ANYWHERE_CHAR = /[话辞言掌请]/;
/** Questions are not orders (「这些资金从哪里来」). */
const QUESTION = /[？?]$|[吗呢]$/;
/** A modal inside an attributive of a definition (「是一场必须打好的突围战」) commands nothing. */
const DEFINITION = new RegExp(`是(?:一[场项个种条])?[^，。；]{0,6}${alternation(MODAL_WORDS)}[^，。；]{1,10}的[\\u4e00-\\u9fff]{1,8}$`);
/** 「…，是…的重要举措」: an evaluation of what precedes. */
const EVALUATION = /[，,]是[^，。；]{2,80}的(?:重要|具体|必然|有效|关键|根本|基本)?(?:举措|要求|行动|体现|保障|途径|手段|任务|内容|环节|前提|基础|抓手|工作|需要|选择)$/;
/** A clause that announces the list after it (「重点抓好以下工作」): the items are the tasks. */
const ANNOUNCE = /(?:以下|如下|下列|这么|这样)[^，。；]{0,6}(?:工作|任务|事项|几点|方面|要求|措施|意见|问题)$|(?:抓好|做好|突出|强调|提出)[一二三四五六七八九十两几]+(?:项|点|个方面|条)(?:工作|任务|要求|意见)?$/;
/**
 * Seeing and realising is no task (「我们也要清醒地看到…」「必须深刻认识到…」): the switch sentence before a problem list
 * [domain §3], or an exhortation to understand.
 */
const COGNITIVE = new RegExp(`^(?:[^，,；。]{0,16}[，,])?[^，,；。]{0,16}?${alternation(MODAL_WORDS)}(?:清醒地?|深刻地?|充分地?|客观地?|冷静地?)?(?:看到|认识到|意识到)`);
/** 「要缩小…差距，根本出路还在项目」: the goal before the comma is argued, the way out is stated, nothing is assigned. */
const ARGUED_GOAL = /^要[^，,；。]{2,30}[，,](?:根本|唯一|最终)?(?:出路|关键|根本|希望|潜力|动力|办法|途径)(?:还|就|也|仍)?在/;
/** Who decides (「会议决定」「经研究决定」「市教育局决定」), not what decides (「作风决定成效」). */
const DECIDER = new RegExp(`^(?:[^，,]{0,20}?(?:${alternation(DECIDER_SUFFIXES)}|我们|本单位)|经)(?:研究|讨论|审议)?决定(?!了|性|因素|作用)`);
/** 「关键要把握好“三个字”，就是“早、实、细”」: it announces a formulation, whose expansion follows (所谓“早”…). */
const WORD_FORMULA = /(?:把握|抓住|做到|突出|记住|体现)好?“[一二三四五六七八九十两几]+个字”/;
/** A statement of importance (「做好今年政府工作意义重大」) orders nothing. */
const WEIGHTY = /(?:意义重大|至关重要|十分重要|非常重要|尤为重要|责任重大|任务艰巨|使命光荣)$/;
/** Document meta: 「为…，制定本方案」「现将有关事项通知如下」. */
export const META = /(?:制定|印发|出台)(?:本|如下|以下)|特制定|(?:通知|纪要|报告|说明|公告|通报|明确)如下|现将[^，。]{0,20}(?:通知|印发)|决定如下|现就[^，。]{0,30}(?:通知|意见)如下/;
/** Exhortation-only predicates: kept as actions, but not core. */
export const EXHORTATION = /意识|站位|思想|认识|氛围|作风|精神|态度|担当|初心|使命|信心|决心|耐心|干劲|觉悟|境界|本领|能力|党性|纪律|规矩|底线|红线|情怀|政治|大局|使命感|责任感|紧迫感|荣誉感/;

export interface DirectiveOptions {
  /** The genre states tasks without modals (plans, notices, minutes): an imperative verb at any segment is one. */
  modalFree?: boolean;
  /** A target with a figure (新建5个, 增长6%左右) is a task without a modal (plans and the task part of a report). */
  targets?: boolean;
  /** The office's own directive words (settings lexicon): a clause with one, not narrating the past, is a directive. */
  extra?: readonly string[];
  /**
   * The clause is in the body of an item whose title gives the order (「一要抓牢“领”字。党委带头做好…」): a clause
   * that neither narrates nor explains carries that order.
   */
  governed?: boolean;
}

/** What explains or evaluates rather than orders (in a governed body): copulas and statements of weight. */
const EXPLAINS = /是|在于|关键|根本|意味着|说明|表明|体现|可以|能够|不仅|而且|因为|所以|如果|只有/;

/** The last clause narrates() read and its answer (the actions pass asks it of a clause twice in a row). */
let lastNarrated: string | null = null;
let lastNarrates = false;

/** Whether a clause narrates the past or the present state (the goal after 确保/力争 aside). */
export function narrates(clause: string): boolean {
  if (clause === lastNarrated) return lastNarrates;
  const goal = clause.replace(/(?:确保|力争|争取|努力|以便|使得?|让)[^；;]*$/, '');
  lastNarrates = NARRATIVE.test(CUMULATIVE_TARGET.test(goal) ? goal.replace(/累计/g, '') : goal);
  lastNarrated = clause;
  return lastNarrates;
}

/**
 * An evaluation or a definition (「推进垃圾分类，是改善人居环境的重要举措」「考试是检查学习效果的一种方法」
 * 「开展学习教育，基础在学，关键在做」「优秀生源事关学校长远发展」): a copula after the topic, or 基础在/关键在.
 */
const JUDGED =
  /^[^，,；。]{2,60}?(?<![要就还凡总但而于只正若可倒像别其即或])(?:是|事关|关系到|关乎)(?!否|不是|为了|[：:])|^[^，,；。]{2,60}[，,](?:也|还|更|都|则|正|才|仍|就)?是(?!否|不是)[^，,；。]{2,}|^[^，,；。]{2,60}[，,][^，,；。]{1,12}?(?<![要就还凡总但而于只正若可倒像别其即或])是(?!否|不是|[：:])[^，,；。]{2,}$|^[^，,；。]{2,60}[，,](?:基础|关键|重点|核心|根本|要害|难点|重心)(?:在于|在)/;
/** A belief or a prediction (「我相信，…一定能够…」「我们的事业一定会…」). */
const BELIEF = /^(?:我|我们)(?:相信|坚信|深信|确信)|一定(?:能够?|会)(?!议)/;
/** Reported speech (「列宁就说过：“…」「早在八十年前，…」) and an editor's note (「按：」「本报讯」): not the drafter's orders. */
const REPORTED = /^(?:早在|当年|那时|过去)|^(?:编者)?按[：:]|^本报讯|^新华社[^，。]{0,12}电/;
/** A quotation introduced by who said it (「列宁就说过：“…」), read only on a clause with an opening quote mark. */
const QUOTED = /(?:说过|讲过|写道|曾经说|曾说|反复说)[：:，,]?[“"]/;
/** A guiding-ideology lead (「以习近平新时代中国特色社会主义思想为指导」「坚持…的原则」), not a task. */
const IDEOLOGY = /^(?:[^，,；。：:]{0,12}[：:])?(?:坚持|始终坚持)?以[^，,；。]{2,60}?为(?:指导|指引|统领)|^坚持[^，,；。]{2,40}的(?:原则|方针|总基调)(?:[，,]|$)/;

/** What a signal reads of a clause, each part computed once per clause, on first use. */
export interface ClauseState {
  /** The clause without leading punctuation. */
  readonly c: string;
  /** Its last char (the patterns anchored at the end are read only when it is one they can end with). */
  readonly last: string;
  /** The clause with its 要 false friends blanked (「可能要」「要我说」). */
  readonly modal: string;
  /** Whether it narrates the past or the present state. */
  readonly narrative: boolean;
  /** Whether it has a modal word (strong, prohibition, 要, 应当/应该/需要/不必). */
  readonly hasModal: boolean;
  /** The four modal tests hasModal and the modal signals share: strong modal, prohibition, 要, medium modal. */
  readonly strongModal: boolean;
  readonly prohibition: boolean;
  readonly yao: boolean;
  readonly mediumModal: boolean;
  readonly options: DirectiveOptions;
}

/**
 * A clause's state, read lazily (nb. a clause decided by an early signal never needs narrates(), and hasModal and the
 * modal signals ran the same four patterns twice).
 */
class Clause implements ClauseState {
  private m: string | undefined = undefined;
  private n: boolean | undefined = undefined;
  private s: boolean | undefined = undefined;
  private p: boolean | undefined = undefined;
  private y: boolean | undefined = undefined;
  private d: boolean | undefined = undefined;
  c = '';
  last = '';
  options: DirectiveOptions = {};
  /** Reads a new clause: what was computed for the one before is forgotten. */
  reset(c: string, options: DirectiveOptions): this {
    this.m = undefined;
    this.n = undefined;
    this.s = undefined;
    this.p = undefined;
    this.y = undefined;
    this.d = undefined;
    this.c = c;
    this.last = c[c.length - 1]!;
    this.options = options;
    return this;
  }
  get modal(): string {
    // nb. Skipped when the clause lacks the char every false friend holds (YAO_FALSE_CHAR).
    return (this.m ??= YAO_FALSE_CHAR.test(this.c) ? this.c.replace(YAO_FALSE, (w) => '·'.repeat(w.length)) : this.c);
  }
  get narrative(): boolean {
    // The 对…的 condition describes whom it concerns (「对获得…奖的个人」), not what happened (both patterns need 对).
    const c = this.c;
    return (this.n ??= narrates(c.includes('对') ? c.replace(/^对(?:于)?[^，,；。]{2,60}?的[^，,；。]{0,12}[，,]/, '').replace(/对(?:于)?[^，,；。]{2,30}?的/g, '') : c));
  }
  get strongModal(): boolean {
    return (this.s ??= STRONG_MODAL.test(this.c));
  }
  get prohibition(): boolean {
    return (this.p ??= NOT.test(this.c));
  }
  // nb. A clause without 要 (or without 应, 必 or 需) has no modal of that kind: its blanked copy is then not made.
  get yao(): boolean {
    return (this.y ??= this.c.includes('要') && YAO.test(this.modal));
  }
  get mediumModal(): boolean {
    return (this.d ??= (this.c.includes('应') || this.c.includes('必') || this.c.includes('需')) && MEDIUM_MODAL.test(this.modal));
  }
  get hasModal(): boolean {
    return this.strongModal || this.prohibition || this.yao || this.mediumModal;
  }
}

/**
 * One named signal of the action decision: its id (kept in an action's `because`), a made-up clause it decides, the
 * options that clause is read with, and the strength it gives — null for a veto, which decides that the clause is no
 * directive. Signals are tried in order; the first that holds decides.
 */
export interface DirectiveSignal {
  id: string;
  example: string;
  exampleOptions?: DirectiveOptions;
  strength: Strength | null;
  test: (s: ClauseState) => boolean;
}

const ASSIGNMENT =
  /(?:^|[，,])(?:分别)?由[^，,。；]{2,30}?(?:牵头|负责|会同|组织|发出|开展|实施|统筹|督促|进行|承办|办理|落实|先行|测算|研究提出|提出|起草|拟定|制定|编制|核实|调查|协调|修改|修订|汇总|审核|对接|跟进)|^[^，,]{2,30}牵头[，,][^，,]{2,40}(?:配合|参与)/;
const ADVERB_LEAD = new RegExp(`^(?:[^，,]{0,16}[，,])?${alternation(ORDER_LEADS)}`);

// Gates: a char (or word) every match of a signal's pattern holds, tested first where the pattern would try every
// position (是 of DEFINITION, EVALUATION and JUDGED, 决定 of DECIDER …).
/** The last chars QUESTION, ANNOUNCE and WEIGHTY can end with (each is anchored at the clause's end only). */
const QUESTION_END = '？?吗呢';
const ANNOUNCE_END = '作务项点面求施见题条';
const WEIGHTY_END = '大要巨荣';
/** “ or ", which QUOTED ends with. */
const QUOTE_CHAR = /[“"]/;
/** 制定/印发/出台…, 特制定, …如下, 现将…, 现就…. */
const META_CHAR = /[制印出如现]/;
/** 建议, 试试看/试一试, …一下, 正在…, 拟…, 请…. */
const PROPOSAL_CHAR = /[议试下正拟请]/;

/** The action decision, in order. Gates (a char every match of the pattern holds) come before the costlier patterns. */
export const DIRECTIVE_SIGNALS: readonly DirectiveSignal[] = [
  { id: 'agenda', example: '下面，我讲三点意见', strength: null, test: (s) => AGENDA_START.test(s.c) || (AGENDA_ANYWHERE_CHAR.test(s.c) && AGENDA_ANYWHERE.test(s.c)) },
  { id: 'question', example: '这些资金从哪里来？', strength: null, test: (s) => QUESTION_END.includes(s.last) && QUESTION.test(s.c) },
  { id: 'definition', example: '推动项目落地是一场必须打好的突围战', strength: null, test: (s) => s.c.includes('是') && DEFINITION.test(s.c) },
  { id: 'evaluation', example: '推进垃圾分类，是改善人居环境的重要举措', strength: null, test: (s) => s.c.includes('是') && EVALUATION.test(s.c) },
  { id: 'meta', example: '现将会议议定事项纪要如下', strength: null, test: (s) => META_CHAR.test(s.c) && META.test(s.c) },
  { id: 'announce', example: '为实现上述目标，重点抓好以下工作', strength: null, test: (s) => ANNOUNCE_END.includes(s.last) && ANNOUNCE.test(s.c) },
  { id: 'weighty', example: '做好今年政府工作意义重大', strength: null, test: (s) => WEIGHTY_END.includes(s.last) && WEIGHTY.test(s.c) },
  { id: 'cognitive', example: '我们必须深刻认识到抓项目就是抓发展', strength: null, test: (s) => s.c.includes('到') && COGNITIVE.test(s.c) },
  { id: 'argued-goal', example: '要缩小与先进地区的差距，根本出路还在项目', strength: null, test: (s) => ARGUED_GOAL.test(s.c) },
  { id: 'word-formula', example: '我看关键要把握好“三个字”，就是“早、实、细”', strength: null, test: (s) => s.c.includes('个字') && WORD_FORMULA.test(s.c) },
  { id: 'overlap-rule', example: '对同时符合其他政策的，按照就高不重复原则执行', strength: null, test: (s) => /[高优]/.test(s.c) && OVERLAP_RULE.test(s.c) },
  { id: 'judged', example: '优秀师资事关学校长远发展', exampleOptions: { modalFree: true }, strength: null, test: (s) => !s.hasModal && /[是关在]/.test(s.c) && JUDGED.test(s.c) },
  { id: 'belief', example: '我相信，我们的目标一定能够实现', strength: null, test: (s) => !s.hasModal && /信|一定/.test(s.c) && BELIEF.test(s.c) },
  { id: 'reported', example: '按：3月5日，县委召开全县经济工作会议', exampleOptions: { modalFree: true }, strength: null, test: (s) => !s.hasModal && (REPORTED.test(s.c) || (QUOTE_CHAR.test(s.c) && QUOTED.test(s.c))) },
  // ideology: IDEOLOGY needs 坚持 at the start, or 为指导/为指引/为统领 (read first: the pattern tries up to 60 chars).
  { id: 'ideology', example: '坚持以新发展理念为指导，推动高质量发展', exampleOptions: { modalFree: true }, strength: null, test: (s) => !s.hasModal && (s.c.startsWith('坚持') || s.c.includes('为指') || s.c.includes('为统')) && IDEOLOGY.test(s.c) },
  { id: 'strong-modal', example: '各乡镇必须严格对照节点推进', strength: 'strong', test: (s) => s.strongModal },
  { id: 'prohibition', example: '这件事不要再层层发文件', strength: 'strong', test: (s) => s.prohibition && !s.narrative },
  { id: 'strong-adverb', example: '确保按期开工', strength: 'strong', test: (s) => STRONG_ADV.test(s.c) && !s.narrative },
  { id: 'modal-yao', example: '各部门要看准时机加快推进', strength: 'medium', test: (s) => s.yao },
  { id: 'yaoqiu', example: '要求各单位立即停止违规行为', strength: 'medium', test: (s) => YAOQIU_VERB.test(s.c) },
  { id: 'medium-modal', example: '各级党组织应该主动关心青年干部成长', strength: 'medium', test: (s) => s.mediumModal },
  { id: 'proposal', example: '我建议这次会议先把试点方案定下来', strength: 'medium', test: (s) => PROPOSAL_CHAR.test(s.c) && PROPOSAL.test(s.c) },
  { id: 'decider', example: '会议决定成立项目建设领导小组', strength: 'medium', test: (s) => s.c.includes('决定') && DECIDER.test(s.c) },
  { id: 'assignment', example: '由县发改局牵头，县财政局配合', strength: 'medium', test: (s) => /[由牵]/.test(s.c) && ASSIGNMENT.test(s.c) && !/了(?![解结])/.test(s.c) },
  { id: 'narrative', example: '去年我们立即召开了专题会议', strength: null, test: (s) => s.narrative },
  { id: 'office-word', example: '基层减负抓实见效', exampleOptions: { extra: ['抓实见效'] }, strength: 'medium', test: (s) => !!s.options.extra?.some((w) => w && s.c.includes(w)) },
  { id: 'category', example: '对首次认定的企业给予每家最高20万元补助', strength: 'medium', test: (s) => CATEGORY.test(s.c) },
  { id: 'zero-tolerance', example: '对有偿补课行为，发现一起、查处一起', strength: 'medium', test: (s) => s.c.includes('发现一起') && ZERO_TOLERANCE.test(s.c) },
  { id: 'soft-modal', example: '力争早日竣工投运', strength: 'soft', test: (s) => SOFT.test(s.c) && !IMPERATIVE.test(s.c) },
  { id: 'imperative', example: '年底前，建成县级政务服务平台', strength: 'medium', test: (s) => IMPERATIVE.test(s.c) },
  { id: 'target', example: '城乡居民人均收入增长6%左右', exampleOptions: { targets: true }, strength: 'medium', test: (s) => !!(s.options.modalFree || s.options.targets) && (TARGET.test(s.c) || APPROX_TARGET.test(s.c)) },
  { id: 'schedule', example: '专项治理时间为2027年3月起至2028年底', exampleOptions: { modalFree: true }, strength: 'medium', test: (s) => !!s.options.modalFree && s.c.includes('年') && SCHEDULE.test(s.c) },
  { id: 'imperative-segment', example: '按照统筹规划、分步实施的原则，建立健全联动机制', exampleOptions: { modalFree: true }, strength: 'medium', test: (s) => !!s.options.modalFree && s.c.split(/[，,]/).some((seg) => IMPERATIVE.test(seg.trim())) },
  { id: 'adverb-lead', example: '这件事，抓紧拿出方案', strength: 'medium', test: (s) => ADVERB_LEAD.test(s.c) },
  // Judged by what the clause opens with: 「党委带头做好…，…，真正体现党组织先进性」 orders, then says why.
  { id: 'governed', example: '党委带头做好支部书记的引领工作', exampleOptions: { governed: true }, strength: 'medium', test: (s) => !!s.options.governed && !EXPLAINS.test(s.c.split(/[，,]/)[0]!) },
];

/**
 * The one clause state every decision reads, reset per clause (nb. not a new object per clause: V8 drops the shape of
 * objects that are all gone at a garbage collection, and with it the optimized code of every signal test that had
 * read one — they were compiled anew after every analyze, about as much CPU time as the decisions themselves).
 */
const STATE = new Clause();

/** The signal that decides a clause (a veto gives strength null), or null when none holds. */
export function decideDirective(clause: string, options: DirectiveOptions = {}): DirectiveSignal | null {
  const c = clause.replace(/^[\s，,；;：:]+/, '');
  if (!c) return null;
  const state = STATE.reset(c, options);
  for (const sig of DIRECTIVE_SIGNALS) if (sig.test(state)) return sig;
  return null;
}

/** Strength of the directive in a clause, or null when the clause is not a directive. */
export function directiveStrength(clause: string, options: DirectiveOptions = {}): Strength | null {
  return decideDirective(clause, options)?.strength ?? null;
}

/**
 * Polarity of an enumeration [domain §3]: problems vs. achievements vs. tasks, decided by the lead-in and its
 * preceding sentence, the section headings and the wording of the items — never by the marker. 「着眼于解决突出问题」
 * announces tasks whose object is a problem; 「主要表现在：一是进一步完善了…」 announces achievements.
 */
import type { Polarity } from '../../schema/analysis';
import type { Line } from '../text/lines';
import { alternation } from '../lexicon/alternation';
import { MODAL_WORDS, PROBLEM_YAO_SOURCE, SUBJECT_MODALS, YAO_SOURCE } from '../lexicon/modals';
import { achievementPredicates, misconductWords, problemNouns, problemPredicates, problemTaskVerbs, problemTurns } from '../lexicon/problems';
import { SOME_OF_NOUNS, SOME_OF_QUALIFIERS } from '../lexicon/units';
import { TASK_OPENINGS } from '../lexicon/verbs';
import type { EnumerationRec } from '../types';

const NOUNS = alternation(problemNouns);
export const PROBLEM_CUE = new RegExp(`${NOUNS}|${alternation(problemTurns)}`);
const PROBLEM_LEAD = new RegExp(
  `(?:存在|面临|暴露|反映|主要|突出|具体|集中)[^。；]{0,16}${NOUNS}|(?:问题|不足|差距|短板|缺点|弊端)[^。；]{0,8}(?:表现为|表现在|主要是|主要有|有以下|如下|是)|(?:缺点|不足|问题)表现|表现和危害|不容忽视|清醒(?:地|的)?(?:看到|认识到)|努力不够|还不够|不到位|不理想|不平衡|不充分`,
);
/** A directive whose object is a problem: the list that follows is tasks. */
export const TASK_ON_PROBLEM = new RegExp(`${alternation(problemTaskVerbs)}[^。；，]{0,14}(?:问题|不足|短板|瓶颈|困难|弱项|难题)`);
const TASK_CUE = new RegExp(`下一步|下步|下阶段|今后|(?:重点|着力|主要)(?:抓好|做好|推进|任务)|工作(?:要求|打算|安排|措施|任务|重点)|会议(?:要求|议定|决定|明确|同意)|措施|举措|意见|建议|要求|原则|抓好|做好|做到|下功夫|着力|突破|实现|强调|${alternation(SUBJECT_MODALS)}|${YAO_SOURCE}`);
const ACH_CUE = /成绩|成效|成果|成就|经验|做法|亮点|进展|变化|肯定|可喜|显著|明显|取得|完成|提升了|提高了|增强了|意义|作用|好处|优势|特点|收获/;
/** A lead-in that announces results (「取得了以下成效」「值得充分肯定」「主要表现在」 after 意义). */
const ACH_LEAD = /成绩|成效|成果|成就|亮点|可喜|取得|值得(?:充分)?肯定|来之不易|变化|收获|意义|好处/;

/** An item that says something falls short, or names misconduct. */
export const PROBLEM_PRED = new RegExp(`${alternation(problemPredicates, misconductWords)}|差(?=[、，。；]|$)|(?:规模|总量|体量|实力|块头)(?:偏|较|太)?小`);
const ACH_PRED = new RegExp(`了(?![解])|增长\\d|创[^。，]{0,6}(?:新高|最好|历史)|${alternation(achievementPredicates)}`);
const TASK_PRED = new RegExp(`^${alternation(MODAL_WORDS, TASK_OPENINGS)}`);
/** A modal in an item (「…要在三季度具备通水条件」): it orders, it reports nothing. */
const ITEM_MODAL = new RegExp(`${PROBLEM_YAO_SOURCE}|${alternation(SUBJECT_MODALS, ['确保', '力争'])}`);
/** One-character openings of a task (「重实干」「把…」「严…」): a task only when the item names no shortfall (「重复检查多」). */
const TASK_PRED_WEAK = /^(?:应(?!急)|需|在|以|把|让|对|从|向|靠|讲|谋|重|保|稳|拼|抢|比|争|敢|善|勇|严|细|实|快|早|准|真)/;

/** A title that ends in a negation (「监督检查不经常」), not a resolve (「决不放松」「毫不动摇」). */
const NEGATED_END = /(?<![决毫绝永并])不[\u4e00-\u9fff]{1,2}$/;
/** Some of the people or units as an item's subject (「一些干部」「个别单位」「少数党员」). */
const SOME_OF = new RegExp(`^(?:一些|个别|少数|部分|有些|有的)${alternation(SOME_OF_QUALIFIERS)}?${alternation(SOME_OF_NOUNS)}`);

/** A lead-in that looks back (「回顾四个多月的主题教育，我们着力“十抓”推进工作」「主要做了以下工作」). */
const RETRO_LEAD = /^回顾|(?:主要|重点|着重|先后)做了|(?:开展|抓)了[^。；]{0,10}(?:以下|如下|几项|几个方面)|(?:以来|过去[^。；]{0,6}年)[，,]我们/;

/** Problems vs. achievements vs. tasks for one enumeration. */
export function classifyPolarity(rec: EnumerationRec, lines: Line[]): Polarity {
  void lines;
  const lead = rec.leadIn ?? '';
  const context = rec.context;
  const titles = rec.items.map((i) => i.title);
  // nb. Each pattern is read once per lead-in and per title below (several were read three or four times).
  const problemPred = titles.map((t) => PROBLEM_PRED.test(t));
  // An item with a modal (「…要在三季度具备通水条件」) orders; it reports nothing, whatever verb it uses.
  const itemModal = titles.map((t) => ITEM_MODAL.test(t));
  const leadProblem = PROBLEM_CUE.test(lead);
  const leadTask = TASK_CUE.test(lead);
  const leadTaskOnProblem = TASK_ON_PROBLEM.test(lead);
  const leadAchievement = ACH_CUE.test(lead);
  // A shortfall word, a title that ends in a negation (「工作措施不扎实」), or some of the people or units as its subject
  // (「一些干部热衷于…」「个别科室把…」) when it reports no result.
  const pItems = titles.filter((t, i) => problemPred[i] || NEGATED_END.test(t) || (SOME_OF.test(t) && !ACH_PRED.test(t))).length / Math.max(1, titles.length);
  const aItems = titles.filter((t, i) => ACH_PRED.test(t) && !itemModal[i]).length / Math.max(1, titles.length);
  // An item that says what was done (「进一步完善了…」) reports a result, whatever verb it opens with.
  const taskOpening = (t: string, i: number) => TASK_PRED.test(t) || (TASK_PRED_WEAK.test(t) && !problemPred[i]);
  const tItems = titles.filter((t, i) => (taskOpening(t, i) && !/了(?![解结])/.test(t)) || itemModal[i]).length / Math.max(1, titles.length);
  const section = rec.section.map((s) => s.title).join(' ');

  let score = 0;
  if (PROBLEM_LEAD.test(lead) || (PROBLEM_PRED.test(lead) && /表现|主要有|体现在|如下|以下/.test(lead))) score += 3;
  // A lead-in that closes on a shortfall (「…方面还有欠缺：」) announces what falls short.
  else if (leadProblem || PROBLEM_PRED.test(lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')) + 1))) score += 2;
  // A short lead-in that says nothing itself (「具体来说」「主要表现在」) leaves the turn to the sentence before it.
  const bareLead = lead.length <= 8 && !leadProblem && !leadTask && !leadAchievement && !leadTaskOnProblem;
  if (PROBLEM_LEAD.test(context) || PROBLEM_CUE.test(context)) score += bareLead ? 2 : 1;
  if (leadTaskOnProblem) score -= 4;
  else if (leadTask && !leadProblem) score -= 2;
  if (leadAchievement && !leadProblem) score -= 2;
  if (/问题|不足|差距|短板|困难|挑战/.test(section)) score += 1;
  if (/成绩|成效|回顾|进展|主要做法/.test(section)) score -= 1;
  if (rec.family === 'youde') score += 1;
  if (rec.family === 'shi-要') score -= 2;
  score += 3 * pItems - 3 * aItems - 2 * tItems;

  if (score >= 2.5 && pItems >= 0.4) return 'problem';
  // Short noun items (「市场的冰山、融资的高山」) say nothing themselves: a problem lead-in decides.
  if (score >= 2.5 && leadProblem && aItems === 0 && tItems === 0 && titles.every((t) => t.length <= 8)) return 'problem';
  // Looking back, with no order in the lead-in or the items: what was done.
  if (RETRO_LEAD.test(lead) && !ITEM_MODAL.test(lead) && !itemModal.some(Boolean)) return 'achievement';
  // Achievements need their own evidence: items that report results, or a results lead-in that gives no orders.
  const taskLead = leadTask || leadTaskOnProblem || rec.family === 'shi-要';
  if (aItems >= 0.5 && aItems > tItems) return 'achievement';
  if (ACH_LEAD.test(lead) && !taskLead && tItems < 0.5) return 'achievement';
  if (taskLead || tItems >= 0.5) return 'task';
  return 'neutral';
}

/**
 * Directive language [domain §4.1]: is a clause a directive (something someone must do), and how strong? Modal
 * markers (必须/要/力争…) decide; `要` false friends (主要, 重要, 需要 as a noun, 要素 …) and the noun 要求 do not count.
 * Bare adverbs (立即, 进一步 …) and imperative verb openings count only in clauses that do not narrate the past
 * (了, 已经, 取得, 刚才 …); speech agenda (下面，我讲…) and reporting (请…汇报) are not directives.
 */
import type { Strength } from '../../schema/analysis';

const STRONG = /必须|务必|务须|一定要|坚决|确保|严禁|不得|禁止|杜绝|决不|绝不|千万不能|千万不要|严格|不准|不许|不能(?=[^，。；]{0,4}(?:上交|推诿|敷衍|拖延|松懈|放松|懈怠|搞|有))/;
const YAO = /(?<![主重纲摘只概提紧首简机政显需想不还若就])要(?![素点闻件害员地冲务求是不然么])/;
const YAO_AFTER = /(?:还|就|都|也|更|尤其|首先|一定|务必|必须)要(?![素点闻件害员地冲务是不然么])/;
const YAOQIU_VERB = /(?<![的按照与和等些项新高总明确提出根据对符合落实达到满足贯彻相关有关工作进度目标基本具体严格])要求(?=各|全体|所有|相关|有关|立即|马上|严格|切实|其|他们|学校|单位|企业|部门|[\u4e00-\u9fff]{2,8}(?:要|必须|务必|在|于|把|将|对))/;
const NOT = /不要|不得|不准|不许|严禁|禁止|杜绝/;
const MEDIUM = /应当|应该|须(?![知])|切实|抓紧|尽快|加快|全力|着力|狠抓|扎实|认真|立即|马上|及时|迅速|进一步|持续|全面|大力|积极|深入|加大|抓好|做好|落实好|坚持|请/;
const SOFT = /力争|争取|努力|鼓励|探索|推动|支持|引导|倡导|提倡/;
/** Clause openings that are commands in plans, notices and task lists (after an optional time phrase). */
const IMPERATIVE =
  /^(?:(?:[^，,]{0,12}(?:前|底|内|年|月|季度)[，,])?(?:积极|大力|全面|深入|继续|不断|重点|统筹|加快|进一步|切实|认真|扎实|全力|着力|持续|尽快|及时|严格|逐步|稳步|有序|抓紧|集中|主动|坚决|依法|广泛|适时|每年|分别)?)(?:推进|推动|加强|加快|完善|建设|建立|健全|实施|开展|制定|落实|强化|深化|提升|提高|优化|扩大|培育|打造|构建|组织|引导|鼓励|支持|实现|完成|整合|规范|坚持|统筹|探索|发挥|编制|启动|做好|抓好|确保|促进|出台|修订|设立|成立|组建|筹建|开工|建成|新建|改造|推广|应用|谋划|储备|争取|申报|招引|引进|培养|选派|督促|指导|检查|排查|清理|整治|整改|治理|查处|严查|纠正|防范|化解|保障|落地|召开|举办|开设|设置|编印|印发|公布|发布|报送|上报|梳理|拉出|倒排|细化|分解|压实|明确|对接|衔接|协调|配合|参与|牵头|负责|对[^，,；。]{1,40}[，,]?(?:给予|予以|实行|按|一律|要|应|进行|开展|实施|建立|加强|采取))/;
const NARRATIVE = /了(?![解结])|已经|已(?=[\u4e00-\u9fff])|曾经|取得|得到|获得|荣获|开创|先后|累计|同比|刚才|刚刚|今天|会上|上午|下午|昨天|去年|今年以来|以来|过去|目前|当前|正在|分别汇报|作了|召开了?|出台了|印发了|发表了|回顾|总结/;
const AGENDA = /^(?:下面|首先|接下来|最后)?[，,]?(?:我|我们)?(?:再)?(?:讲|谈|强调|提|说)(?:一下|几点|[一二三四五六七八九十两几]+(?:点|个方面|句话|条))|^(?:(?:首先|下面|接下来|现在|然后)[，,])?请[^，。]{0,12}(?:汇报|讲话|发言|介绍|作|大家欢迎)|^(?:下面|现在)[，,]请|^(?:今天|这次)(?:我们)?(?:召开|开会|会议)/;
/** Questions are not orders (「这些资金从哪里来？」). */
const QUESTION = /[？?]$|(?:哪里|怎么|如何|什么|为什么|吗|呢)[^，。；]{0,4}$/;
/** A modal inside an attributive of a definition (「是一场必须打好的突围战」) commands nothing. */
const DEFINITION = /是(?:一[场项个种条])?[^，。；]{0,6}(?:必须|要|需要)[^，。；]{1,10}的[\u4e00-\u9fff]{1,8}$/;
/** Exhortation-only predicates: kept as actions, but not core. */
export const EXHORTATION = /意识|站位|思想|认识|氛围|作风|精神|态度|担当|初心|使命|信心|决心|耐心|干劲|觉悟|境界|本领|能力|党性|纪律|规矩|底线|红线|情怀|觉悟|政治|大局|使命感|责任感|紧迫感|荣誉感/;

/** Strength of the directive in a clause, or null when the clause is not a directive. */
export function directiveStrength(clause: string): Strength | null {
  const c = clause.replace(/^[\s，,；;：:]+/, '');
  if (!c || AGENDA.test(c) || QUESTION.test(c) || DEFINITION.test(c)) return null;
  const narrative = NARRATIVE.test(c);
  if (STRONG.test(c) || (NOT.test(c) && !narrative)) return 'strong';
  if (YAO.test(c) || YAO_AFTER.test(c) || YAOQIU_VERB.test(c)) {
    // 「要」 after a past narrative clause (「我们要求…了」) still commands; a question (「要不要」) does not.
    if (/要不要|要么|要是|只要|想要/.test(c) && !/(?:必须|务必)/.test(c)) return null;
    return 'medium';
  }
  if (narrative) return null;
  if (SOFT.test(c) && !MEDIUM.test(c) && !IMPERATIVE.test(c)) return 'soft';
  if (IMPERATIVE.test(c)) return 'medium';
  if (/^(?:[^，,]{0,16}[，,])?(?:切实|抓紧|尽快|加快|全力|着力|狠抓|扎实|认真|立即|马上|及时|迅速|进一步|持续|大力|积极|深入|加大|坚持|请)/.test(c)) return 'medium';
  if (SOFT.test(c)) return 'soft';
  return null;
}

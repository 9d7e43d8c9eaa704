/**
 * Modal words [domain §4.1]: what turns a clause into an order, by strength, and the 要 that is no modal. Every pass
 * that asks "is there a modal here?" builds its pattern from these lists (through `alternation`), so a modal is
 * added in one place.
 */
import { alternation } from './alternation';

/** Strong: an order or a prohibition (必须, 严禁, 不允许 …). */
export const STRONG_MODALS = ['必须', '务必', '务须', '一定要', '严禁', '不得', '禁止', '杜绝', '决不', '绝不', '千万不能', '千万不要', '不准', '不许', '不允许', '不容许'] as const;

/** 绝不能 / 决不能: a prohibition that orders (「…绝不能松劲」), unlike a bare 绝不 describing a work style (「跑升迁绝不松心」). */
export const NEVER_MODALS = ['绝不能', '决不能'] as const;

/** Adverbs that make a clause strong when it does not narrate (确保…, 坚决…). */
export const STRONG_ADVERBS = ['确保', '坚决', '严格'] as const;

/** Prohibitions, which stay orders even after 不. */
export const PROHIBITIONS = ['不要', '不得', '不准', '不许', '严禁', '禁止', '杜绝', '不允许', '不必'] as const;

/**
 * Medium modals besides 要: 应当, 应该 (not 「应该说」「应该是」, which judge), 需要 as a verb (see NEED_VERB), 须.
 * 「不必」 tells what need not be done, which is an instruction too.
 */
export const MEDIUM_MODALS = ['应当', '应该', '不必'] as const;

/** Soft: aspiration (力争, 争取 …). */
export const SOFT_MODALS = ['力争', '争取', '努力', '鼓励', '探索', '推动', '支持', '引导', '倡导', '提倡'] as const;

/** Characters before 要 that make a word of it (主要, 重要, 必要, 需要, 纲要, 只要 …). */
const YAO_WORD_BEFORE = ['主', '重', '必', '纲', '摘', '只', '概', '提', '紧', '首', '简', '机', '政', '显', '需', '想', '不', '若'] as const;
/** Characters after 要 that make a word of it (要素, 要点, 要闻, 要求, 要是 …); 要冲 unless 要冲锋. */
const YAO_WORD_AFTER = ['素', '点', '闻', '件', '害', '员', '地', '务', '求', '是', '不', '然', '么'] as const;

/** Characters before 要 that make a word of it in talk of problems and work styles: 卡要 (吃拿卡要), 靠要 (等靠要). */
export const YAO_PROBLEM_BEFORE = ['卡', '靠'] as const;

/** The modal 要 without its false friends, as a pattern source; `before` adds characters that make a word of it. */
export function yaoSource(before: readonly string[] = []): string {
  return `(?<![${[...YAO_WORD_BEFORE, ...before].join('')}])要(?![${YAO_WORD_AFTER.join('')}]|冲(?!锋))`;
}

/** The modal 要, without its false friends. */
export const YAO_SOURCE = yaoSource();

/** The modal 要 in a list of problems or work styles, where 等靠要 and 吃拿卡要 name a problem, not an order. */
export const PROBLEM_YAO_SOURCE = yaoSource(YAO_PROBLEM_BEFORE);

/**
 * 要 that neither orders nor binds: a prediction or a courtesy (「可能要三五年」「要我说」「要不要」), a condition
 * (要么, 只要, 要是) and 要 inside a word the character filter misses (重要讲话 is filtered; 要讲话 after 主 is too).
 */
export const YAO_FALSE_FRIENDS = ['要不要', '要么', '要是', '只要', '想要', '可能要', '恐怕要', '大概要', '也许要', '估计要', '总要', '要我说', '要我看', '要我做', '我要说', '我也要说', '我还要说', '我想说', '就要到', '快要', '将要'] as const;

/**
 * 需要 as a verb (「仍然需要大力肃清」「需要结合…进行」), not the noun (「工作需要」「满足…的需要」「根据需要」) nor an
 * attributive (「需要解决的问题」「需要知识的力量」).
 */
export const NEED_VERB = '(?<![的满足适应根据按照出于工作发展实际现实形势客观不自])需要(?![的。，,；;、是]|$|[^，。；的]{1,6}的)';

/** 应该 as an order, not a judgement (「应该说」「应该是」「应该会」「应该够了」). */
export const SHOULD_VERB = '应该(?![说是会能够有])';

/** 「这项制度非改不可」: a strong order without a modal word. */
export const MUST_PATTERN = '非[\\u4e00-\\u9fff]{1,4}不可';

/** Any strong modal, as a pattern source. */
export const STRONG_SOURCE = `${alternation(STRONG_MODALS)}|${MUST_PATTERN}`;

/** A request or proposal in a speech: 「都请同志们…」「请大家认真学习…」「我建议…」 (not 「请予审议」 to delegates). */
export const REQUEST_SOURCE = '(?:都|也|还|再|就)?请(?=大家|同志们|各位(?!代表)|你们|各[\\u4e00-\\u9fff]{1,10}|有关|相关|全体)(?![^，。；]{0,12}(?:审议|审查|指正|批评|提出意见))';

/** The modal words a subject takes before its task (「各镇一定要」「各部门必须」「各级党组织应当」), 要 aside. */
export const SUBJECT_MODALS = ['一定要', '务必', '必须', '应当'] as const;

/** Modals of written orders that end a subject too (「各单位须于…前报送」「各地需要…」). */
export const WRITTEN_MODALS = ['须', '需要'] as const;

/** Every modal word that binds a subject, 要 as a plain word: for patterns that read a modal's place (「是一场必须打好的突围战」). */
export const MODAL_WORDS = ['要', ...SUBJECT_MODALS, ...WRITTEN_MODALS] as const;

/** Any modal that can follow a subject (「各镇一定要」「各级党组织应该」), as a pattern source. */
export const MODAL_SOURCE = `${alternation(SUBJECT_MODALS)}|${YAO_SOURCE}|${SHOULD_VERB}|${NEED_VERB}`;

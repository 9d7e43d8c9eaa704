/**
 * Measure words of a target with a figure [domain §4.1]: 「新建5个」「增长6%左右」「新认定高新技术企业80家以上」「改造农村
 * 公路300公里」. Plain arrays; the directive's target signals build their patterns from them with `alternation()`.
 */

/** What a figure counts or measures in a target (%, 个百分点, 亿元, 个, 家, 公里 …). */
export const MEASURE_WORDS = [
  '%', '％', '个百分点', '亿元', '万元', '元', '万人', '人', '个', '家', '户', '项', '公里', '平方米', '亩', '万吨', '吨', '倍', '件', '所', '座',
  '次', '批', '条', '套',
] as const;

/**
 * Measure words that make a target only with a hedge after the figure (「整治隐患点20处以上」): after a verb alone they
 * count things done, not a target (「完成五张清单任务」).
 */
export const HEDGED_MEASURE_WORDS = ['处', '张'] as const;

/** Limits before a figure (「不低于90%」「不超过3天」): with a figure after them, a target whatever follows. */
export const LIMIT_BOUNDS = ['不少于', '不低于', '不超过'] as const;

/** Bounds before a figure that make it a target (「不低于90%」「超过100个」「达到80家」). */
export const TARGET_BOUNDS = [...LIMIT_BOUNDS, '超过', '达到'] as const;

/** How a target's figure is hedged after it (「80家以上」「6%左右」「3%以内」). */
export const APPROX_WORDS = ['以上', '以内', '左右'] as const;

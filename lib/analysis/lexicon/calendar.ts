/**
 * Calendar words of deadlines [domain §4.3]: holidays (with how their date is found — a solar day, a lunar day
 * resolved through the chinese calendar, or the 清明 term), seasons that have no date (汛期, 寒假), and the period
 * words a plan or report uses as its time frame (全年, 今明两年, 利用三年左右时间). Plain arrays; the deadline
 * extractor builds its patterns from them with `alternation()`.
 */

export interface Holiday {
  /** The names a draft uses; the first is the canonical one. */
  names: readonly string[];
  /** Names that read as a holiday only in quotes (“七一”, “十一”) or before 节: bare they are numbers. */
  quotedOnly?: readonly string[];
  solar?: [month: number, day: number];
  lunar?: [month: number, day: number];
  /** 除夕: the day before 正月初一. */
  eve?: boolean;
  term?: 'qingming';
}

export const HOLIDAYS: readonly Holiday[] = [
  { names: ['元旦'], solar: [1, 1] },
  { names: ['春节', '农历新年'], lunar: [1, 1] },
  { names: ['除夕'], eve: true },
  { names: ['元宵节', '元宵'], lunar: [1, 15] },
  { names: ['清明节', '清明'], term: 'qingming' },
  { names: ['五一', '劳动节', '五一劳动节', '五一国际劳动节'], solar: [5, 1] },
  { names: ['五四', '青年节'], quotedOnly: ['五四'], solar: [5, 4] },
  { names: ['六一', '儿童节'], quotedOnly: ['六一'], solar: [6, 1] },
  { names: ['端午节', '端午'], lunar: [5, 5] },
  { names: ['七一', '建党节'], quotedOnly: ['七一'], solar: [7, 1] },
  { names: ['八一', '建军节'], quotedOnly: ['八一'], solar: [8, 1] },
  { names: ['七夕'], lunar: [7, 7] },
  { names: ['教师节'], solar: [9, 10] },
  { names: ['中秋节', '中秋'], lunar: [8, 15] },
  { names: ['国庆节', '国庆'], solar: [10, 1] },
  { names: ['十一'], quotedOnly: ['十一'], solar: [10, 1] },
  { names: ['重阳节', '重阳'], lunar: [9, 9] },
  { names: ['腊八节', '腊八'], lunar: [12, 8] },
];

/** Two holidays at once: 「两节」 (元旦、春节) — a span, not a day. */
export const HOLIDAY_PAIRS: readonly string[] = ['两节', '元旦春节', '元旦、春节', '中秋国庆', '中秋、国庆', '双节'];

/** Seasons and school terms that bound work but have no date of their own: 汛期前, 寒假前, 节假日期间. */
export const SEASONS: readonly string[] = [
  '入汛', '主汛期', '汛期', '汛', '入冬', '开学', '雨季', '冬季', '供暖季', '采暖季', '防火期', '旺季', '寒假', '暑假',
  '放假', '假期', '节假日', '节日', '春运', '夏收', '秋收', '三夏', '三秋', '秋冬季', '冬春季', '期末', '期中', '考试',
  '中考', '高考', '学期末', '学期结束', '离校', '返校',
];

/** How a holiday or season is related to the work: before, around, during, after. */
export const AROUND_WORDS: readonly string[] = ['前后'];
export const DURING_WORDS: readonly string[] = ['期间'];

/** Period words of a year's plan or report (「力争全年引进项目20个」): the whole current year. */
export const THIS_YEAR_WORDS: readonly string[] = ['全年', '年度'];
/** Two years (今明两年): through the end of next year. */
export const TWO_YEAR_WORDS: readonly string[] = ['今明两年', '今明两年内'];
/** Lead words of a span of effort (利用三年左右时间, 通过3-5年努力, 用两年的时间). */
export const SPAN_LEADS: readonly string[] = ['利用', '通过', '经过', '用', '花'];
/** What such a span is called: 时间, 努力, 奋斗. */
export const SPAN_NOUNS: readonly string[] = ['时间', '努力', '奋斗', '功夫'];
/** Verbs after 当年 that make it the year of a target (当年开工, 当年见效). */
export const SAME_YEAR_TARGETS: readonly string[] = [
  '开工', '建成', '投产', '见效', '完成', '实现', '有效', '达到', '达', '新增', '竣工', '签约', '落地', '投用', '受益', '出台',
];

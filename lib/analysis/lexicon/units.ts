/**
 * Unit words [domain §4.2]: how a responsible party's name ends (局, 委, 办公室, 领导小组, 书记 …), how a name of an
 * organ begins (各, 市, 县 …), names that are units on their own (中央, 工商联, 国企, 组织上), collective owners
 * (各单位, 各级领导干部) and generic subjects that name nobody (我们, 大家). Plain arrays; the owner extractor, the
 * directive's unit-first subject and the frame's salutation build their patterns from them with `alternation()`.
 */

/** Organs and bodies: the last word of a unit's name. */
export const ORGAN_SUFFIXES: readonly string[] = [
  '局', '委', '办', '厅', '部', '中心', '处', '科', '室', '站', '所', '队', '院', '会', '组', '街道', '乡镇', '镇', '乡', '村',
  '社区', '公司', '集团', '单位', '部门', '专班', '指挥部', '领导小组', '管委会', '班子', '政府', '党委', '党组', '支部',
  '学校', '学院', '医院', '法院', '检察院', '机关', '园区', '开发区', '企业', '银行', '平台', '机构', '组织', '团队',
  '林场', '农场', '牧场', '景区', '矿山', '校', '工商联', '妇联', '文联', '侨联', '残联', '科协', '国企', '央企', '民企',
  '党派', '军队', '部队', '级财政', '党中央', '中央', '国务院', '人大', '政协',
];

/**
 * The organ suffixes of a name read at a clause's start without a modal to anchor it (「市教育局、各市直学校每年开展…」):
 * narrower than ORGAN_SUFFIXES, so that 「…组织」「…平台」「…企业」 there stay nouns of the task.
 */
export const NAMED_ORGAN_SUFFIXES: readonly string[] = [
  '局', '委', '办', '厅', '部', '部门', '中心', '处', '科', '室', '站', '所', '队', '院', '组', '街道', '乡镇', '镇', '乡', '村', '社区',
  '公司', '集团', '单位', '专班', '指挥部', '领导小组', '管委会', '班子', '政府', '党委', '党组', '支部', '学校', '学院', '医院',
  '机关', '园区', '开发区', '级财政', '工商联', '国企',
];

/**
 * Short office names in a table cell end in one character (教学处, 教科室, 党政办, 纪检组, 高三段, 财务股, 艺术团): two of
 * them written together (「教学处教科室」) are cut between them.
 */
export const OFFICE_END_CHARS: readonly string[] = ['处', '室', '办', '科', '组', '段', '部', '股', '队', '团'];

/** What the second of two run-together office names may end with (「教学处团委」「总务处工会」). */
export const OFFICE_NAME_END_CHARS: readonly string[] = ['处', '室', '办', '科', '组', '段', '部', '股', '队', '委', '会'];

/** Last characters of a name that never open one: a lone 委 after 「团  」 is the tail of a letter-spaced 团委. */
export const NAME_TAIL_CHARS: readonly string[] = ['委', '会', '处', '室', '科', '组', '段', '股', '队', '局', '厅', '院', '所', '站'];

/** People by role or standing: the last word of an owner who is a person or a group of people. */
export const ROLE_SUFFIXES: readonly string[] = [
  '干部', '领导', '负责人', '一把手', '同志', '书记', '市长', '县长', '区长', '主任', '校长', '部长', '局长', '人员', '成员',
  '教师', '党员', '人士', '代表', '委员',
];

/** Names that are units although no suffix says so. */
export const UNIT_NAMES: readonly string[] = ['组织上', '各级', '各地'];

/** The words an organ's name opens with when no modal anchors it (「市教育局、各市直学校每年开展…」). */
export const ORGAN_PREFIXES: readonly string[] = ['各', '市', '县', '区', '省', '乡', '镇', '州', '盟', '旗', '校', '院', '党', '团', '全', '中央', '国务院'];

/** The places an organ's name opens with (各, 省, 市, 县, 区, 乡, 镇): 「各有关部门」「县财政局」. */
export const PLACE_PREFIXES: readonly string[] = ['各', '省', '市', '县', '区', '乡', '镇'];

/**
 * Last characters of the units and places a subject names most often (局, 委, 办, 部, 室, 组; 镇, 乡, 村, 区, 县, 市): a clause
 * with none of them, and no modal, is not searched for a subject of its own.
 */
export const SUBJECT_HINT_CHARS: readonly string[] = ['局', '委', '办', '部', '室', '组', '镇', '乡', '村', '区', '县', '市'];

/** Organ suffixes for a unit list that opens a clause (plans: 「各有关部门、各市政府实现…」). */
export const LIST_ORGAN_SUFFIXES: readonly string[] = ['部门', '政府', '单位', '局', '委', '办', '厅', '中心', '学校'];

/** Who decides (「会议决定」「市教育局决定」): the last word of a decider before 决定. */
export const DECIDER_SUFFIXES: readonly string[] = [
  '会议', '会', '研究', '讨论', '审议', '党组', '常委', '政府', '委员会', '小组', '指挥部', '局', '委', '办', '厅', '部', '室',
  '院', '中心', '公司', '学校', '镇', '乡', '街道', '村', '处', '科', '所', '中央', '党中央', '国务院',
];

/** Opening words of a collective owner: every unit of a kind (各单位, 各级领导干部, 全体党员, 相关责任单位). */
export const COLLECTIVE_PREFIXES: readonly string[] = ['各', '全体', '所有', '广大', '各级', '各有关', '各相关', '相关', '有关'];

/** Subjects that name nobody in particular. */
export const GENERIC_SUBJECTS: readonly string[] = [
  '我们', '大家', '同志们', '全市上下', '全县上下', '全区上下', '全镇上下', '全乡上下', '全市各级', '全县各级', '全区各级',
  '全体干部', '全体党员干部', '全体同志', '各位', '你们', '咱们', '在座各位', '在座的各位', '谁',
];

/** What may follow a unit named after 希望/倡导/请 (besides task verbs and adverbs): a preposition or a light verb. */
export const AFTER_UNIT: readonly string[] = [
  '在', '对', '把', '向', '从', '按', '于', '为', '与', '同', '要', '都', '也', '能', '来', '当好', '做', '作', '带头', '主动', '多', '更',
];

/**
 * How a 主送 line's addressees end (「各乡镇人民政府，县直各部门：」「各市、县（市、区）教育局，各高等学校：」): the salutation
 * of a notice or a plan, and a cue of its genre.
 */
export const ADDRESSEE_SUFFIXES: readonly string[] = [
  '政府', '部门', '单位', '机构', '学校', '院校', '处室', '局', '委', '办', '厅', '公司', '党委', '党组', '企业',
];

/** How the issuer of a document ends on its signature line (「东湖区人民政府」「县委办公室」「市教育局」). */
export const ISSUER_SUFFIXES: readonly string[] = ['政府', '委员会', '办公室', '办公厅', '局', '委', '党委', '党组', '中心', '学校', '公司'];

/** A speaker's title on the line under a speech's title (「县委书记 王明」「董事长 李华」). */
export const SPEAKER_TITLES: readonly string[] = [
  '书记', '市长', '县长', '区长', '镇长', '主任', '局长', '部长', '校长', '厅长', '省长', '主席', '同志', '院长', '总经理', '董事长',
];

/**
 * Words that open with 总 and are a title or a unit (总经理, 总监, 总部, 总局 …): after a masked name (「***总经理」) 总 is
 * not the honorific of 「王总」.
 */
export const ZONG_WORDS: readonly string[] = ['总经理', '总工', '总监', '总裁', '总部', '总公司', '总队', '总站', '总局'];

/** What follows placeholder characters that stand for a person (「×××同志」「X书记」「*、*等」) [domain §1.3]. */
export const MASK_PERSON_SUFFIXES: readonly string[] = [
  '同志', '书记', '副书记', '市长', '副市长', '县长', '副县长', '区长', '副区长', '镇长', '副镇长', '乡长', '副乡长',
  '村长', '省长', '副省长', '州长', '旗长', '主任', '副主任', '局长', '副局长', '部长', '副部长', '厅长', '副厅长',
  '处长', '副处长', '科长', '副科长', '所长', '站长', '队长', '院长', '副院长', '院士', '校长', '副校长', '主席',
  '副主席', '委员', '常委', '秘书长', '总经理', '经理', '董事长', '理事长', '会长', '社长', '组长', '代表', '先生',
  '女士', '老师', '等',
];

/** What follows placeholder characters that stand for a place or an organ (「××市」「***区」「XX等单位」). */
export const MASK_ORG_SUFFIXES: readonly string[] = [
  '省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '街道', '街', '路', '村', '社区', '县区', '市县', '乡镇', '镇街',
  '片区', '园区', '开发区', '高新区', '新区', '工业园', '产业园', '大学', '学院', '学校', '中学', '小学', '幼儿园',
  '医院', '卫生院', '公司', '有限公司', '有限责任公司', '股份有限公司', '集团', '企业', '工厂', '厂', '小区', '局', '委', '委员会', '常委会', '办', '办公室', '厅',
  '部门', '中心', '站', '院', '单位', '银行', '协会', '学会', '党委', '党组', '党工委', '党支部', '支部', '工程', '景区',
  '基地', '合作社', '指挥部', '领导小组',
  // 「XX、XX等单位」 names organisations; bare 等 (and 等镇街…负责同志, per domain.md §1.3) stays person
  '等单位', '等部门', '等企业', '等公司', '等学校', '等医院', '等机构',
];

/** Words that open like such a suffix but are none (「X办法」「××局面」): the placeholder keeps its default kind. */
export const MASK_NOT_SUFFIXES: readonly string[] = ['办法', '局面', '区域', '区间', '等奖', '等级', '等次', '等第', '市场主体', '院落'];

/** Nouns of a vague tail after named units (「…等有关部门」「…等执法单位」): the tail names nobody. */
export const VAGUE_UNIT_NOUNS: readonly string[] = ['部门', '单位', '机构', '企业', '组织'];

/** Who 「一些」「个别」「少数」 can be (「个别干部」「一些单位」「少数基层党组织」): a problem item's subject [domain §3]. */
export const SOME_OF_NOUNS: readonly string[] = [
  '干部', '党员', '同志', '单位', '部门', '科室', '地方', '乡镇', '村', '人员', '领导', '班子', '党组织', '支部', '企业', '学校', '医院',
];

/** What may stand between 一些/个别 and the noun (「一些基层干部」「个别窗口单位」). */
export const SOME_OF_QUALIFIERS: readonly string[] = ['基层', '领导', '党员', '公职', '机关', '窗口', '执法'];

/**
 * Problem, achievement and misconduct words [domain §3], as plain arrays. The polarity pass and the unmarked-list
 * extractor build their patterns from them with `alternation()`; a word is added here, in one place.
 */

/** Nouns that name a problem (「存在的问题」「短板弱项」「主要的弊端」). */
export const problemNouns = [
  '问题', '不足', '差距', '短板', '弱项', '缺点', '缺陷', '困难', '挑战', '矛盾', '隐患', '症结', '瓶颈', '堵点', '痛点',
  '弊端', '弊病', '积弊', '危害', '通病', '顽疾', '薄弱环节',
] as const;

/** The nouns a list of problems closes with (「…等问题」「…等短板弱项」). */
export const problemTailNouns = [
  '问题', '不足', '差距', '短板', '弱项', '短板弱项', '困难', '挑战', '矛盾', '隐患', '弊端', '现象', '倾向', '风险', '薄弱环节',
] as const;

/** A speaker turning to problems (「我们也清醒地看到」「我们必须正视」「不容忽视」). */
export const problemTurns = [
  '不容忽视', '不容回避', '暴露', '暴露出', '反映出', '表现不一', '不尽如人意', '不适应', '不相适应', '不符合',
  '清醒看到', '清醒地看到', '清醒的看到', '清醒认识到', '清醒地认识到', '清醒的认识到', '清醒认识', '清醒地认识',
  '直面', '正视', '警惕', '认清', '也要看到', '也应看到', '也应该看到', '还要看到', '必须看到', '也必须看到', '也要清醒看到',
  '残余', '余毒',
] as const;

/**
 * Predicates that say something falls short (「有待提升」「偏慢」「不够平衡」), as the items of a problem list use them.
 * 差 before punctuation and 「规模偏小」-style size words are matched by the polarity pass beside these.
 */
export const problemPredicates = [
  // 不 + what is lacking
  '不够', '不强', '不高', '不足', '不稳', '不牢', '不快', '不实', '不严', '不细', '不深', '不力', '不到位', '不及时', '不明显',
  '不平衡', '不均衡', '不充分', '不规范', '不落实', '不扎实', '不健全', '不完善', '不畅通', '不理想', '不合理', '不主动',
  '不作为', '不担当', '不适应', '不匹配', '不协调', '不灵活', '不突出', '不清', '不准', '不大', '不平等', '不讲', '不守',
  '不负责', '不承认', '不愿', '不敢', '不善', '不会为',
  // 偏/较 + a shortfall
  '偏慢', '偏低', '偏少', '偏弱', '偏高', '偏多', '偏重', '偏窄', '较慢', '较低', '较弱', '较少', '较差', '较大',
  // what is behind, slow, lacking
  '滞后', '薄弱', '淡薄', '缓慢', '乏力', '有待', '还需', '仍需', '尚需', '亟待', '亟需', '依然', '仍然', '仍有', '仍较',
  '匮乏', '缺乏', '缺少', '欠缺', '短缺', '欠账', '低下', '弱化', '虚化', '淡化', '失衡', '脱节', '脱离', '僵化', '残存', '生疏', '老化', '失修', '严重', '过多', '过滥', '过频', '混乱', '无序', '放缓', '趋缓', '减弱', '走弱', '臃肿',
  '过分', '过于', '过度', '片面', '下降', '下滑', '负增长', '衰退', '萎缩', '受阻', '动荡', '加剧', '多发',
  '频发', '高发', '严峻', '模糊', '动摇', '不振', '不端', '任重道远',
  // attitudes and work styles
  '懈怠', '松懈', '推诿', '拖延', '拖拉', '敷衍', '应付', '等靠', '借口', '守旧', '怕乱', '无果', '盲目', '重复建设',
  '走样', '扭曲', '碎片化', '短期化', '避重就轻', '顾此失彼', '一哄而上', '绕道走', '光说不练', '得过且过', '畏首畏尾',
  '瞻前顾后', '德不配位', '能力平庸', '墨守陈规', '因循守旧', '人浮于事', '高高在上', '好摆门面', '好说空话', '官气十足',
  '动辄训人', '欺上瞒下', '专横跋扈', '夜郎自大', '闭关锁国', '形式主义', '官僚主义', '特权', '家长制',
  // problem nouns as predicates of an item
  '困难', '压力', '风险', '隐患', '问题', '短板', '弱项', '差距', '矛盾', '瓶颈', '制约', '弊端',
] as const;

/**
 * Misconduct (「违规操作」「规避招标」「插手干预」): what an inspection finds. An item that names one reports a problem,
 * whatever else it says.
 */
export const misconductWords = [
  '违规', '违法', '违纪', '违背', '违反', '规避', '插手', '虚假', '弄虚作假', '索贿', '受贿', '行贿', '贪污', '贪赃',
  '枉法', '挪用', '侵占', '截留', '套取', '骗取', '串标', '围标', '转包', '乱作为', '乱上', '乱收费', '乱摊派', '乱决策',
  '滥用', '失职', '渎职', '徇私', '舞弊', '以权谋私', '吃拿卡要', '假公济私', '优亲厚友', '懒政', '怠政', '庸政', '慢作为',
  '打击报复', '压制民主', '擅自', '拖欠', '侵害', '损害',
] as const;

/** Words of a result reported (「取得」「位居」「圆满完成」); 了 and 「增长5%」 are matched by the polarity pass. */
export const achievementPredicates = [
  '取得', '显著', '明显提升', '明显提高', '明显改善', '明显增强', '明显加快', '实现', '完成', '位居', '成效', '成绩', '突破',
  '首次', '荣获', '获批', '圆满', '进一步体现', '进一步完善', '进一步提高', '进一步增强', '进一步规范', '进一步健全', '得到',
  '更加', '获得表彰', '表彰', '表扬', '被评为', '评为', '有效提升', '有效提高', '有效遏制', '有效改善', '不断提升', '不断提高', '不断增强', '不断完善', '稳步',
] as const;

/** Directive verbs whose object is a problem (「着力解决…的问题」): what follows is a task, unless it describes the problem. */
export const problemTaskVerbs = [
  '解决', '整治', '纠正', '克服', '整改', '破解', '化解', '针对', '聚焦', '着眼', '着眼于', '攻克', '补齐', '补强', '弥补',
  '消除',
] as const;

/** Adverbs before such a verb (「着力破解…」「切实解决…」「进一步整治…」). */
export const problemTaskAdverbs = ['着力', '切实', '重点', '加快', '努力', '认真', '积极', '进一步', '坚决', '集中', '深入'] as const;

/** Verbs that set out to find problems (「查摆…方面存在的问题」): the areas named are a checklist, not findings. */
export const problemSearchVerbs = ['查摆', '查找', '排查', '剖析', '检视', '对照检查'] as const;

import { describe, expect, it } from 'vitest';
import { decideDirective, DIRECTIVE_SIGNALS, directiveStrength, narrates } from './directive';

describe('targets with a figure (lexicon/measures)', () => {
  it.each([
    ['省级示范合作社每年认定2批以上', 'target'],
    ['创业担保贷款贴息每户不超过3万元', 'target'],
    ['高标准农田建设亩均投入达到3000元', 'target'],
    ['隐患点整治20处以上', 'target'],
  ])('%s → %s', (clause, id) => {
    expect(decideDirective(clause, { targets: true })?.id).toBe(id);
  });
  it('counts 处 and 张 only with a hedge: 「完成五张清单任务」 is a task by its verb, not a target', () => {
    expect(decideDirective('结合年度计划，完成五张清单任务', { modalFree: true })?.id).toBe('imperative-segment');
    expect(decideDirective('结合汛期安排，完成8处积水点改造', { modalFree: true })?.id).toBe('imperative-segment');
  });
});

describe('directiveStrength', () => {
  it.each([
    ['各乡镇、各部门必须严格对照节点推进', 'strong'],
    ['严禁在职教师参加有偿补课', 'strong'],
    ['对已开工的项目，要开工不停工', 'medium'],
    ['对参与的学校，要求立即停止违规行为', 'medium'],
    ['力争早日竣工投运', 'soft'],
    ['尽快完成全县产业规划编制', 'medium'],
    ['年底前，建成县级政务服务平台', 'medium'],
    ['对首次认定的企业给予每家最高20万元补助', 'medium'],
    ['这是当前最重要的一项工作', null],
    ['主要有这么几个方面', null],
    ['与市委提出的要求相比还有差距', null],
    ['我们尤为需要一抓到底的态度', null],
    ['下面，我讲三点意见', null],
    ['首先，请县发改局汇报项目进展情况', null],
    ['去年我们立即召开了专题会议', null],
    ['全县固定资产投资同比增长8.5%', null],
    ['工作方式方法不能适应形势发展需要', null],
    ['为实现上述目标，重点抓好以下工作', null],
    ['做好今年政府工作意义重大', null],
    ['现将会议议定事项纪要如下', null],
    ['这些资金从哪里来？', null],
    ['在肯定成绩的同时，我们也要清醒地看到差距', null],
    ['我们必须深刻认识到抓项目就是抓发展', null],
    // Every modal word of lexicon/modals: seeing is no task after 务必/需要 either, an attributive 应当 defines.
    ['全镇干部务必清醒认识到防汛形势的严峻', null],
    ['我们需要深刻认识到生态保护的紧迫性', null],
    ['河长制是一项应当长期坚持的制度', null],
    ['要求各村应当在月底前完成摸排', 'medium'],
    ['要缩小与先进地区的差距，根本出路还在项目', null],
    ['作风决定成效', null],
    ['对有偿补课行为，发现一起、查处一起、曝光一起', 'medium'],
    ['对同时符合其他政策的，按照就高不重复原则执行', null],
    ['决定暂缓实施，由县发改局先行测算投资规模', 'medium'],
    ['汛期实行24小时值班和领导带班制度', 'medium'],
    ['让我们团结一心，为建设美丽临河而努力奋斗', null],
    ['去年汛期实行了24小时值班制度', null],
    ['抓项目服务，我看关键要把握好“三个字”，就是“早、实、细”', null],
    ['会议决定成立项目建设领导小组', 'medium'],
    ['经研究决定，对以下单位予以通报表扬', 'medium'],
    ['市教育局决定开展专项治理', 'medium'],
    ['县委常委会研究决定调整领导小组成员', 'medium'],
    ['各部门要看准时机加快推进', 'medium'],
  ])('%s → %s', (clause, expected) => expect(directiveStrength(clause)).toBe(expected));
});

describe('directiveStrength in a body governed by its item title (一要…)', () => {
  it('orders what neither narrates nor explains', () => {
    expect(directiveStrength('党委带头做好支部书记的引领工作')).toBe(null);
    expect(directiveStrength('党委带头做好支部书记的引领工作', { governed: true })).toBe('medium');
    expect(directiveStrength('全体党员“亮身份、见行动”，真正体现党员示范性', { governed: true })).toBe('medium');
    expect(directiveStrength('这是党建工作的关键所在', { governed: true })).toBe(null);
    expect(directiveStrength('去年党委带头做好了引领工作', { governed: true })).toBe(null);
  });
});

describe('directiveStrength with the office lexicon', () => {
  it('counts a clause with an extra directive word, unless it narrates the past', () => {
    expect(directiveStrength('基层减负抓实见效')).toBe(null);
    expect(directiveStrength('基层减负抓实见效', { extra: ['抓实见效'] })).toBe('medium');
    expect(directiveStrength('去年基层减负已经抓实见效', { extra: ['抓实见效'] })).toBe(null);
    expect(directiveStrength('基层减负抓实见效', { extra: [''] })).toBe(null);
  });
});

describe('directiveStrength: modals beyond 要 and speech proposals', () => {
  it.each([
    ['各级党组织应该主动关心青年干部成长', 'medium'],
    ['我们的考核办法应该与年度目标结合起来', 'medium'],
    ['应该说，这几年的变化是明显的', null],
    ['这个安排应该是合适的', null],
    ['这次会议以后，需要结合整改方案在全系统进行一次自查', 'medium'],
    ['旧观念的影响仍然需要大力清除', 'medium'],
    ['项目建设需要解决的困难还很多', null],
    ['这是发展的需要', null],
    ['根据工作需要调整分工', null],
    ['这项制度非改不可', 'strong'],
    ['这笔账非算清楚不可', 'strong'],
    ['已经解决的问题，就不必再报市里发文件', 'medium'],
    ['不允许学生私自包车离校', 'strong'],
    ['我建议这次会议先把试点方案定下来', 'medium'],
    ['全会建议市人大常委会修订物业管理条例', 'medium'],
    ['会上大家提出了不少意见建议', null],
    ['先找两个街道试点，试试看', 'medium'],
    ['这个问题也研究一下', 'medium'],
    ['上述四条，都请同志们认真讨论', 'medium'],
    ['请大家认真学习会议精神', 'medium'],
    ['请各位代表审议', null],
    ['刚才几位同志讲得很好，我都赞同，请大家抓好落实', null],
    ['对确实无法推进的项目，要说明原因', 'medium'],
    ['今年拟安排专项债券80亿元', 'medium'],
    ['正在考虑再设立一个咨询委员会', 'medium'],
    ['去年正在建设的项目有12个', null],
  ])('%s → %s', (clause, expected) => expect(directiveStrength(clause)).toBe(expected));

  it('does not read a prediction or a courtesy as the modal 要', () => {
    expect(directiveStrength('人员完全安置妥当可能要三五年时间')).toBe(null);
    expect(directiveStrength('要我说，这件事并不难')).toBe(null);
    expect(directiveStrength('同时，我也要说，有些问题出在机制上')).toBe(null);
    expect(directiveStrength('恐怕要比较长的时间')).toBe(null);
    expect(directiveStrength('这件事可能要拖，但各单位要抓紧')).toBe('medium');
  });

  it('does not read 重要讲话 as 要讲话', () => {
    expect(directiveStrength('各支部要组织一次集中学习，专题研读市委主要领导重要讲话')).toBe('medium');
    expect(directiveStrength('组织党员专题研读省委书记重要讲话', { modalFree: true })).toBe('medium');
  });

  it('reads goals, attributives and comparisons as no narration', () => {
    expect(directiveStrength('进一步增强居民获得感', { modalFree: true })).toBe('medium');
    expect(directiveStrength('到2027年，累计建成充电桩2000个', { modalFree: true })).toBe('medium');
    expect(directiveStrength('到2027年，累计建成充电桩2000个')).toBe(null);
    expect(directiveStrength('到2028年底，累计培育专精特新企业300家以上', { targets: true })).toBe('medium');
    expect(directiveStrength('截至目前，累计建成充电桩2000个', { modalFree: true })).toBe(null);
    expect(directiveStrength('今年新增政务服务事项120项，较去年翻一番', { targets: true })).toBe('medium');
    expect(directiveStrength('今年新增政务服务事项120项，较去年翻一番')).toBe(null);
    expect(directiveStrength('去年新增政务服务事项120项', { targets: true })).toBe(null);
    expect(directiveStrength('继续执行去年出台的降低物流成本政策', { modalFree: true })).toBe('medium');
    expect(directiveStrength('去年出台了降低物流成本政策', { modalFree: true })).toBe(null);
    expect(directiveStrength('请大家认真学习书记在会上的讲话')).toBe('medium');
  });

  it('reads bare targets only where the genre allows them', () => {
    expect(directiveStrength('城乡居民人均收入增长6%左右')).toBe(null);
    expect(directiveStrength('城乡居民人均收入增长6%左右', { targets: true })).toBe('medium');
    expect(directiveStrength('新建村级养老服务站120个', { targets: true })).toBe('medium');
  });
});

describe('directiveStrength: evaluations, beliefs, reported speech, editor notes and guiding ideology order nothing', () => {
  it.each([
    ['推进垃圾分类，是改善人居环境的重要举措'],
    ['开展文明城市创建，是提升城市品质的重要实践，也是惠及群众的民心工程'],
    ['建立河长制，基础在建，关键在管'],
    ['考试是检验教学效果的一种重要方法，如同体检是保障健康的必要手段一样'],
    ['在三大任务中，项目建设是管总的'],
    ['优秀师资事关学校长远发展'],
    ['我相信，在全县上下共同努力下，我们的目标一定能够实现'],
    ['我们的乡村振兴事业一定会蒸蒸日上'],
    ['早在二十年前，老书记就说过：“修路是头等大事”'],
    ['按：3月5日，县委召开全县经济工作会议'],
    ['本报讯 近日，市政府召开专题会议部署防汛工作'],
    ['坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实上级部署'],
    ['全县工作的总体要求是：以新发展理念为指引，推动高质量发展'],
    ['坚持政府引导、市场主导、社会参与的原则'],
    ['我们对全县环卫工人的辛勤努力表示感谢'],
  ])('%s → null', (clause) => expect(directiveStrength(clause, { modalFree: true })).toBe(null));

  it.each([
    ['推进垃圾分类，要作为改善人居环境的重要举措', 'medium'],
    ['全会建议市人大常委会修订物业管理条例，废止其中关于收费的规定，这也是群众关心的问题', 'medium'],
    ['主要目标是：2027年，一本上线率85%以上', 'medium'],
    ['把促进青年特别是高校毕业生就业摆在突出位置，力争城镇新增就业1.2万人', 'medium'],
    ['坚持以人民为中心，必须把群众满意作为标准', 'strong'],
    ['建立健全必要的管理制度', 'medium'],
  ])('%s → %s', (clause, expected) => expect(directiveStrength(clause, { modalFree: true })).toBe(expected));

  it('keeps the figures of a target apart from ordinals (「实现第一个百年奋斗目标」)', () => {
    expect(directiveStrength('站在实现第一个百年奋斗目标的历史关口，接续奋斗永不止步', { targets: true })).toBe(null);
    expect(directiveStrength('实现新增就业1200人', { targets: true })).toBe('medium');
  });
});

describe('DIRECTIVE_SIGNALS', () => {
  it('has unique ids', () => {
    const ids = DIRECTIVE_SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DIRECTIVE_SIGNALS.map((s) => [s.id, s] as const))('%s decides its own example', (_id, signal) => {
    expect(decideDirective(signal.example, signal.exampleOptions)?.id).toBe(signal.id);
  });

  it('decides nothing for a clause no signal holds', () => {
    expect(decideDirective('全县共有中小学48所')).toBeNull();
  });
});

describe('deciders and subject lists from lexicon/units', () => {
  it.each([
    ['党中央决定，在全体党员中开展学习教育', true],
    ['国务院决定，取消一批行政许可事项', true],
    ['县政府常务会议研究决定，暂缓实施该项目', true],
    ['作风决定成效', false],
  ])('%s → a directive: %s', (text, yes) => expect(directiveStrength(text) !== null).toBe(yes));
});

describe('narrates', () => {
  it('answers each clause for itself, asked again or in turn with others', () => {
    const told = '去年全县新建了三所学校';
    const order = '县教育局要在9月底前建成两所学校';
    const goal = '确保今年已开工项目全部竣工';
    const answers = [told, told, order, order, told, goal, order, goal].map(narrates);
    expect(answers).toEqual([true, true, false, false, true, false, false, false]);
  });
});

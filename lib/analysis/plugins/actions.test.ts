import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';

const acts = (text: string) => run(text).actions.map((a) => [a.text, a.owners.join('、'), a.deadline ? `${a.deadline.text}→${a.deadline.due ?? '-'}` : '', a.strength]);

describe('remarkActions', () => {
  it('makes one action per 对…的 category clause, with the owner inherited from the sentence subject', () => {
    expect(acts('对今年确定的重大项目，各镇、各部门一定要严格对照目标进度要求，逐项梳理。对已开工的项目，要开工不停工，力争早日竣工投运；对准备开工的项目，要逐一排布节点计划，确保按期开工。')).toEqual([
      ['对今年确定的重大项目，各镇、各部门一定要严格对照目标进度要求，逐项梳理', '各镇、各部门', '今年→2026-12-31', 'strong'],
      ['对已开工的项目，要开工不停工，力争早日竣工投运', '各镇、各部门', '', 'medium'],
      ['对准备开工的项目，要逐一排布节点计划，确保按期开工', '各镇、各部门', '按期→-', 'strong'],
    ]);
  });

  it('cuts a sentence before each new subject with its modal', () => {
    expect(acts('在推进过程中，牵头领导要牵头总抓、统筹协调，责任部门要冲锋在前、落实落细，配合部门要主动靠前。')).toEqual([
      ['牵头领导要牵头总抓、统筹协调', '牵头领导', '', 'medium'],
      ['责任部门要冲锋在前、落实落细', '责任部门', '', 'medium'],
      ['配合部门要主动靠前', '配合部门', '', 'medium'],
    ]);
  });

  it('reads owners from an allocation parenthetical, 由…牵头 and 会同', () => {
    expect(acts('整合政务信息系统，推进一体化平台建设（县数据局牵头，各有关部门配合）。由县住建局牵头，县应急局配合，在会后15个工作日内开展安全大检查。县住建局要会同县自然资源局建立项目档案。')).toEqual([
      ['整合政务信息系统，推进一体化平台建设（县数据局牵头，各有关部门配合）', '县数据局、各有关部门', '', 'medium'],
      ['由县住建局牵头，县应急局配合，在会后15个工作日内开展安全大检查', '县住建局、县应急局', '会后15个工作日内→-', 'medium'],
      ['县住建局要会同县自然资源局建立项目档案', '县住建局、县自然资源局', '', 'medium'],
    ]);
  });

  it('skips narrative, agenda, questions, definitions and purpose preambles', () => {
    expect(acts('去年我们立即召开了专题会议。下面，我讲三点意见。这些资金从哪里来？推动项目落地是一场必须打好的突围战。为加强师德建设，根据上级精神，县教育局决定开展专项治理。')).toEqual([
      ['县教育局决定开展专项治理', '县教育局', '', 'medium'],
    ]);
  });

  it('reads the body of a 一要 item as ordered by its title; a 一是 list of what was done orders nothing', () => {
    const text = '下一步，重点抓好两个方面。一要抓牢“领”字，突出示范性。党委带头做好支部书记的引领工作。这是党建工作的关键。二要把稳“广”字，突出全覆盖。各支部全面开展组织生活。';
    // The item's lead sentences are tasks too (as before); the explanation 「这是…的关键」 is not.
    expect(acts(text).map((a) => a[0])).toEqual(['要抓牢“领”字，突出示范性', '党委带头做好支部书记的引领工作', '要把稳“广”字，突出全覆盖', '各支部全面开展组织生活']);
    expect(acts('今年主要做了两件事。一是抓牢“领”字，突出示范性。党委带头做好了支部书记的引领工作。二是把稳“广”字。各支部全面开展组织生活。')).toEqual([]);
  });

  it('keeps a category clause after a basis preamble (根据…要求，对于…的，…给予…)', () => {
    expect(acts('根据《办法》要求，对于违规收费的学校，视情节轻重，相应给予通报批评等处理。')).toEqual([
      ['对于违规收费的学校，视情节轻重，相应给予通报批评等处理', '', '', 'medium'],
    ]);
  });

  it('takes the deadline of a paragraph lead sentence, and keeps reporting cadences out', () => {
    expect(acts('我就做好春节前后工作强调两点。一要保平安，各乡镇要深入排查隐患。二要稳供应，每月25日前将进展情况报送县商务局。')).toEqual([
      ['各乡镇要深入排查隐患', '各乡镇', '春节前后→-', 'medium'],
    ]);
  });

  it('keeps of a deferred item only the preparation task with its owner (纪要: 暂缓…，由…先行测算)', () => {
    expect(acts('会议研究认为，城南片区道路提升工程前期手续尚不完备，决定暂缓实施，由县发改局先行测算投资规模，下次常务会议再议。')).toEqual([
      ['由县发改局先行测算投资规模，下次常务会议再议', '县发改局', '', 'medium'],
    ]);
  });

  it('dates the actions of the closing section by its heading (最后，我就做好春节前后工作再强调…)', () => {
    expect(acts('一、抓项目\n各镇要加快进度。\n最后，我就做好春节前后工作再强调两点意见。一要保平安，各乡镇要深入排查隐患。').at(-1)).toEqual(['各乡镇要深入排查隐患', '各乡镇', '春节前后→-', 'medium']);
  });

  it('reads a plan: targets without modals, field lines and 以上…分别由', () => {
    const text = '临河市2026年工作要点\n1. 扩大有效投资。新开工亿元以上项目不少于120个。\n（牵头单位：市发改委；责任单位：各县区政府）\n完成时限：2026年9月底前\n2. 办好民生实事。新建中小学5所。推进医院新院区建设。以上两项工作分别由市教育局、市卫生健康委负责。';
    expect(acts(text)).toEqual([
      ['新开工亿元以上项目不少于120个', '市发改委、各县区政府', '2026年9月底前→2026-09-30', 'medium'],
      ['新建中小学5所', '市教育局', '', 'medium'],
      ['推进医院新院区建设', '市卫生健康委', '', 'medium'],
    ]);
  });

  it('reads field lines of every role of lexicon/roles (主责单位, 协助单位) as the fields of the item above', () => {
    const text = '东湖区2027年工作要点\n1. 办好养老服务。新建社区食堂12个。\n主责单位：区民政局\n协助单位：各街道\n2. 改善居住条件。改造老旧小区30个。\n（主责单位：区住建局）';
    expect(acts(text)).toEqual([
      ['新建社区食堂12个', '区民政局、各街道', '', 'medium'],
      ['改造老旧小区30个', '区住建局', '', 'medium'],
    ]);
  });

  it('reads minutes: 会议要求/会议决定 items with 配合 units, and no action in 「纪要如下」', () => {
    expect(acts('现将会议议定事项纪要如下：\n会议要求，城关镇要在4月底前完成剩余32户的签约工作，县自然资源局配合做好补偿方案审核。')).toEqual([
      ['城关镇要在4月底前完成剩余32户的签约工作，县自然资源局配合做好补偿方案审核', '城关镇、县自然资源局', '4月底前→2026-04-30', 'medium'],
    ]);
  });

  it('takes a named unit announcing what it will do as a task', () => {
    expect(acts('会后，县政府全体班子成员将赴红色教育基地集体学习。这将为全县发展提供有力支撑。')).toEqual([
      ['会后，县政府全体班子成员将赴红色教育基地集体学习', '县政府全体班子成员', '会后→-', 'medium'],
    ]);
  });

  it('reads a work report: 我们将… tasks, inline （一） item titles kept out', () => {
    expect(acts('今年，我们将重点抓好以下工作：（一）着力扩大有效需求。我们将大力推进重大项目建设，全年实施重点项目150个以上。（二）持续优化营商环境。我市将全面推行“一件事一次办”，年内实现全覆盖。')).toEqual([
      ['我们将大力推进重大项目建设，全年实施重点项目150个以上', '', '全年→2026-12-31', 'medium'],
      ['我市将全面推行“一件事一次办”，年内实现全覆盖', '', '年内→2026-12-31', 'medium'],
    ]);
  });

  it('leaves problem and achievement lists out', () => {
    expect(acts('工作中存在不少问题，主要有两个方面：一是落实不力，有的单位要求不严；二是作风不实。')).toEqual([]);
  });

  it('reads a named unit that states what it does as a task in plans and minutes, and in a speech only with a time', () => {
    const plan = '关于开展校园安全整治的实施方案\n为保障师生安全，制定本方案。\n督导组不定期对各校整改情况开展暗访。\n区教育局在6月底前拨付专项经费80万元。\n区卫健委会同区教育局组织一次食堂卫生检查。\n学校安全工作是教育发展的重要基石。\n区教育局值班电话：0571-12345678。';
    expect(acts(plan).map((a) => [a[0], a[1]])).toEqual([
      ['督导组不定期对各校整改情况开展暗访', '督导组'],
      ['区教育局在6月底前拨付专项经费80万元', '区教育局'],
      ['区卫健委会同区教育局组织一次食堂卫生检查', '区卫健委、区教育局'],
    ]);
    const speech = '同志们：\n督导组不定期对各校整改情况开展暗访。\n11月底前，各村党组织召开一次村民代表会议。\n去年，各村党组织召开了村民代表会议。';
    expect(acts(speech).map((a) => a[0])).toEqual(['11月底前，各村党组织召开一次村民代表会议']);
  });
});

describe('remarkActions: deadlines as a 督办 office reads them (reference 2026-03-01)', () => {
  it('takes the earliest hard deadline of a clause that names two', () => {
    expect(acts('县住建局要在本月底前拿出改造方案，2027年一季度全部建成。')).toEqual([['县住建局要在本月底前拿出改造方案，2027年一季度全部建成', '县住建局', '本月底前→2026-03-31', 'medium']]);
    expect(acts('各乡镇要确保年底前全部完工，9月底前完成主体工程。')).toEqual([['各乡镇要确保年底前全部完工，9月底前完成主体工程', '各乡镇', '9月底前→2026-09-30', 'strong']]);
  });

  it('gives a recurring report its rule and next due date', () => {
    const a = run('县应急局要每周五前将巡查台账报县政府办。').actions[0]!;
    expect([a.deadline?.text, a.deadline?.due, a.deadline?.recurrence]).toEqual(['每周五前', '2026-03-06', { unit: 'week', day: 5 }]);
  });

  it('resolves a lunar festival of a named year', () => {
    expect(acts('各村要在2027年春节前完成危房改造。')).toEqual([['各村要在2027年春节前完成危房改造', '各村', '2027年春节前→2027-02-05', 'medium']]);
  });

  it('dates a task by a span named in the next sentence that orders nothing, not by a narrated date', () => {
    expect(acts('要从年轻干部中选一批接班人。如果能够花三五年时间解决这个问题，事业就有希望。')[0]).toEqual(['要从年轻干部中选一批接班人', '', '花三五年时间→-', 'medium']);
    expect(acts('要加快推进物流园区建设。该园区于2019年列入省重点项目。')[0]).toEqual(['要加快推进物流园区建设', '', '', 'medium']);
  });

  it('keeps the scope a task is stated for (「按市一级来说，要…」), drops narration before the modal', () => {
    expect(acts('按市一级来说，要压减三分之一的议事机构。就乡镇而言，要合并两个站所。这几年机构越来越多，要下决心精简。').map((a) => a[0])).toEqual([
      '按市一级来说，要压减三分之一的议事机构',
      '就乡镇而言，要合并两个站所',
      '要下决心精简',
    ]);
  });
});

describe('remarkActions: owners as a 台账 needs them', () => {
  it('marks collective owners, and only those', () => {
    const [a, b] = run('各乡镇、县住建局要在6月底前完成危房排查。县应急管理局要加强督导。').actions;
    expect([a!.owners, a!.collective]).toEqual([['各乡镇', '县住建局'], ['各乡镇']]);
    expect(b!.collective).toBeUndefined();
  });
  it('keeps a unit name with its bracket when the bracket allocates nothing', () => {
    expect(acts('各级党委（党组）要把学习教育作为重大政治任务（县委组织部牵头）。')[0]![1]).toBe('县委组织部');
    expect(acts('各级党委（党组）要把学习教育作为重大政治任务。')[0]![1]).toBe('各级党委（党组）');
  });
});

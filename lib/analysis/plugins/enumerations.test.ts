import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';
import { itemTitle } from './enumerations';

const lists = (text: string) =>
  run(text).enumerations.map((e) => ({ polarity: e.polarity, family: e.family, label: e.label, stated: e.statedCount, leadIn: e.leadIn, items: e.items.map((i) => `${i.ordinal}|${i.title}|${i.body}`) }));

describe('remarkEnumerations', () => {
  it('reads an inline 一是 list with its lead-in, stated count, titles and bodies', () => {
    expect(lists('我们的工作还存在一些不容忽视的问题。归纳起来，主要有四个方面：一是投资乏力。1—6月份增速较低。二是进度较慢。三是保障不足。四是前期工作不充分。')).toEqual([
      {
        polarity: 'problem',
        family: 'shi-是',
        label: '四个方面',
        stated: 4,
        leadIn: '归纳起来，主要有四个方面',
        items: ['一是|投资乏力|1—6月份增速较低。', '二是|进度较慢|', '三是|保障不足|', '四是|前期工作不充分|'],
      },
    ]);
  });

  it('reads an item whose title opens with 一些/一批 (三是一些干部担当作为不够)', () => {
    expect(lists('发展中还存在一些困难和问题：一是经济总量偏小；二是财政收支矛盾突出；三是一些干部担当作为不够。对此，我们将认真加以解决。').map((e) => e.items.map((i) => i.split('|')[1]))).toEqual([
      ['经济总量偏小', '财政收支矛盾突出', '一些干部担当作为不够'],
    ]);
  });

  it('ends the last item before 「这些现象…」 that sums the list up', () => {
    expect(lists('作风方面的问题主要有三个方面：一是思想松懈；二是调门不低、行动迟缓；三是底数不清、统计不实。这些现象虽然只发生在少数单位，但影响很坏。').map((e) => e.items.at(-1))).toEqual(['三是|底数不清、统计不实|']);
  });

  it('reads 一抓/二抓 at the start of paragraphs, not 一抓到底 inside a sentence', () => {
    expect(lists('今年重点抓了三件事：\n一抓组织领导，保障方案落实。\n二抓学习教育，筑牢思想根基。\n三抓整改落实，推动问题解决。').map((e) => [e.family, e.items.length])).toEqual([['shi-抓', 3]]);
    expect(lists('要一抓到底、抓出成效，坚持一抓到底不松劲。')).toEqual([]);
  });

  it('labels an unstated count by what it found, and ends the last item at a closing phrase', () => {
    expect(lists('干部作风中存在这么几个方面的问题：一是行动差、等靠拖；二是表态高、落实推。以上这些表现，必须坚决纠正。')).toEqual([
      { polarity: 'problem', family: 'shi-是', label: '两个方面', stated: null, leadIn: '干部作风中存在这么几个方面的问题', items: ['一是|行动差、等靠拖|', '二是|表态高、落实推|'] },
    ]);
  });

  it('chains one-per-paragraph items across lines', () => {
    expect(lists('对下一步工作，我提三点要求：\n一要抓牢领字。各支部要带头。\n二要抓实学字。\n三要抓好干字。').map((e) => [e.family, e.polarity, e.items.length])).toEqual([['shi-要', 'task', 3]]);
  });

  it('reads 首先…其次…最后, 第一，…, ① and 有的… lists', () => {
    expect(lists('重点抓好以下工作：首先，建立问题清单；其次，完善会商机制；最后，加强督促提醒。').map((e) => [e.family, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['seq', ['建立问题清单', '完善会商机制', '加强督促提醒']],
    ]);
    expect(lists('主要措施有：①建立台账；②定期调度；③严格考核。').map((e) => [e.family, e.items.length])).toEqual([['circled', 3]]);
    expect(lists('上述典型问题，有的纪律松弛、政令不畅，有的推诿拖延、效率低下，有的监管不力等，必须从严整治。').map((e) => [e.family, e.polarity, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['youde', 'problem', ['纪律松弛、政令不畅', '推诿拖延、效率低下', '监管不力等']],
    ]);
  });

  it('counts a 「，一些…」 clause inside a 有的 run as one more item', () => {
    expect(lists('但检查中也暴露出有的单位制度不健全，一些单位台账缺失、记录不全，有的班子责任落实不到位，这些问题必须整改。').map((e) => [e.family, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['youde', ['单位制度不健全', '一些单位台账缺失、记录不全', '班子责任落实不到位']],
    ]);
  });

  it('ends the last item of a list where a new list of its kind starts on the same line', () => {
    const es = run('做好今年工作，一是稳增长，二是惠民生。明年还要抓两件事，一是抓项目，二是抓招商。').enumerations;
    expect(es.map((e) => e.items.map((i) => `${i.title}|${i.body}`))).toEqual([['稳增长|', '惠民生|明年还要抓两件事'], ['抓项目|', '抓招商|']]);
    expect(es[0]!.end).toBeLessThan(es[1]!.start);
  });
  it('reads 「主要有两个方面问题：一是…；二是…。」 repeated on one line as lists side by side, not a tower of nested ones', () => {
    const unit = '主要有两个方面问题：一是认识不到位；二是措施不够实。';
    const es = run(unit.repeat(8)).enumerations;
    expect(es.length).toBe(8);
    expect(es.every((e) => e.items.length === 2 && e.statedCount === 2)).toBe(true);
  });
  it('reads a long lead-in from its last clauses only', () => {
    const lead = `${'各项工作稳步推进，'.repeat(80)}但主要有三个方面问题：`;
    const [e] = run(`${lead}一是认识不到位，二是措施不够实，三是作风不够硬。`).enumerations;
    expect(e!.statedCount).toBe(3);
    expect(e!.leadIn!.length).toBeLessThanOrEqual(400);
    expect(e!.leadIn!.endsWith('但主要有三个方面问题')).toBe(true);
  });
  it('opens a nested list inside an item after 「是，」', () => {
    const found = lists('存在的问题主要有两个：一是推进慢。突出问题是，一是签约项目没有开工；二是重点工作推进缓慢。二是服务弱。');
    expect(found.map((e) => [e.family, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['shi-是', ['推进慢', '服务弱']],
      ['shi-是', ['签约项目没有开工', '重点工作推进缓慢']],
    ]);
  });

  it('reads a ；-list after a colon and the areas of a shortfall sentence', () => {
    expect(lists('我们也清醒地看到面临不少困难，主要表现为：工业总量偏小、结构不优；城区配套有待完善。').map((e) => [e.family, e.polarity, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['list-semicolon', 'problem', ['工业总量偏小、结构不优', '城区配套有待完善']],
    ]);
  });

  it('takes line-leading headings as a list only when a lead-in announces them', () => {
    expect(lists('下面，我讲两点意见。\n一、统一思想\n二、压实责任').map((e) => [e.family, e.label, e.items.length])).toEqual([['lead:cn-dun', '两点', 2]]);
    expect(lists('一、统一思想\n二、压实责任')).toEqual([]);
  });

  it('takes the headings under a topic heading (「二、存在的问题」) as its list', () => {
    expect(lists('二、存在的问题\n（一）思想认识不到位。部分干部重视不够。\n（二）整改措施不精准。\n三、下一步打算\n（一）加强组织领导。').map((e) => [e.family, e.polarity, e.items.map((i) => i.split('|')[1])])).toEqual([
      ['lead:cn-paren', 'problem', ['思想认识不到位', '整改措施不精准']],
    ]);
  });
});

describe('itemTitle', () => {
  it.each([
    ['学科发展不均衡，有明显的短板', '学科发展不均衡'],
    ['与国际学界相比，学术队伍规模小，带头人少', '与国际学界相比，学术队伍规模小'],
    ['受评估的影响，一些大学撤销了硕士点', '受评估的影响，一些大学撤销了硕士点'],
    ['“既少研究，又未深入”，这是写照', '“既少研究，又未深入”'],
    ['固定资产投资乏力', '固定资产投资乏力'],
  ])('%s → %s', (text, title) => expect(itemTitle(text)).toBe(title));
});

describe('problem lists without ordinals', () => {
  const problems = (text: string) => run(text).problemGroups.map((g) => g.items.map((i) => i.title));

  it('keeps a ，-list after a colon when it lists problems', () => {
    expect(problems('对照群众期盼，当前还有一些短板需要正视：社区养老服务覆盖面偏窄，老旧管网改造进度滞后，部分街道执法力量薄弱等短板，等等。')).toEqual([
      ['社区养老服务覆盖面偏窄', '老旧管网改造进度滞后', '部分街道执法力量薄弱等短板'],
    ]);
    expect(problems('对企业当前遇到的困难，有的业主比作三道“坎”：市场的寒冬、融资的难关、用工的短缺。')).toEqual([['市场的寒冬', '融资的难关', '用工的短缺']]);
  });

  it('keeps clauses led by some of the units that fall short, not those that report or order', () => {
    expect(problems('从暗访情况看，一些窗口单位服务态度生硬，一些部门办事拖拉，少数干部吃拿卡要。')).toEqual([['一些窗口单位服务态度生硬', '一些部门办事拖拉', '少数干部吃拿卡要']]);
    expect(problems('经过整改，一些企业完成了设备更新，部分企业实现了达标排放，个别企业已经关停。')).toEqual([]);
    expect(problems('会议要求，一些单位要加快进度，部分乡镇要补齐短板，个别部门要主动作为。')).toEqual([]);
  });

  it('drops look-alike ，-lists of tasks and results', () => {
    expect(run('会议要求：各单位要高度重视，加强组织领导，压实工作责任，确保按期完成。').enumerations).toEqual([]);
    expect(run('过去一年，我们取得了新的成绩：粮食总产量创历史新高，城乡居民收入稳步增长，新建学校三所。').enumerations).toEqual([]);
    expect(run('加快园区扩容提质；推进老旧小区改造；完善养老服务体系。').enumerations).toEqual([]);
  });

  it('reads 「存在A、B、C等问题」 as problems', () => {
    expect(problems('当前，全区文旅产业已进入提质阶段，既有了较好的基础，也存在精品景区数量偏少、旅游配套设施不足、品牌影响力不够大等问题。')).toEqual([
      ['精品景区数量偏少', '旅游配套设施不足', '品牌影响力不够大'],
    ]);
  });

  it('reads a ；-list whose items repeat a lead verb and describe the problem, without the verb', () => {
    expect(
      problems('着力解决一些窗口人员服务意识淡薄的问题，主要是态度生硬、推诿扯皮等；着力解决一些窗口人员业务能力不强的问题，主要是政策不熟、解释不清等；着力解决一些窗口人员纪律松弛的问题，主要是迟到早退、上班串岗等。'),
    ).toEqual([['一些窗口人员服务意识淡薄的问题', '一些窗口人员业务能力不强的问题', '一些窗口人员纪律松弛的问题']]);
    // Without a description the same shape orders: tasks whose object is a problem.
    expect(problems('着力解决群众办事难的问题；着力解决群众看病贵的问题；着力解决群众出行难的问题。')).toEqual([]);
  });

  it('drops a lead verb every item of a problem list repeats (and a stray 的 after it)', () => {
    expect(problems('干部作风中的问题，概括起来重点要破除三个方面问题：\n1、着力破除等靠思想。遇到困难就往上交。\n2、着力破除的畏难情绪。遇到矛盾绕道走。\n3、着力破除推诿作风。遇事不愿担责。')).toEqual([
      ['等靠思想', '畏难情绪', '推诿作风'],
    ]);
  });

  it('reads one problem per sentence after a lead sentence, and the items are kept out of the actions', () => {
    const r = run('我们也清醒认识到面临的困难和问题。受汛期持续降雨影响，部分在建项目进度滞后。一些乡镇财政收支矛盾加剧。个别部门服务意识不强。我们一定要正视这些问题，切实加以解决。');
    expect(r.problemGroups.map((g) => g.items.map((i) => i.title))).toEqual([['受汛期持续降雨影响，部分在建项目进度滞后', '一些乡镇财政收支矛盾加剧', '个别部门服务意识不强']]);
  });
});

describe('problems one per paragraph', () => {
  const problems = (text: string) => run(text).problemGroups.map((g) => g.items.map((i) => i.title));

  it('after a line that turns to them, up to a paragraph that orders', () => {
    expect(
      problems('同时，我们也清醒地看到，前进中还面临不少困难和问题：\n经济下行压力持续加大，部分企业生产经营困难。\n科技创新能力不强，高新技术产业占比偏低。\n城乡公共服务还有不少短板。\n对此，我们将采取有力措施，认真加以解决。'),
    ).toEqual([['经济下行压力持续加大', '科技创新能力不强', '城乡公共服务还有不少短板']]);
  });

  it('under a heading that names them, after the paragraph that announces them', () => {
    expect(problems('二、存在的问题\n一年来，我们的工作虽然取得了一定成绩，但也存在一些不足。\n项目建设推进不快，部分项目前期工作滞后。\n招商引资质量不高，签约项目落地率偏低。\n三、下一步工作打算\n加快推进项目建设。')).toEqual([
      ['项目建设推进不快', '招商引资质量不高'],
    ]);
    expect(problems('（三）主要问题\n林区防火通道年久失修。\n护林员队伍老龄化严重。')).toEqual([['林区防火通道年久失修', '护林员队伍老龄化严重']]);
  });

  it('not the paragraphs under a heading of remedies, nor paragraphs of results or orders', () => {
    expect(problems('三、解决问题的主要措施\n针对资金不足，积极争取上级支持。\n针对进度偏慢，实行挂图作战。')).toEqual([]);
    expect(problems('我们也看到了发展中的困难：\n全年完成投资50亿元。\n新建道路20公里。')).toEqual([]);
    expect(problems('当前，防汛形势依然严峻：\n各乡镇要落实值班制度。\n各部门要备足应急物资。')).toEqual([]);
    expect(problems('（三）问题线索处置情况\n全年共受理问题线索52件，办结48件。\n对3起违规违纪问题进行了通报曝光。')).toEqual([]);
    expect(problems('我们也清醒看到存在的不足。\n下一步，继续加大薄弱环节投入。\n今后，着力补齐民生短板。')).toEqual([]);
  });
});

describe('a problem item whose body goes on to order', () => {
  it('keeps the order as an action', () => {
    const text = '干部作风方面主要存在两个问题：\n1、等靠思想严重。一些干部遇到困难就伸手往上要钱要政策。面对这样的形势，我们一定要增强紧迫感，绝不能再坐等观望。\n2、推诿扯皮较多。个别部门遇事绕道走。';
    const r = run(text);
    expect(r.problemGroups.map((g) => g.items.map((i) => i.title))).toEqual([['等靠思想严重', '推诿扯皮较多']]);
    expect(r.actions.map((a) => text.slice(a.start, a.end))).toEqual([expect.stringContaining('我们一定要增强紧迫感')]);
  });
});

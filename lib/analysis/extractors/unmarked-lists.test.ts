import { describe, expect, it } from 'vitest';
import { findUnmarkedLists } from './unmarked-lists';

const texts = (t: string) =>
  findUnmarkedLists(t).map((l) => ({ family: l.family, leadIn: l.leadIn && t.slice(l.leadIn.start, l.leadIn.end), items: l.items.map((i) => t.slice(i.start, i.end)) }));
const items = (t: string) => findUnmarkedLists(t).map((l) => [l.family, l.items.map((i) => t.slice(i.start, i.end))]);

describe('findUnmarkedLists', () => {
  it('reads a ；-list after a colon', () => {
    const t = '我们也清醒地看到仍面临不少困难，主要表现为：工业总量偏小、结构不优；城区配套有待完善；财政收支矛盾突出。对此，我们将认真解决。';
    expect(texts(t)).toEqual([
      { family: 'list-semicolon', leadIn: '我们也清醒地看到仍面临不少困难，主要表现为', items: ['工业总量偏小、结构不优', '城区配套有待完善', '财政收支矛盾突出'] },
    ]);
  });
  it('leaves marked lists to the marker families', () => {
    expect(texts('主要表现为：一是总量小；二是结构差。')).toEqual([]);
  });
  it('reads the areas of a shortfall sentence', () => {
    const t = '我们在队伍建设、阵地建设、制度建设等方面，与上级要求还存在一定差距。';
    expect(texts(t)).toEqual([{ family: 'list-areas', leadIn: null, items: ['队伍建设', '阵地建设', '制度建设'] }]);
  });
  it('needs two clauses and three areas', () => {
    expect(texts('要求如下：按时报送。')).toEqual([]);
    expect(texts('在队伍建设、阵地建设等方面还存在差距。')).toEqual([]);
  });

  describe('，- and 、-lists after a colon', () => {
    it('splits at ，, keeps 「等…」 in the clause, drops 还有 and a closing 等等', () => {
      const t = '对照高质量发展要求，我们必须正视：县域经济总量偏小等结构性矛盾，财政收支平衡压力较大、债务化解任务较重等现实困难，还有部分村组道路年久失修等问题，等等。';
      expect(texts(t)).toEqual([
        {
          family: 'list-clauses',
          leadIn: '对照高质量发展要求，我们必须正视',
          items: ['县域经济总量偏小等结构性矛盾', '财政收支平衡压力较大、债务化解任务较重等现实困难', '部分村组道路年久失修等问题'],
        },
      ]);
    });
    it('keeps an adverbial clause with the clause it opens and ends before a task on a problem', () => {
      const t = '具体表现为：在招商引资中，项目落地偏慢，配套资金不足，要素保障不到位，着力破解用地指标紧张等问题。';
      expect(items(t)).toEqual([['list-clauses', ['在招商引资中，项目落地偏慢', '配套资金不足', '要素保障不到位']]]);
    });
    it('splits at 、 when the body has no comma', () => {
      expect(items('群众把办事难概括为“三道坎”：窗口的门槛、材料的关卡、时限的拖延。')).toEqual([['list-clauses', ['窗口的门槛', '材料的关卡', '时限的拖延']]]);
    });
    it('reads 「…弊端就是」 as a colon and splits 「C现象和D现象」', () => {
      const t = '从基层治理方面来说，突出的弊端就是多头管理现象，推诿扯皮现象，重复检查现象和层层加码现象。';
      expect(texts(t)).toEqual([
        { family: 'list-clauses', leadIn: '从基层治理方面来说，突出的弊端就是', items: ['多头管理现象', '推诿扯皮现象', '重复检查现象', '层层加码现象'] },
      ]);
    });
    it('reads 「问题主要是」 as a colon, and ends the list at a turn or an order', () => {
      expect(items('当前农村垃圾治理存在的问题主要是收运体系不健全，处理设施不足，村民分类意识淡薄。')).toEqual([['list-clauses', ['收运体系不健全', '处理设施不足', '村民分类意识淡薄']]]);
      expect(texts('这些问题尽管存在于少数单位，但任其发展，就会影响全局，必须认真加以解决。')).toEqual([]);
    });
    it('reads three clauses or more led by some of the units or people, when they fall short', () => {
      expect(items('从督查情况看，一些地方重部署轻落实，一些部门各自为政、推诿扯皮，个别干部不敢担当、不愿作为。')).toEqual([
        ['list-clauses', ['一些地方重部署轻落实', '一些部门各自为政、推诿扯皮', '个别干部不敢担当、不愿作为']],
      ]);
      expect(texts('在这次评比中，一些单位获得表彰，部分乡镇受到通报表扬，个别干部被评为先进个人。')).toEqual([]);
    });
    it('reads three findings or more after a turn (「…总体平稳，但A，B，C。」)', () => {
      expect(items('会议指出，全县信访形势总体平稳，但重复访问题依然存在，个别地方矛盾化解不及时，少数干部作风不实。')).toEqual([
        ['list-clauses', ['重复访问题依然存在', '个别地方矛盾化解不及时', '少数干部作风不实']],
      ]);
      expect(items('从抽查的情况看，多数单位落实较好，但也有少数单位值班制度落实不严，应急物资储备不足，隐患排查不彻底。')).toEqual([
        ['list-clauses', ['少数单位值班制度落实不严', '应急物资储备不足', '隐患排查不彻底']],
      ]);
      expect(texts('今年以来，全市经济运行平稳，但下行压力依然较大，我们要稳字当头，持续扩大有效投资。')).toEqual([]);
      expect(texts('虽然困难重重，但我们依然保持了增长，风险总体可控，问题得到有效解决。')).toEqual([]);
    });
    it('drops 以至 before an item', () => {
      expect(items('其表现是：脱离群众，作风漂浮，以至弄虚作假，等等。')).toEqual([['list-clauses', ['脱离群众', '作风漂浮', '弄虚作假']]]);
    });
    it('reads 「不足之处在于」 as a colon', () => {
      expect(items('工作中的不足之处在于调研不够深入，措施针对性不强，督促检查不经常。')).toEqual([['list-clauses', ['调研不够深入', '措施针对性不强', '督促检查不经常']]]);
    });
    it('needs three parts and leaves a field label alone', () => {
      expect(texts('主要问题是：资金不足，进度偏慢。')).toEqual([]);
      expect(texts('牵头单位：县发改局，县财政局，县住建局。')).toEqual([]);
    });
  });

  describe('；-lists without a colon', () => {
    it('takes the clause that turns to them as the lead-in', () => {
      const t = '成绩来之不易，但我们也清楚地认识到，园区主导产业不强，龙头企业偏少；农村人居环境整治还不彻底；少数干部服务意识淡薄，等等。';
      expect(texts(t)).toEqual([
        {
          family: 'list-open',
          leadIn: '成绩来之不易，但我们也清楚地认识到',
          items: ['园区主导产业不强，龙头企业偏少', '农村人居环境整治还不彻底', '少数干部服务意识淡薄'],
        },
      ]);
    });
    it('reads items that repeat a lead verb, with no lead-in', () => {
      const t = '重点整治窗口人员态度生硬的问题，主要是冷硬横推；重点整治审批环节过多的问题，主要是重复提交材料；重点整治办事效率低下的问题，主要是久拖不办。';
      expect(texts(t)).toEqual([
        {
          family: 'list-open',
          leadIn: null,
          items: ['重点整治窗口人员态度生硬的问题，主要是冷硬横推', '重点整治审批环节过多的问题，主要是重复提交材料', '重点整治办事效率低下的问题，主要是久拖不办'],
        },
      ]);
    });
    it('reads 「还有，如A；B；C」', () => {
      expect(items('还有，如会议过多过滥；文件层层转发；检查考核名目繁多；等等。')).toEqual([['list-open', ['会议过多过滥', '文件层层转发', '检查考核名目繁多']]]);
    });
  });

  describe('「存在A、B、C等问题」', () => {
    it('reads the 、-parts, the last without 等问题', () => {
      const t = '全镇农业发展势头良好，但仍面临灌溉设施老化、种植结构单一、冷链物流短缺等问题。';
      expect(texts(t)).toEqual([{ family: 'list-inline', leadIn: '全镇农业发展势头良好，但仍面临', items: ['灌溉设施老化', '种植结构单一', '冷链物流短缺'] }]);
      expect(items('检查中发现，部分企业存在台账记录不全、应急演练流于形式等安全隐患。')).toEqual([['list-inline', ['台账记录不全', '应急演练流于形式']]]);
    });
    it('reads 「A、B、C三重压力」「A、B两大挑战」 as well', () => {
      expect(items('当前，我县经济发展面临需求不足、成本上升、预期偏弱三重压力。')).toEqual([['list-inline', ['需求不足', '成本上升', '预期偏弱']]]);
      expect(items('养老事业面临着人口老龄化加快、护理人员流失两大挑战。')).toEqual([['list-inline', ['人口老龄化加快', '护理人员流失']]]);
    });
    it('not in a task, a purpose sentence or a negation', () => {
      expect(texts('各地要着力解决存在的设施老化、结构单一等问题。')).toEqual([]);
      expect(texts('为破解面临的用地紧张、融资困难等问题，县政府出台了十条措施。')).toEqual([]);
      expect(texts('经核查，该企业不存在拖欠工资、克扣补贴等问题。')).toEqual([]);
    });
    it('keeps the areas of a purpose or search sentence out', () => {
      expect(texts('为提升服务效能，着力解决窗口单位在服务、效率、作风等方面还存在的不足，制定本方案。')).toEqual([]);
      expect(texts('年底前，各支部对照职责，查摆在学习、工作、纪律等方面存在的问题。')).toEqual([]);
    });
  });

  describe('one problem per sentence', () => {
    it('after a sentence that announces them, up to one that orders', () => {
      const t = '在肯定成绩的同时，我们也清醒看到面临的困难。受原材料涨价影响，企业利润明显下滑。小微企业融资难问题依然突出。我们将认真加以解决。';
      expect(texts(t)).toEqual([
        { family: 'list-sentences', leadIn: '在肯定成绩的同时，我们也清醒看到面临的困难', items: ['受原材料涨价影响，企业利润明显下滑', '小微企业融资难问题依然突出'] },
      ]);
    });
    it('after an evidence clause', () => {
      const t = '从近期抽查看，部分工地扬尘管控不严、不细。个别渣土车违规夜间运输。各街道要立即整改。';
      expect(texts(t)).toEqual([{ family: 'list-sentences', leadIn: '从近期抽查看', items: ['部分工地扬尘管控不严、不细', '个别渣土车违规夜间运输'] }]);
    });
    it('after 「…问题不容忽视。」, an adverb kept, a connective dropped', () => {
      const t = '对照年初目标，发展中的问题不容忽视。近年来，县域工业增速明显放缓。与此同时，部分乡镇财政收支矛盾加剧。我们将认真研究解决。';
      expect(items(t)).toEqual([['list-sentences', ['近年来，县域工业增速明显放缓', '部分乡镇财政收支矛盾加剧']]]);
    });
    it('needs two problem sentences', () => {
      expect(texts('我们也深知前进中还有不少困难。全年完成投资50亿元。新建道路20公里。')).toEqual([]);
      expect(texts('我们也深知前进中还有不少困难。外贸订单明显下降。各部门要主动作为。')).toEqual([]);
    });
  });
});

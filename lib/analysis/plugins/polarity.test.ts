import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';

const polarity = (text: string) => run(text).enumerations.map((e) => e.polarity);

describe('classifyPolarity', () => {
  it.each([
    ['problems announced by a count after a shortfall', '工作还存在一些差距，主要有三个方面：一是投资乏力；二是进度较慢；三是保障不足。', 'problem'],
    ['problems announced by a predicate in the lead-in', '学科布局还不够合理，主要表现在：一是发展不均衡；二是队伍规模小；三是成果不多。', 'problem'],
    ['achievements: a results lead-in', '过去一年，有三个方面值得充分肯定：一是投资规模稳步扩大；二是产业支撑明显增强；三是民生短板加快补齐。', 'achievement'],
    ['achievements: items that report results', '《规则》出台后，主要表现在：一是进一步体现了民主集中制原则；二是进一步完善了议事程序；三是提高了决策效率。', 'achievement'],
    ['tasks whose object is a problem', '《方案》着眼于解决突出问题，在三个方面实现突破：一是大幅提高选修比例；二是学校自主设置课程；三是推进分层教学。', 'task'],
    ['tasks: a requirements lead-in', '县重点项目服务中心要发挥好统筹作用，重点抓好三项工作：一是建立问题清单；二是完善会商机制；三是加强督促提醒。', 'task'],
    ['tasks: 一要 series', '推动项目落地是第一抓手。一要善抓机遇。二要紧抓建设。三要大抓招商。', 'task'],
    ['achievements: a lead-in that looks back, without an order', '回顾半年来的工作，我们着力“三抓”推进：\n一抓组织领导，保障方案落实。\n二抓学习教育，筑牢思想根基。\n三抓整改落实，推动问题解决。', 'achievement'],
    ['tasks: looking back, then an order', '回顾过去，展望未来，我们要重点抓好三项工作：一是建立问题清单；二是完善会商机制；三是加强督促提醒。', 'task'],
  ])('%s', (_name, text, expected) => expect(polarity(text)).toEqual([expected]));
});

describe('misconduct and turns to problems', () => {
  it.each([
    ['misconduct items after a problem sentence', '但也要看到，政府采购领域的问题还比较突出。一是一些单位规避公开招标；二是一些评审专家违规打分；三是个别供应商串标围标。', 'problem'],
    ['misconduct items, another field', '巡察发现，基层财务管理还有漏洞。一是一些村级组织截留挪用补助资金；二是个别干部插手工程发包；三是少数村违规举债。', 'problem'],
    ['idioms of bad work style after a lead that names harm', '形式主义的主要表现和危害是：一是层层加码；二是脱离实际；三是欺上瞒下。', 'problem'],
    ['a 直面/正视 lead-in with problem items', '对照新要求，我们必须直面：一是产业链条偏短；二是创新能力不强；三是要素保障不足。', 'problem'],
    ['results that mention a misconduct case handled stay achievements', '过去一年，纪检工作取得了新成效：一是查处了一批违规违纪案件；二是完善了监督制度；三是提高了办案质量。', 'achievement'],
  ])('%s', (_name, text, expected) => expect(polarity(text)).toEqual([expected]));
});

describe('a bare lead-in after the sentence that turns to problems', () => {
  it.each([
    ['具体来说 after 也要看到', '但也要看到，我县安全生产形势依然严峻。具体来说：一是部分企业主体责任落实不到位；二是一些监管人员业务生疏；三是应急救援队伍建设还在推进中。', 'problem'],
    ['主要有 after 不容忽视', '各类检查中暴露的情况不容忽视。主要有：一是台账记录不全；二是整改销号不及时；三是个别单位重视程度不够。', 'problem'],
    ['具体来说 after results', '一年来，全县农村改革取得明显成效。具体来说：一是完成了土地确权颁证；二是建立了产权交易平台；三是壮大了集体经济。', 'achievement'],
  ])('%s', (_name, text, expected) => expect(polarity(text)).toEqual([expected]));
});

describe('items that fall short without a listed word', () => {
  it.each([
    ['titles that end in a negation', '主要原因有：一是思想认识不到位；二是工作措施不扎实；三是监督检查不经常。', 'problem'],
    ['some of the people or units as subjects, after a lead-in that closes on a shortfall', '巡察发现，该局在落实主体责任方面还有欠缺：一些干部热衷于做表面文章；个别科室把制度挂在墙上；少数党员长期不参加组织生活。', 'problem'],
    ['one-character openings are no task when the item falls short (重复…, 应急…)', '检查发现：一是重复检查过多；二是应急物资储备不足；三是台账管理混乱。', 'problem'],
    ['some of the units as subjects that report results', '过去一年的成效主要有：一是一些单位实现了扭亏为盈；二是部分乡镇完成了撤并；三是个别部门获评先进。', 'achievement'],
    ['resolves that end in 不 are tasks', '今后一个时期，要坚持三个毫不：一是坚定信心决不动摇；二是狠抓落实决不放松；三是从严治党永不停歇。', 'task'],
  ])('%s', (_name, text, expected) => expect(polarity(text)).toEqual([expected]));
});

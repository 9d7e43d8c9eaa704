import { describe, expect, it } from 'vitest';
import { allUnitNames, isCollective, isUnit, ownersFromAllocation, ownersFromLeadCoop, ownersFromYou, splitUnits, subjectOwners, unitNames } from './owners';

describe('splitUnits', () => {
  it('splits at 、，and drops vague tails, keeping 和 inside names', () => {
    expect(splitUnits('县发展改革局、县自然资源和规划局等有关部门')).toEqual(['县发展改革局', '县自然资源和规划局']);
  });
});

describe('ownersFromAllocation', () => {
  it('reads 牵头 / 配合 / 落实 segments', () => {
    expect(ownersFromAllocation('县发改局、县财政局牵头，县住建局配合，各乡镇落实')).toEqual({
      owners: ['县发改局', '县财政局', '各乡镇', '县住建局'],
      lead: ['县发改局', '县财政局'],
      coop: ['县住建局'],
    });
  });
  it('reads labelled fields', () => {
    expect(ownersFromAllocation('牵头单位：县科技局；责任单位：县教育局、县工信局')).toEqual({
      owners: ['县科技局', '县教育局', '县工信局'],
      lead: ['县科技局'],
      coop: [],
    });
  });
  it('reads every role word of lexicon/roles in fields and segments (主责, 协办, 承办, 牵头负责, 共同)', () => {
    expect(ownersFromAllocation('主责单位：区文旅局；协办单位：区财政局、各街道')).toEqual({ owners: ['区文旅局', '区财政局', '各街道'], lead: ['区文旅局'], coop: ['区财政局', '各街道'] });
    expect(ownersFromAllocation('市体育局主办，市卫健委协办，各区承办')).toEqual({ owners: ['市体育局', '各区', '市卫健委'], lead: ['市体育局'], coop: ['市卫健委'] });
    expect(ownersFromAllocation('镇农办牵头负责，镇财政所参与')).toEqual({ owners: ['镇农办', '镇财政所'], lead: ['镇农办'], coop: ['镇财政所'] });
    expect(splitUnits('县交通局、县公安局共同')).toEqual(['县交通局', '县公安局']);
  });
  it('returns null for a parenthetical that allocates nothing', () => {
    expect(ownersFromAllocation('含民办学校，下同')).toBeNull();
  });
});

describe('ownersFromYou and ownersFromLeadCoop', () => {
  it('由…牵头，…配合', () => {
    expect(ownersFromYou('由县发改局牵头，县财政局配合，6月底前完成')).toEqual({ owners: ['县发改局', '县财政局'], lead: ['县发改局'], coop: ['县财政局'] });
  });
  it('…牵头，…配合 without 由', () => {
    expect(ownersFromLeadCoop('档案室牵头，信息中心配合，月底前完成')).toEqual({ owners: ['档案室', '信息中心'], lead: ['档案室'], coop: ['信息中心'] });
  });
  it('…一定要牵头，…协办 and …须负责，…参与: every subject modal and co-operating role', () => {
    expect(ownersFromLeadCoop('县住建局一定要牵头，县城管局协办')).toEqual({ owners: ['县住建局', '县城管局'], lead: ['县住建局'], coop: ['县城管局'] });
    expect(ownersFromLeadCoop('乡卫生院须负责，各村卫生室参与，年底前完成')).toEqual({ owners: ['乡卫生院', '各村卫生室'], lead: ['乡卫生院'], coop: ['各村卫生室'] });
    expect(ownersFromLeadCoop('建设工期紧，质量要求高')).toBeNull();
  });
});

describe('subjectOwners', () => {
  it.each([
    ['县生态环境局负责牵头督查，每周五前将督查情况报县政府办公室', ['县生态环境局']],
    ['对今年确定的重大项目，各镇、各部门一定要严格对照目标', ['各镇', '各部门']],
    ['各镇、各部门，特别是“一把手”，要克服等靠要思想', ['各镇', '各部门', '“一把手”']],
    ['在工作推进过程中，牵头领导要牵头总抓', ['牵头领导']],
    ['为此，我们各级领导干部一定要增强机遇意识', ['各级领导干部']],
    ['各地各部门主要负责人是第一责任人，要切实履好职', ['各地各部门主要负责人']],
    ['我们要紧紧围绕县委决策部署', []],
    ['大家要认真研究解决', []],
  ])('%s → %j', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it('accepts lexicon names', () => {
    expect(isUnit('项目专班', [])).toBe(true);
    expect(isUnit('老王', ['老王'])).toBe(true);
    expect(isUnit('这项工作', [])).toBe(false);
  });
});

describe('lead owners', () => {
  it.each([
    ['由市委组织部牵头，市委宣传部配合，组织开展集中培训', ['市委组织部'], ['市委宣传部']],
    ['由中央组织部牵头组织实施，中央宣传部、中央党校配合做好相关工作', ['中央组织部'], ['中央宣传部', '中央党校']],
    ['由区卫健委负责，区民政局配合，年底前建成10个护理站', ['区卫健委'], ['区民政局']],
  ])('由…: %s', (clause, lead, coop) => expect(ownersFromYou(clause)).toMatchObject({ lead, coop }));
  it.each([
    ['县住建局要牵头，县城管局配合，9月底前完成改造', ['县住建局'], ['县城管局']],
    ['县教育局负责，县财政局、县人社局配合，落实教师补助', ['县教育局'], ['县财政局', '县人社局']],
    ['档案室牵头，信息中心配合，月底前完成', ['档案室'], ['信息中心']],
  ])('X牵头/X要牵头/X负责…Y配合: %s', (clause, lead, coop) => expect(ownersFromLeadCoop(clause)).toEqual({ owners: [...lead, ...coop], lead, coop }));
  it('a 由 clause that assigns nothing gives nothing', () => expect(ownersFromYou('由于资金紧张，项目推迟开工')).toBeNull());
});

describe('unit names a 台账 can use', () => {
  it.each([
    ['县住建局要牵头开展燃气管道排查', ['县住建局']],
    ['市场监管局要加强抽检', ['市场监管局']],
    ['各级党委（党组）要把学习教育作为重大政治任务', ['各级党委（党组）']],
    ['省（自治区、直辖市）党委要结合实际作出部署', ['省（自治区、直辖市）党委']],
  ])('never garbled, brackets kept: %s', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it.each([
    ['县应急管理局等执法部门', ['县应急管理局']],
    ['市场监管局、公安局等相关单位', ['市场监管局', '公安局']],
    ['区城管局等', ['区城管局']],
  ])('drops a vague 等… tail: %s', (list, units) => expect(splitUnits(list)).toEqual(units));
  it.each([
    ['工商联要加强自身建设', ['工商联']],
    ['广大非公有制经济人士要提振发展信心', ['广大非公有制经济人士']],
    ['国企要聚焦主责主业', ['国企']],
    ['各地各校要在开学前完成校舍安全排查', ['各地各校']],
    ['各高校要安排好留校学生住宿', ['各高校']],
    ['组织上要为干部撑腰鼓劲', ['组织上']],
    ['各地要清理取消不合理限制', ['各地']],
    ['要因地制宜地推进改厕', []],
    ['科学地谋划要放在首位', []],
  ])('category 11 units: %s', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it.each([
    ['各街道社区，首先要摸清独居老人底数', ['各街道社区']],
    ['各级党委和教育行政部门，首先要办好集体福利事业', ['各级党委和教育行政部门']],
    ['各级党委的第一书记，对日常工作要负起责任', ['各级党委的第一书记']],
    ['统筹推进各项工作，防汛指挥部办公室具体负责督促落实', ['防汛指挥部办公室']],
    ['各职能部门主要领导同志负总责', ['各职能部门主要领导同志']],
    ['对群众反映的问题，要逐一核实', []],
  ])('category 18, the unit not next to the modal: %s', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it.each([
    ['市、县两级政府要把危房改造作为头等大事', ['市、县两级政府']],
    ['省、市、县三级人民政府要足额保障经费', ['省、市、县三级人民政府']],
    ['流入地、流出地党组织要加强协调', ['流入地、流出地党组织']],
    ['财政、审计部门要加强资金监管', ['财政、审计部门']],
    ['县发改局、县财政局要加快审批', ['县发改局', '县财政局']],
  ])('category 25, a head shared across 、: %s', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it.each([
    ['希望各民主党派积极建言献策', ['各民主党派']],
    ['希望各基层党组织在防疫一线发挥战斗堡垒作用', ['各基层党组织']],
    ['希望各级党委和组织部门在这个问题上来个大转变', ['各级党委和组织部门']],
    ['倡导各级政府和部门主要负责人当好施工队长', ['各级政府和部门主要负责人']],
    ['上述几条，都请同志们认真讨论', ['同志们']],
    ['希望大家多提宝贵意见', []],
  ])('category 27, owners after 希望/倡导/请: %s', (clause, owners) => expect(subjectOwners(clause)).toEqual(owners));
  it.each([
    ['各单位', true],
    ['各乡镇', true],
    ['各级领导干部', true],
    ['全体党员', true],
    ['相关责任单位', true],
    ['县发改局', false],
    ['“一把手”', false],
  ])('collective: %s → %s', (u, c) => expect(isCollective(u)).toBe(c));
});

describe('unitNames and allUnitNames', () => {
  // Lists of my own: units, shared heads, vague tails, role words, a bracket, non-units and an office name.
  const lists = [
    '县发改局、县财政局等有关部门',
    '市、县两级政府',
    '财政、审计部门配合',
    '各乡镇（街道）',
    '我们、大家',
    '县住建局、加快推进',
    '城东片区改造指挥部',
    '数据专班、东风队、老旧小区',
    '由县应急管理局牵头',
    '甲、乙、丙',
  ];
  it.each([[[]], [['东风队']], [['老旧小区', '']]])('is splitUnits filtered by isUnit, with office names %j', (extra) => {
    for (const list of lists) {
      const named = splitUnits(list).filter((u) => isUnit(u, extra));
      expect(unitNames(list, extra)).toEqual(named);
      const all = splitUnits(list);
      expect(allUnitNames(list, extra)).toEqual(all.length && all.every((u) => isUnit(u, extra)) ? all : null);
    }
  });
  it('gives null when any name is no unit, or when there is none', () => {
    expect(allUnitNames('县发改局、县财政局')).toEqual(['县发改局', '县财政局']);
    expect(allUnitNames('县发改局、加快推进')).toBeNull();
    expect(allUnitNames('，')).toBeNull();
    expect(allUnitNames('东风队、县财政局', ['东风队'])).toEqual(['东风队', '县财政局']);
  });
});

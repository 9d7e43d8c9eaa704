import { describe, expect, it } from 'vitest';
import { isUnit, ownersFromAllocation, ownersFromLeadCoop, ownersFromYou, splitUnits, subjectOwners } from './owners';

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
});

describe('subjectOwners', () => {
  it.each([
    ['县生态环境局负责牵头督查，每周五前将督查情况报县政府办公室', ['县生态环境局']],
    ['对今年确定的重大项目，各镇、各部门一定要严格对照目标', ['各镇', '各部门']],
    ['各镇、各部门，特别是“一把手”，要克服等靠要思想', ['各镇', '各部门', '一把手']],
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

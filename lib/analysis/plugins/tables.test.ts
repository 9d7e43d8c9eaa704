import { describe, expect, it } from 'vitest';
import { run } from '../test-utils';
import { alignRow, headerRole } from './tables';

/** The actions of a draft as [task, lead, coop, owners, deadline text]. */
const rows = (text: string) => run(text).actions.map((a) => [a.text, a.lead, a.coop, a.owners, a.deadline?.text ?? null]);

describe('headerRole', () => {
  it('names columns by their longest known word, spaces and slashes ignored; persons are never units', () => {
    expect(headerRole('牵 头 单 位')?.role).toBe('lead');
    expect(headerRole('负责处室/年段')?.role).toBe('lead');
    expect(headerRole('协办单位')?.role).toBe('coop');
    expect(headerRole('时间节点')?.role).toBe('deadline');
    expect(headerRole('牵头单位负责人')?.role).toBe('person');
    expect(headerRole('分管领导')?.role).toBe('person');
    expect(headerRole('任务落实及措施目标细化')!.weight).toBeGreaterThan(headerRole('子项目名称')!.weight);
    expect(headerRole('联系电话')?.role).toBe('person');
    expect(headerRole('天气')).toBeNull();
  });
});

describe('alignRow', () => {
  it('puts the cells of a row that lost its first cells to merging under the right columns', () => {
    const roles = ['seq', 'name', 'task', 'deadline', 'lead', 'person'] as const;
    expect(alignRow(['seq', 'long', 'time', 'units', 'short'], [...roles])).toEqual([0, -1, 1, 2, 3, 4]);
    expect(alignRow(['long', 'time', 'units'], [...roles])).toEqual([-1, -1, 0, 1, 2, -1]);
  });
});

describe('remarkTables', () => {
  it('reads a TAB table by its header, in any column order; persons and header cells never items or owners', () => {
    const text = [
      '2027年县营商环境重点任务分工表',
      '序号\t牵头单位\t重点任务\t完成时限\t配合单位\t责任人',
      '1\t县发改局\t编制优化营商环境三年行动方案\t2027年3月底前\t县财政局、县市场监管局\t张伟',
      '2\t县政务服务中心\t推行企业开办全程网办\t6月30日前\t县公安局 县税务局\t李娜',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['编制优化营商环境三年行动方案', ['县发改局'], ['县财政局', '县市场监管局'], ['县发改局', '县财政局', '县市场监管局'], '2027年3月底前'],
      ['推行企业开办全程网办', ['县政务服务中心'], ['县公安局', '县税务局'], ['县政务服务中心', '县公安局', '县税务局'], '6月30日前'],
    ]);
    const a = run(text).actions[1]!;
    expect(a.deadline?.due).toBe('2027-06-30');
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('reads a markdown table; 责任单位 is the lead where no 牵头 column exists; letter-spaced names joined', () => {
    const text = ['| 序号 | 工作内容 | 责任单位 | 时间节点 |', '|---|---|---|---|', '| 1 | 开展校园周边安全隐患排查 | 保卫处 工  会 | 每学期 |', '| 2 | 修订学生资助管理办法 | 学工处、财务处 | 2026年9月底前 |'].join('\n');
    expect(rows(text)).toEqual([
      ['开展校园周边安全隐患排查', ['保卫处', '工会'], [], ['保卫处', '工会'], '每学期'],
      ['修订学生资助管理办法', ['学工处', '财务处'], [], ['学工处', '财务处'], '2026年9月底前'],
    ]);
  });

  it('keeps 责任单位 apart from the lead beside a 牵头单位 column', () => {
    const text = ['任务\t牵头单位\t责任单位\t完成时间', '建成区级数据共享平台\t区大数据局\t各街道、区直各部门\t年底前', '完成老旧小区改造12个\t区住建局\t相关街道\t10月底前'].join('\n');
    const a = run(text).actions;
    expect(a.map((x) => [x.lead, x.coop, x.owners])).toEqual([
      [['区大数据局'], [], ['区大数据局', '各街道', '区直各部门']],
      [['区住建局'], [], ['区住建局', '相关街道']],
    ]);
  });

  it('reads a two-row header: 「牵头」「配合」 under a merged 「责任单位」', () => {
    const text = ['序号\t工作事项\t责任单位\t\t时限要求', '\t\t牵头\t配合\t', '1\t修订政府采购内控制度\t县财政局\t县审计局\t2027年4月底前', '2\t开展采购代理机构专项检查\t县财政局\t县市场监管局、县公安局\t8月底前'].join('\n');
    expect(rows(text)).toEqual([
      ['修订政府采购内控制度', ['县财政局'], ['县审计局'], ['县财政局', '县审计局'], '2027年4月底前'],
      ['开展采购代理机构专项检查', ['县财政局'], ['县市场监管局', '县公安局'], ['县财政局', '县市场监管局', '县公安局'], '8月底前'],
    ]);
  });

  it('reads a table without a header from its cells: a long task, units, a time', () => {
    const text = ['一、分工安排', '1\t全面排查辖区内自建房安全隐患，建立整治台账\t镇规建办、各村\t2026年5月底前', '2\t组织开展燃气安全专项检查\t镇应急办\t每月', '3\t完善防汛应急预案并组织演练\t镇水利站、派出所\t汛期前'].join('\n');
    expect(rows(text).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['全面排查辖区内自建房安全隐患，建立整治台账', ['镇规建办', '各村'], '2026年5月底前'],
      ['组织开展燃气安全专项检查', ['镇应急办'], '每月'],
      ['完善防汛应急预案并组织演练', ['镇水利站', '派出所'], '汛期前'],
    ]);
  });

  it('aligns rows whose project cells were merged away, and carries a blank unit or date from the merged cell above', () => {
    const text = [
      '序号\t项目名称\t具体措施\t完成时间\t负责科室\t配合科室\t分管领导',
      '1\t智慧医院建设\t上线互联网诊疗平台\t2026年6月底前\t信息科\t医务科\t王强',
      '上线电子病历五级评审系统\t2026年12月底前\t信息科\t质控科',
      '2\t后勤保障\t完成门诊楼改造\t9月底前\t总务科\t\t刘洋',
      '\t\t更新消防设施\t\t\t\t',
      '\t\t开展食堂食品安全培训\t11月底前\t\t\t',
    ].join('\n');
    const a = run(text).actions;
    expect(a.map((x) => [x.text, x.lead, x.coop, x.deadline?.text ?? null, x.section])).toEqual([
      ['上线互联网诊疗平台', ['信息科'], ['医务科'], '2026年6月底前', ['智慧医院建设']],
      ['上线电子病历五级评审系统', ['信息科'], ['质控科'], '2026年12月底前', ['智慧医院建设']],
      ['完成门诊楼改造', ['总务科'], [], '9月底前', ['后勤保障']],
      ['更新消防设施', ['总务科'], [], '9月底前', ['后勤保障']],
      ['开展食堂食品安全培训', ['总务科'], [], '11月底前', ['后勤保障']],
    ]);
  });

  it('takes a row naming only a category as the section of the rows under it', () => {
    const text = ['重点任务\t牵头部门\t完成期限', '一、产业发展\t\t', '培育规上工业企业10家\t市工信局\t年底前', '二、民生保障\t\t', '新增城镇就业岗位5000个\t市人社局\t全年'].join('\n');
    const a = run(text).actions;
    expect(a.map((x) => [x.text, x.section, x.deadline?.type])).toEqual([
      ['培育规上工业企业10家', ['一、产业发展'], 'period'],
      ['新增城镇就业岗位5000个', ['二、民生保障'], 'period'],
    ]);
  });

  it('leaves TAB-aligned lists that are no task table to the prose passes', () => {
    const contacts = ['姓名\t单位\t联系电话', '张敏\t县卫健局\t0571-1234567', '赵磊\t县教育局\t0571-7654321'].join('\n');
    expect(run(contacts).actions).toEqual([]);
    const figures = ['指标\t2025年\t2026年', '地区生产总值（亿元）\t512\t548', '一般公共预算收入（亿元）\t40\t43'].join('\n');
    expect(run(figures).actions).toEqual([]);
    const prose = ['各乡镇要在6月底前完成排查。\t（县应急局牵头）', '县财政局要保障经费。\t'].join('\n');
    expect(run(prose).actions.map((a) => a.text)).toContain('各乡镇要在6月底前完成排查');
  });

  it('keeps table rows out of headings and prose actions', () => {
    const text = ['一、工作任务', '序号\t工作任务\t责任单位\t完成时限', '1、\t各部门要梳理权责清单，一是明确边界，二是动态调整\t县编办\t8月底前'].join('\n');
    const a = run(text);
    expect(a.headings.map((h) => h.title)).toEqual(['工作任务']);
    expect(a.actions.map((x) => [x.text, x.owners, x.section])).toEqual([['各部门要梳理权责清单，一是明确边界，二是动态调整', ['县编办'], ['一、工作任务']]]);
    expect(a.enumerations).toEqual([]);
  });
});

/**
 * Tests for the 时限 extractor. Every table row is: a description, an input sentence, and the exact expected
 * matches as [start, end, text, type, due]. Sentences are written for these tests (not taken from the corpus).
 * Unless a row says otherwise the context is year 2025, reference date 2025-03-12 (a Wednesday).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENRES, genreOfTitle } from '../genres';
import { run } from '../test-utils';
import {
  GATES,
  NEAR_GATES,
  deadlinesIn,
  findCadences,
  findDeadlines,
  findDocumentDate,
  pickDeadline,
  type DeadlineContext,
  type DeadlineMatch,
  type DeadlineType,
} from './deadlines';

type Expected = [start: number, end: number, text: string, type: DeadlineType, due: string | null];
type Case = [description: string, sentence: string, expected: Expected[]];

const CTX: DeadlineContext = { year: 2025, referenceDate: '2025-03-12' };

function tuples(matches: DeadlineMatch[]): Expected[] {
  return matches.map((m) => [m.start, m.end, m.text, m.type, m.due]);
}

const ABSOLUTE: Case[] = [
  ["full date + 前", "各乡镇要于2021年2月3日前将自查报告报送县政府办。", [[5, 15, "2021年2月3日前", 'absolute', "2021-02-03"]]],
  ["year-month 底前", "2022年10月底前编制完成全县公共服务事项清单。", [[0, 10, "2022年10月底前", 'absolute', "2022-10-31"]]],
  ["year-month 底 without 前", "整改工作于2022年10月底全部完成。", [[5, 14, "2022年10月底", 'absolute', "2022-10-31"]]],
  ["full date 30日前", "力争2025年6月30日前完成主体工程。", [[2, 13, "2025年6月30日前", 'absolute', "2025-06-30"]]],
  ["year 底前", "2025年底前实现村级便民服务站全覆盖。", [[0, 7, "2025年底前", 'absolute', "2025-12-31"]]],
  ["year 年底前", "确保2026年年底前完成老旧小区改造任务。", [[2, 10, "2026年年底前", 'absolute', "2026-12-31"]]],
  ["year 内", "2027年内建成区域物流中心。", [[0, 6, "2027年内", 'absolute', "2027-12-31"]]],
  ["到 + bare year keeps 到", "到2030年，全县森林覆盖率达到45%以上。", [[0, 6, "到2030年", 'absolute', "2030-12-31"]]],
  ["到 is dropped when the year has its own suffix", "争取到2028年底基本建成。", [[3, 9, "2028年底", 'absolute', "2028-12-31"]]],
  ["year range 至", "区委决定于2016年至2018年在全区开展农村人居环境整治。", [[5, 16, "2016年至2018年", 'absolute', "2018-12-31"]]],
  ["year range with dash", "实施周期为2016年—2018年。", [[5, 16, "2016年—2018年", 'absolute', "2018-12-31"]]],
  ["起至 range", "整治时间为2016年5月起至2018年底，分三个阶段进行。", [[5, 20, "2016年5月起至2018年底", 'absolute', "2018-12-31"]]],
  ["下旬至 range", "集中整治阶段（2016年5月下旬至2018年6月底）", [[7, 25, "2016年5月下旬至2018年6月底", 'absolute', "2018-06-30"]]],
  ["上、中旬", "动员部署阶段（2016年5月上、中旬）", [[7, 18, "2016年5月上、中旬", 'absolute', "2016-05-20"]]],
  ["上旬 and 下旬前", "各地要在2016年5月上旬完成摸底，2016年6月下旬前完成整改。", [[4, 13, "2016年5月上旬", 'absolute', "2016-05-10"], [18, 28, "2016年6月下旬前", 'absolute', "2016-06-30"]]],
  ["M月前 is the end of the previous month, across a year", "新系统2026年1月前上线运行。", [[3, 11, "2026年1月前", 'absolute', "2025-12-31"]]],
  ["year half and quarter", "2026年上半年完成招标，2026年一季度末前完成设计。", [[0, 8, "2026年上半年", 'absolute', "2026-06-30"], [13, 23, "2026年一季度末前", 'absolute', "2026-03-31"]]],
  ["Chinese-numeral date", "二〇二五年六月底前全面完成。", [[0, 9, "二〇二五年六月底前", 'absolute', "2025-06-30"]]],
  ["于 + bare year", "该项目于2019年列入省重点项目。", [[3, 9, "于2019年", 'absolute', "2019-12-31"]]],
];

const LEAP: Case[] = [
  ["2024 is a leap year", "2024年2月底前完成年度考核。", [[0, 9, "2024年2月底前", 'absolute', "2024-02-29"]]],
  ["2023 is not", "2023年2月底前完成年度考核。", [[0, 9, "2023年2月底前", 'absolute', "2023-02-28"]]],
  ["2000 is", "2000年2月底", [[0, 8, "2000年2月底", 'absolute', "2000-02-29"]]],
  ["2100 is not", "2100年2月底前", [[0, 9, "2100年2月底前", 'absolute', "2100-02-28"]]],
  ["2月29日 in a common year does not resolve", "2023年2月29日前", [[0, 11, "2023年2月29日前", 'absolute', null]]],
];

const PERIOD: Case[] = [
  ["month 底前", "各地要在6月底前完成摸底，9月底前完成整改。", [[4, 8, "6月底前", 'period', "2025-06-30"], [13, 17, "9月底前", 'period', "2025-09-30"]]],
  ["底以前", "所有项目12月底以前全部开工。", [[4, 10, "12月底以前", 'period', "2025-12-31"]]],
  ["M月D日前", "6月30日前将验收材料交市住建局。", [[0, 6, "6月30日前", 'period', "2025-06-30"]]],
  ["M月前 is the end of the previous month", "10月前启动招标。", [[0, 4, "10月前", 'period', "2025-09-30"]]],
  ["M月中旬前", "7月中旬前完成设备调试。", [[0, 5, "7月中旬前", 'period', "2025-07-20"]]],
  ["年底前", "年底前完成全部任务。", [[0, 3, "年底前", 'period', "2025-12-31"]]],
  ["年内 and 年末前", "年内完成一半，年末前全部完成。", [[0, 2, "年内", 'period', "2025-12-31"], [7, 10, "年末前", 'period', "2025-12-31"]]],
  ["bare 年底", "到年底，全县新增就业岗位2000个。", [[1, 3, "年底", 'period', "2025-12-31"]]],
  ["今年底前", "今年底前建成投用。", [[0, 4, "今年底前", 'period', "2025-12-31"]]],
  ["今年年底前", "确保今年年底前全面完成。", [[2, 7, "今年年底前", 'period', "2025-12-31"]]],
  ["本年度内", "本年度内完成立项审批。", [[0, 4, "本年度内", 'period', "2025-12-31"]]],
  ["今年 as a goal year", "确保今年各项目标任务圆满完成。", [[2, 4, "今年", 'period', "2025-12-31"]]],
  ["在今年", "力争盐碱地改造在今年取得明显成效。", [[8, 10, "今年", 'period', "2025-12-31"]]],
  ["今年 with a month", "今年9月底前完成验收。", [[0, 6, "今年9月底前", 'period', "2025-09-30"]]],
  ["明年底前 and 明年上半年", "明年底前全部完工，明年上半年完成主体验收。", [[0, 4, "明年底前", 'period', "2026-12-31"], [9, 14, "明年上半年", 'period', "2026-06-30"]]],
  ["上半年 / 下半年", "上半年必须全部开工，下半年全面投产。", [[0, 3, "上半年", 'period', "2025-06-30"], [10, 13, "下半年", 'period', "2025-12-31"]]],
  ["年中", "年中开展一次集中督查。", [[0, 2, "年中", 'period', "2025-06-30"]]],
  ["quarters", "一季度实现开门红，第二季度全部开工，三季度末完成主体，四季度内竣工。", [[0, 3, "一季度", 'period', "2025-03-31"], [9, 13, "第二季度", 'period', "2025-06-30"], [18, 22, "三季度末", 'period', "2025-09-30"], [27, 31, "四季度内", 'period', "2025-12-31"]]],
  ["春节前: the eve of the next 春节 after the reference date (lunar, via the chinese calendar)", "春节前要把慰问金发放到位。", [[0, 3, "春节前", 'period', "2026-02-16"]]],
  ["春节前后", "做好春节前后安全生产工作。", [[2, 6, "春节前后", 'period', null]]],
  ["国庆节前 and 元旦前", "国庆节前完成道路改造，元旦前全面通车。", [[0, 4, "国庆节前", 'period', "2025-09-30"], [11, 14, "元旦前", 'period', "2025-12-31"]]],
  ["月底前 alone", "月底前报送统计数据。", [[0, 3, "月底前", 'period', null]]],
  ["placeholder X月底前", "完成时限：X月底前。", [[5, 9, "X月底前", 'period', null]]],
  ["placeholder XX / × / full-width Ｘ", "一期XX月底前，二期×月底前，三期Ｘ月底前。", [[2, 7, "XX月底前", 'period', null], [10, 14, "×月底前", 'period', null], [17, 21, "Ｘ月底前", 'period', null]]],
  ["placeholder day and year", "时间：2023年X月X日前；20XX年底前。", [[3, 13, "2023年X月X日前", 'period', null], [14, 21, "20XX年底前", 'period', null]]],
  ["Chinese-numeral months", "十二月底前完成，三月底启动。", [[0, 5, "十二月底前", 'period', "2025-12-31"], [8, 11, "三月底", 'period', "2025-03-31"]]],
  ["full-width digits", "６月底前完成，６月３０日前验收。", [[0, 4, "６月底前", 'period', "2025-06-30"], [7, 13, "６月３０日前", 'period', "2025-06-30"]]],
  ["M月D日至M月D日", "集中宣传时间为7月1日至7月31日。", [[7, 17, "7月1日至7月31日", 'period', "2025-07-31"]]],
];

const RELATIVE: Case[] = [
  ["会后N日内 keeps the anchor", "请于会后7日内将落实情况书面报告市政府办。", [[2, 7, "会后7日内", 'relative', null]]],
  ["收到通知后N个工作日内", "收到通知后5个工作日内反馈意见。", [[0, 11, "收到通知后5个工作日内", 'relative', null]]],
  ["自…之日起N日内", "自通知印发之日起30日内完成整改。", [[0, 12, "自通知印发之日起30日内", 'relative', null]]],
  ["N个工作日内 and N日内", "原则上30个工作日内办结，确需延期的可延长15日内。", [[3, 10, "30个工作日内", 'relative', null], [21, 25, "15日内", 'relative', null]]],
  ["N个月内 and N年内", "3个月内完成清理，3年内建成示范区。", [[0, 4, "3个月内", 'relative', null], [9, 12, "3年内", 'relative', null]]],
  ["Chinese numerals, 半, 小时", "一个月内、半年内、24小时内", [[0, 4, "一个月内", 'relative', null], [5, 8, "半年内", 'relative', null], [9, 14, "24小时内", 'relative', null]]],
  ["本周内 → Sunday of the reference week", "本周内完成隐患排查。", [[0, 3, "本周内", 'relative', "2025-03-16"]]],
  ["本月内 and 本月底前 → end of the reference month", "本月内制定方案，本月底前完成部署。", [[0, 3, "本月内", 'relative', "2025-03-31"], [8, 12, "本月底前", 'relative', "2025-03-31"]]],
  ["本月D日前", "请于本月25日前报县政府办。", [[2, 8, "本月25日前", 'relative', "2025-03-25"]]],
  ["本季度内", "本季度内完成首批验收。", [[0, 4, "本季度内", 'relative', "2025-03-31"]]],
  ["下周三前 → Wednesday of the next week", "下周三前提交实施方案。", [[0, 4, "下周三前", 'relative', "2025-03-19"]]],
  ["本周五前 and 下周内", "本周五前摸清底数，下周内完成整改。", [[0, 4, "本周五前", 'relative', "2025-03-14"], [9, 12, "下周内", 'relative', "2025-03-23"]]],
  ["下个月底前 and 下月中旬", "下个月底前完成招标，下月中旬开工。", [[0, 5, "下个月底前", 'relative', "2025-04-30"], [10, 14, "下月中旬", 'relative', "2025-04-20"]]],
  ["下月初 has no day", "下月初召开推进会。", [[0, 3, "下月初", 'relative', null]]],
  ["近期", "近期要召开专题会议研究。", [[0, 2, "近期", 'relative', null]]],
  ["会后 alone", "会后，各单位要迅速传达会议精神。", [[0, 2, "会后", 'relative', null]]],
  ["节后 (the festival's date is lunar: no day)", "部署落实好节后各项开局工作。", [[5, 7, "节后", 'relative', null]]],
  ["春节后", "春节后要第一时间组织企业复工。", [[0, 3, "春节后", 'relative', null], [4, 8, "第一时间", 'urgent', null]]],
  ["调节后 and 环节后 are no festival", "经过调节后，每个环节后都要复核。", []],
  ["检查结束后", "检查结束后形成书面报告。", [[0, 5, "检查结束后", 'relative', null]]],
];

const URGENT: Case[] = [
  ["第一时间 and 立即", "发现险情要第一时间报告，立即组织力量处置。", [[5, 9, "第一时间", 'urgent', null], [12, 14, "立即", 'urgent', null]]],
  ["马上", "群众反映的问题要马上就办。", [[8, 10, "马上", 'urgent', null]]],
  ["即知即改、立行立改", "对检查发现的问题，要即知即改、立行立改。", [[10, 14, "即知即改", 'urgent', null], [15, 19, "立行立改", 'urgent', null]]],
  ["限期 / 按期 / 如期 / 按时", "限期整改到位，确保按期开工、如期交付、按时投用。", [[0, 2, "限期", 'urgent', null], [9, 11, "按期", 'urgent', null], [14, 16, "如期", 'urgent', null], [19, 21, "按时", 'urgent', null]]],
  ["尽快 / 尽早 / 抓紧", "尽快出台实施细则，尽早谋划储备项目，抓紧抓实各项工作。", [[0, 2, "尽快", 'urgent', null], [9, 11, "尽早", 'urgent', null], [18, 20, "抓紧", 'urgent', null]]],
];

const ONGOING: Case[] = [
  ["长期坚持 / 持续推进", "这项工作要长期坚持、持续推进。", [[5, 9, "长期坚持", 'ongoing', null], [10, 14, "持续推进", 'ongoing', null]]],
  ["常态化 / 久久为功", "推动巡查常态化，久久为功抓落实。", [[4, 7, "常态化", 'ongoing', null], [8, 12, "久久为功", 'ongoing', null]]],
  ["坚持不懈 / 长效机制", "坚持不懈整治“四风”，建立长效机制。", [[0, 4, "坚持不懈", 'ongoing', null], [13, 17, "长效机制", 'ongoing', null]]],
];

const MIXED: Case[] = [
  ["urgency and a date in one sentence", "各牵头单位要抓紧制定方案，于6月底前报市政府。", [[6, 8, "抓紧", 'urgent', null], [14, 18, "6月底前", 'period', "2025-06-30"]]],
  ["cadence excluded, deadline kept", "各牵头单位每月28日前将进展情况报送市政府督查室，6月底前完成全部任务。", [[25, 29, "6月底前", 'period', "2025-06-30"]]],
];

const NONE: Case[] = [
  ["今年以来", "今年以来，全市经济运行总体平稳。", []],
  ["今年上半年以来", "今年上半年以来，全县新开工项目32个。", []],
  ["今年是", "今年是“十四五”规划收官之年。", []],
  ["今年来", "今年来，我们坚持问题导向。", []],
  ["今年初 / 今年年初", "今年初，市委作出部署；今年年初召开了动员会。", []],
  ["截至今年底", "截至今年底，累计完成投资50亿元。", []],
  ["至今年", "从去年至今年，项目进展顺利。", []],
  ["今年1—6月 (statistics)", "今年1—6月，全县完成投资12亿元。", []],
  ["去年底", "去年底，全县共有市场主体3万户。", []],
  ["1—6月份", "1—6月份，全县完成固定资产投资12亿元。", []],
  ["1-6月份", "1-6月份累计增长8%。", []],
  ["1月至6月 (statistics)", "1月至6月，全市接待游客200万人次。", []],
  ["2023年1月至6月 (statistics)", "2023年1月至6月，全市接待游客200万人次。", []],
  ["a dated narrative sentence", "8月5日，市委主要负责同志在调研时指出，要加快项目建设。", []],
  ["a full date without 前", "2021年1月25日，县政府召开常务会议。", []],
  ["placeholder narrative date", "8月X日，XX书记在调研时指出。", []],
  ["a year alone", "2019年，全市地区生产总值增长6.5%。", []],
  ["a plan span in a title", "《数字乡村发展规划（2018-2022年）》已印发。", []],
  ["a validity clause", "本办法有效期至2030年12月31日。", []],
  ["前往 is not 前", "8月3日前往县里调研。", []],
  ["按时间 is not 按时", "按时间节点倒排工期。", []],
  ["前三季度", "前三季度，全县财政收入增长5%。", []],
  ["一季度以来", "一季度以来，项目推进加快。", []],
  ["关于…年度", "关于2019年度工作目标考核的通知", []],
  ["起 marks a start", "从今年起，本办法在全市推行；7月底起实施新标准。", []],
  ["年中央 is not 年中", "2019年中央经济工作会议提出要求。", []],
  ["近日 is past", "近日，市政府召开专题会议。", []],
  ["第一时间段 / 无限期", "第一时间段的数据；不得无限期拖延。", []],
  ["下一周期 is not 下周", "进入下一周期后重新评估。", []],
  ["月份 without a boundary", "6月份，全市降雨偏多。", []],
  ["cadence only", "每月25日前将工作进展情况报送县督查室。", []],
  ["text without any deadline", "同志们，我们要提高政治站位，统一思想认识。", []],
];


describe('findDeadlines', () => {
  it('exposes the public API', async () => {
    expect(Object.keys(await import('./deadlines')).sort()).toEqual(['GATES', 'NEAR_GATES', 'deadlinesIn', 'findCadences', 'findDeadlines', 'findDocumentDate', 'pickDeadline']);
  });

  describe.each([
    ['absolute', ABSOLUTE],
    ['leap years', LEAP],
    ['period (year from the context)', PERIOD],
    ['relative', RELATIVE],
    ['urgent', URGENT],
    ['ongoing', ONGOING],
    ['mixed', MIXED],
    ['not deadlines', NONE],
  ] as const)('%s', (_group, table) => {
    it.each(table)('%s: %s', (_description, sentence, expected) => {
      const found = findDeadlines(sentence, CTX);
      expect(tuples(found)).toEqual(expected);
      for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it.each([
    ['年底前', { year: 2019, referenceDate: '2025-03-12' }, '年底前', '2019-12-31', 'period'],
    ['6月底前', { year: 2019, referenceDate: '2025-03-12' }, '6月底前', '2019-06-30', 'period'],
    ['明年上半年', { year: 2019, referenceDate: '2025-03-12' }, '明年上半年', '2020-06-30', 'period'],
    ['本周内 on a Sunday', { year: 2025, referenceDate: '2025-03-16' }, '本周内', '2025-03-16', 'relative'],
    ['本周内 on a Monday', { year: 2025, referenceDate: '2025-03-17' }, '本周内', '2025-03-23', 'relative'],
    ['本周内 across a month', { year: 2025, referenceDate: '2025-04-29' }, '本周内', '2025-05-04', 'relative'],
    ['本月底前 in a leap February', { year: 2024, referenceDate: '2024-02-10' }, '本月底前', '2024-02-29', 'relative'],
    ['下周五 across a year', { year: 2025, referenceDate: '2025-12-28' }, '下周五前', '2026-01-02', 'relative'],
    ['本周日 on a Sunday', { year: 2025, referenceDate: '2025-03-16' }, '本周日前', '2025-03-16', 'relative'],
    ['下月底前 in December', { year: 2025, referenceDate: '2025-12-03' }, '下月底前', '2026-01-31', 'relative'],
    ['下周一 with an invalid reference date', { year: 2025, referenceDate: 'soon' }, '下周一前', null, 'relative'],
    ['本月内 with an invalid reference date', { year: 2025, referenceDate: 'soon' }, '本月内', null, 'relative'],
  ] as const)('resolves %s against the context', (_d, ctx, text, due, type) => {
    expect(findDeadlines(`${text}完成。`, ctx)).toEqual([{ start: 0, end: text.length, text, type, due }]);
  });

  it('keeps offsets in the original text (full-width digits, astral characters, CRLF)', () => {
    const text = '\uFEFF𠀀\r\n一、工作要求\r\n各单位要在１２月底前完成，２０２５年６月３０日前验收。';
    const found = findDeadlines(text, CTX);
    expect(found.map((m) => m.text)).toEqual(['１２月底前', '２０２５年６月３０日前']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]).toMatchObject({ start: text.indexOf('１２'), type: 'period', due: '2025-12-31' });
    expect(found[1]).toMatchObject({ start: text.indexOf('２０２５'), type: 'absolute', due: '2025-06-30' });
  });

  it('returns matches in order, without overlaps, longest first', () => {
    const text = '2025年年底前，年底前，今年底前，会后7日内，7日内，2015年7月起至2017年底。';
    const found = findDeadlines(text, CTX);
    expect(found.map((m) => m.text)).toEqual(['2025年年底前', '年底前', '今年底前', '会后7日内', '7日内', '2015年7月起至2017年底']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('returns [] for empty text', () => {
    expect(findDeadlines('', CTX)).toEqual([]);
  });

  it('completes on a 1 MB string without deadlines', () => {
    expect(findDeadlines('一'.repeat(1_000_000), CTX)).toEqual([]);
  });

  it('completes on 200 000 repetitions of a placeholder month', () => {
    expect(findDeadlines('X月'.repeat(200_000), CTX)).toEqual([]);
    expect(findCadences('X月'.repeat(200_000))).toEqual([]);
  });
});

describe('findCadences', () => {
  it.each([
    ['每月D日前…报送', '每月25日前将工作进展情况报送县督查室。', ['每月25日前']],
    ['每月28日前 with a deadline after it', '各牵头单位每月28日前将进展情况报送市政府督查室，6月底前完成全部任务。', ['每月28日前']],
    ['每个季度第1个月的20日前', '每个季度第1个月的20日前报送上季度工作进展。', ['每个季度第1个月的20日前']],
    ['每周二前…报', '每周二前报县委办汇总。', ['每周二前']],
    ['每年12月底前…报告', '每年12月底前向市政府报告年度工作情况。', ['每年12月底前']],
    ['每月 with a reporting verb', '每月报送一次工作动态。', ['每月']],
    ['一月一检查、一季一通报、半年一总结', '坚持一月一检查、一季一通报、半年一总结。', ['一月一检查', '一季一通报', '半年一总结']],
    ['full-width digits', '每月２５日前报县政府办。', ['每月２５日前']],
    ['a frequency without a time point or a report', '每月开展检查不少于1次。', []],
    ['no cadence', '6月底前完成全部任务。', []],
  ] as const)('%s', (_d, text, expected) => {
    const found = findCadences(text);
    expect(found.map((c) => c.text)).toEqual(expected);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('gives exact spans', () => {
    expect(findCadences('请各地每周二前报县委办。')).toEqual([{ start: 3, end: 7, text: '每周二前' }]);
  });
});

describe('findDocumentDate', () => {
  it.each([
    ['a year in the title', ['2025年全市营商环境优化提升工作要点', '一、总体要求'], '2025年全市营商环境优化提升工作要点', { date: null, year: 2025 }],
    ['the last year of the title', ['2024年工作总结和2025年工作安排'], '2024年工作总结和2025年工作安排', { date: null, year: 2025 }],
    ['a plan span is not a year', ['数字乡村发展规划（2018-2022年）'], '数字乡村发展规划（2018-2022年）', { date: null, year: null }],
    ['a date line under the title', ['在全县重点项目推进会上的讲话', '（2026年3月12日）', '同志们：'], '在全县重点项目推进会上的讲话', { date: '2026-03-12', year: 2026 }],
    ['a date line with a note', ['在全县重点项目推进会上的讲话', '（2026年3月12日，根据录音整理）'], null, { date: '2026-03-12', year: 2026 }],
    ['成文日期 at the end', ['关于开展专项治理的通知', '各学校：', '现将有关事项通知如下。', '县教育局', '2021年1月25日', '（此件公开发布）'], '关于开展专项治理的通知', { date: '2021-01-25', year: 2021 }],
    ['成文日期 followed by 印发', ['……', '2021年1月25日印发'], undefined, { date: '2021-01-25', year: 2021 }],
    ['a 版记 印发 line', ['抄送：市委办公室。', '县人民政府办公室　　2019年3月15日印发'], null, { date: '2019-03-15', year: 2019 }],
    ['成文日期 wins over the 印发 line', ['县人民政府', '2019年3月12日', '县人民政府办公室 2019年3月15日印发'], null, { date: '2019-03-12', year: 2019 }],
    ['Chinese numerals', ['　　二〇二一年一月二十五日　　'], null, { date: '2021-01-25', year: 2021 }],
    ['full-width digits', ['２０２１年１月２５日'], null, { date: '2021-01-25', year: 2021 }],
    ['the title year wins for a work plan', ['2025年工作要点', '2024年12月28日'], '2025年工作要点', { date: '2024-12-28', year: 2025 }],
    ['a speech subtitle with its date', ['政府工作报告', '——2026年1月10日在临河县第十八届人民代表大会第五次会议上'], '政府工作报告', { date: '2026-01-10', year: 2026 }],
    ['纪要: the meeting day in its opening sentence', ['县政府第15次常务会议纪要', '2026年4月8日，县长王明主持召开县政府第15次常务会议。现将会议议定事项纪要如下：'], '县政府第15次常务会议纪要', { date: '2026-04-08', year: 2026 }],
    ['a date in a later sentence is no meeting day', ['工作总结', '同志们：', '今年以来，我们做了大量工作。', '2025年3月1日，我县召开了动员大会。'], '工作总结', { date: null, year: null }],
    ['a 成文日期 wins over the meeting day', ['纪要', '2026年4月8日上午，县长主持召开常务会议。', '县政府办公室', '2026年4月10日'], '纪要', { date: '2026-04-10', year: 2026 }],
    ['the date year wins for a review', ['2020年工作总结', '2021年1月20日'], '2020年工作总结', { date: '2021-01-20', year: 2021 }],
    ['a date inside a sentence is not a document date', ['2021年1月25日，县政府召开常务会议。'], null, { date: null, year: null }],
    ['an impossible date', ['2023年2月30日'], null, { date: null, year: null }],
    ['none', ['同志们：', '今年以来，全市经济运行总体平稳。'], '在全市经济工作会议上的讲话', { date: null, year: null }],
    ['no lines', [], undefined, { date: null, year: null }],
  ] as const)('%s', (_d, lines, title, expected) => {
    // Each genre's profile says where its date is read (a 纪要 by its title here).
    expect(findDocumentDate([...lines], title, (genreOfTitle(title ?? null) ?? GENRES.speech).datedBy)).toEqual(expected);
  });

  it('reads only the sources the genre is dated by', () => {
    const lines = ['在全县重点项目推进会上的讲话', '（2026年3月12日）', '同志们：'];
    expect(findDocumentDate(lines, lines[0], ['title-line']).date).toBe('2026-03-12');
    expect(findDocumentDate(lines, lines[0], ['signature']).date).toBeNull();
    const signed = ['关于开展专项治理的通知', '各学校：', '县教育局', '2021年1月25日'];
    expect(findDocumentDate(signed, signed[0], ['signature']).date).toBe('2021-01-25');
    expect(findDocumentDate(signed, signed[0], ['subtitle']).date).toBeNull();
    const meeting = ['2027年5月6日下午，副县长刘强主持召开专题会议，研究秋粮收储工作。现纪要如下：', '一、县粮食局要在6月底前完成仓容摸底。'];
    expect(findDocumentDate(meeting, null, GENRES.minutes.datedBy).date).toBe('2027-05-06');
    expect(findDocumentDate(meeting, null, GENRES.notice.datedBy).date).toBeNull();
  });

  it('dates an untitled 纪要 by its meeting day: the genre comes from the opening cue, not a title word', () => {
    const text = '2027年5月6日下午，副县长刘强主持召开专题会议，研究秋粮收储工作。现纪要如下：\n一、县粮食局要在6月底前完成仓容摸底。';
    expect(run(text).genre).toBe('minutes');
    expect(run(text).date).toBe('2027-05-06');
    // The same opening in a speech narrates: no date of its own.
    expect(run('同志们：\n2027年5月6日下午，县政府召开了专题会议，研究秋粮收储工作。\n各乡镇要在6月底前完成仓容摸底。').date).toBeNull();
  });
});

describe('holidays, seasons and plan periods (year 2025, reference 2025-03-12)', () => {
  const HOLIDAY_ROWS: Case[] = [
    ["2027年春节前 keeps its year", "2027年春节前完成安置房交付。", [[0, 8, "2027年春节前", 'period', "2027-02-05"]]],
    ["2026年春节前", "各村要在2026年春节前发放到位。", [[4, 12, "2026年春节前", 'period', "2026-02-16"]]],
    ["端午节前, still ahead of the reference date", "端午节前完成龙舟赛场地整治。", [[0, 4, "端午节前", 'period', "2025-05-30"]]],
    ["明年中秋节前", "明年中秋节前建成文化广场。", [[0, 6, "明年中秋节前", 'period', "2026-09-24"]]],
    ["元宵节前, already past this year: next year's", "元宵节前把走访慰问做完。", [[0, 4, "元宵节前", 'period', "2026-03-02"]]],
    ["“五一”前后 in quotes: around, no day", "“五一”前后要组织一次安全大检查。", [[0, 6, "“五一”前后", 'period', null]]],
    ["“七一”前后", "“七一”前后，各支部集中安排一次党课。", [[0, 6, "“七一”前后", 'period', null]]],
    ["“十一”前 in quotes is 国庆", "“十一”前完成景区提升。", [[0, 5, "“十一”前", 'period', "2025-09-30"]]],
    ["bare 十一 and 七一 are numbers", "全市十一个乡镇、七一路沿线商户都要参加。", []],
    ["中秋国庆期间", "中秋国庆期间要加强值班值守。", [[0, 6, "中秋国庆期间", 'period', null]]],
    ["节假日期间", "节假日期间要严格落实领导带班制度。", [[0, 5, "节假日期间", 'period', null]]],
    ["寒假前 and 暑假前", "寒假前完成制度修订，暑假前完成校舍维修。", [[0, 3, "寒假前", 'period', null], [10, 13, "暑假前", 'period', null]]],
    ["返校前后", "各校要在学生返校前后开展一次安全教育。", [[6, 10, "返校前后", 'period', null]]],
    ["前往 is no 前", "春节前往外地务工人员较多。", []],
  ];
  const PLAN_ROWS: Case[] = [
    ["全年", "力争全年引进亿元项目20个。", [[2, 4, "全年", 'period', "2025-12-31"]]],
    ["全年 as a count is no deadline", "全年平均气温偏高，全年共接待游客100万人次。", []],
    ["今明两年", "今明两年新建保障性住房3000套。", [[0, 4, "今明两年", 'period', "2026-12-31"]]],
    ["当年 with a target verb", "新签约项目力争当年开工、当年见效。", [[7, 9, "当年", 'period', "2025-12-31"], [12, 14, "当年", 'period', "2025-12-31"]]],
    ["当年 as those years", "想当年，这里还是一片荒滩。", []],
    ["YYYY年度 before a figure", "完成2024年度3.5亿元债务化解任务。", [[2, 8, "2024年度", 'absolute', "2024-12-31"]]],
    ["YYYY年度 as a title's modifier", "关于2024年度工作目标考核的通知", []],
    ["利用N年左右时间", "利用三年左右时间完成老旧小区改造。", [[0, 8, "利用三年左右时间", 'relative', null]]],
    ["通过N-M年努力", "通过3-5年努力，实现全市经济总量翻番。", [[0, 8, "通过3-5年努力", 'relative', null]]],
    ["用N年左右的时间", "市委决定，用2年左右的时间集中整治农村人居环境。", [[5, 13, "用2年左右的时间", 'relative', null]]],
    ["半年时间", "这项改革半年时间应该够了。", [[4, 8, "半年时间", 'relative', null]]],
    ["上半年时间 is the half year, not a span", "上半年时间过半，任务过半。", [[0, 3, "上半年", 'period', "2025-06-30"]]],
  ];
  it.each([...HOLIDAY_ROWS, ...PLAN_ROWS])('%s: %s', (_description, sentence, expected) => {
    const found = findDeadlines(sentence, CTX);
    expect(tuples(found)).toEqual(expected);
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('a bare festival after the reference date is this year’s; one already past is next year’s', () => {
    expect(findDeadlines('春节前完成。', { year: 2026, referenceDate: '2026-01-10' })[0]!.due).toBe('2026-02-16');
    expect(findDeadlines('春节前完成。', { year: 2026, referenceDate: '2026-12-04' })[0]!.due).toBe('2027-02-05');
    // A document of another year than the reference date's: its own year.
    expect(findDeadlines('春节前完成。', { year: 2027, referenceDate: '2026-12-04' })[0]!.due).toBe('2027-02-05');
  });
});

describe('pickDeadline: the earliest hard deadline', () => {
  const pick = (text: string, ctx: DeadlineContext = CTX) => pickDeadline(deadlinesIn(text, ctx))?.text ?? null;
  it.each([
    ['本月底前 before a later target', '本月底前完成方案编制，2027年一季度建成投用。', '本月底前'],
    ['the later text names the earlier day', '年底前全部建成，9月底前完成主体工程。', '9月底前'],
    ['an absolute date after a period', '2026年6月底前开工，2026年底前竣工。', '2026年6月底前'],
    ['urgency does not hide a date', '立即部署，6月底前完成排查。', '6月底前'],
    ['a cadence does not hide a date', '每月25日前报送进展情况，10月底前全部完成。', '10月底前'],
    ['without a day, by kind: a period before urgency', '尽快启动，汛期前完成。', '汛期前'],
    ['a span alone', '用两年左右时间完成改造。', '用两年左右时间'],
  ])('%s', (_d, text, expected) => expect(pick(text)).toBe(expected));
  it('nothing: null', () => expect(pickDeadline([])).toBeNull());
});

describe('recurrences in deadlinesIn: rule and next due date', () => {
  const one = (text: string, referenceDate: string) => {
    const d = pickDeadline(deadlinesIn(text, { year: Number(referenceDate.slice(0, 4)), referenceDate }))!;
    return [d.text, d.type, d.due, d.recurrence];
  };
  it.each([
    ['每月25日前将巡查台账报县应急局。', '2025-03-12', ['每月25日前', 'period', '2025-03-25', { unit: 'month', day: 25 }]],
    ['每月25日前将巡查台账报县应急局。', '2025-12-26', ['每月25日前', 'period', '2026-01-25', { unit: 'month', day: 25 }]],
    ['每季度末前报送一次整改台账。', '2025-11-15', ['每季度末前', 'period', '2025-12-31', { unit: 'quarter', end: true }]],
    ['每半月报送一次工作动态。', '2025-01-16', ['每半月', 'period', '2025-01-31', { unit: 'half-month' }]],
    ['每周五前将值班日志报县委办。', '2025-03-12', ['每周五前', 'period', '2025-03-14', { unit: 'week', day: 5 }]],
    ['每季度第1个月的20日前报送上季度情况。', '2025-11-05', ['每季度第1个月的20日前', 'period', '2026-01-20', { unit: 'quarter', month: 1, day: 20 }]],
    ['市教育局每年开展一次专项评估。', '2025-03-12', ['每年', 'ongoing', '2025-12-31', { unit: 'year', end: true }]],
    ['党支部每季度召开一次全体党员会议。', '2025-04-01', ['每季度', 'ongoing', '2025-06-30', { unit: 'quarter', end: true }]],
    ['做到一月一检查、一季一通报、半年一总结。', '2025-03-12', ['一月一检查、一季一通报、半年一总结', 'ongoing', '2025-03-31', { unit: 'month', end: true }]],
  ] as const)('%s (from %s)', (text, ref, expected) => expect(one(text, ref)).toEqual(expected));

  it('a recurrence without a due point worth a light keeps no rule: 每天', () => {
    const d = deadlinesIn('各村每天巡查一次。', CTX);
    expect(d.map((x) => [x.text, x.due, x.recurrence])).toEqual([['每天', null, undefined]]);
  });
});

describe('gates: a text without any gate character of a pattern is not scanned by it', () => {
  // Every sentence of this file's tables and of the fixture drafts: every match of a gated pattern holds one of its
  // gate characters, so skipping a text that holds none loses nothing.
  const drafts = new URL('../../../tests/fixtures/drafts/', import.meta.url);
  const texts = [
    readFileSync(new URL(import.meta.url), 'utf8'),
    ...readdirSync(drafts)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(new URL(n, drafts), 'utf8')),
  ];
  it('fit in one 32-bit mask', () => {
    expect(new Set([...GATES.values()].join('')).size).toBeLessThanOrEqual(31);
  });
  for (const [re, near] of NEAR_GATES) {
    it(`near gate ${near.source.slice(0, 30)}…: ${re.source.slice(0, 30)}…`, () => {
      let matches = 0;
      const ungated: string[] = [];
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
          if (!m[0]) continue;
          matches++;
          if (!near.test(m[0])) ungated.push(m[0]);
        }
      }
      expect(ungated).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }
  for (const [re, chars] of GATES) {
    it(`${chars}: ${re.source.slice(0, 40)}…`, () => {
      let matches = 0;
      const ungated: string[] = [];
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
          if (!m[0]) continue;
          matches++;
          if (![...chars].some((c) => m[0].includes(c))) ungated.push(m[0]);
        }
      }
      expect(ungated).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }
});

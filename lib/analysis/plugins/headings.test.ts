import { describe, expect, it } from 'vitest';
import { lint, run } from '../test-utils';
import { matchMarker } from './headings';

const outline = (text: string) => run(text).headings.map((h) => `${h.level} ${h.marker} ${h.title}${h.inline ? ' +' : ''} [${text.slice(h.start, h.end)}]`);

describe('matchMarker', () => {
  it.each([
    ['一、加强领导', 'cn-dun', 1],
    ['十二．附则', 'cn-dun', 12],
    ['一、2025年工作回顾', 'cn-dun', 1],
    ['（三）强化保障', 'cn-paren', 3],
    ['(二)强化保障', 'cn-paren', 2],
    ['㈣强化保障', 'cn-paren', 4],
    ['1. 做强制造业', 'num-dot', 1],
    ['12、做强制造业', 'num-dot', 12],
    ['⒊做强制造业', 'num-dot', 3],
    ['（2）细化方案', 'num-paren', 2],
    ['⑸细化方案', 'num-paren', 5],
    ['第三，要抓落实', 'di', 3],
    ['第二点，这件事要抓紧', 'di-point', 2],
    ['第三个问题，讲讲作风建设', 'di-point', 3],
    ['最后，第四点，要加强领导', 'di-point', 4],
  ])('%s → %s %s', (text, family, value) => {
    expect(matchMarker(text)).toMatchObject({ family, value });
  });
  it.each(['1.5亿元的投资', '第一时间赶到', '一是加强领导', '2019年以来', '十分重要'])('%s → no marker', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});

describe('remarkHeadings', () => {
  it('reads the four levels, standalone and lead-sentence titles', () => {
    const text = '一、提高认识\n（一）打好攻坚战。推动项目落地是第一抓手。\n1.抓谋划。要谋深谋细。\n（1）细化方案\n二、压实责任';
    expect(outline(text)).toEqual([
      '1 一、 提高认识 [一、提高认识]',
      '2 （一） 打好攻坚战 + [（一）打好攻坚战]',
      '3 1. 抓谋划 + [1.抓谋划]',
      '4 （1） 细化方案 [（1）细化方案]',
      '1 二、 压实责任 [二、压实责任]',
    ]);
  });

  it('takes a whole directive sentence on its own numbered line for a notice\'s task, not a heading', () => {
    const text = '一、全面排查隐患\n（一）各乡镇要在5月20日前完成隐患点的全面排查，建立隐患台账。\n（二）县自然资源局要会同各乡镇对地质灾害隐患点落实群测群防措施。\n（三）强化组织领导。';
    expect(run(text).headings.map((h) => h.marker + h.title)).toEqual(['一、全面排查隐患', '（三）强化组织领导']);
    // The two task lines still count: （三） follows （二）, no numbering finding.
    expect(lint(text, ['numbering-gap', 'numbering-duplicate'])).toEqual([]);
    expect(lint(text.replace('（三）强化', '（四）强化'), ['numbering-gap'])).toEqual(['numbering-gap@（四）: Unexpected 「（四）」 after 「（二）」, expected 3: 序号跳号']);
  });

  it('takes 「最后，我…再强调N点意见。」 after numbered sections for the closing section, not elsewhere', () => {
    const text = '一、抓项目\n各镇要加快进度。\n二、转作风\n各部门要提高效率。\n最后，我就做好春节前后工作再强调两点意见。一要保平安。二要稳供应。';
    expect(outline(text).at(-1)).toBe('1 最后， 我就做好春节前后工作再强调两点意见 + [最后，我就做好春节前后工作再强调两点意见]');
    expect(outline('同志们：\n最后，我再强调两点意见。一要保平安。')).toEqual([]);
    expect(outline('一、抓项目\n最后，各部门要加强协调配合。').length).toBe(1);
  });

  it('keeps fixed levels when a draft skips one, and places 第一， below its heading', () => {
    const text = '一、数字政府\n1.推动政务服务转型。整合系统。\n二、弘扬精神\n第一，要胸怀豪气。干大事业。\n第二，要鼓足勇气。';
    expect(outline(text)).toEqual([
      '1 一、 数字政府 [一、数字政府]',
      '3 1. 推动政务服务转型 + [1.推动政务服务转型]',
      '1 二、 弘扬精神 [二、弘扬精神]',
      '2 第一， 要胸怀豪气 + [第一，要胸怀豪气]',
      '2 第二， 要鼓足勇气 [第二，要鼓足勇气]',
    ]);
  });

  it('reports markdown headings and bold lead sentences without their markdown', () => {
    const text = '## 一、提高站位\n**（一）强化组织领导。**成立专班。';
    expect(outline(text)).toEqual(['1 一、 提高站位 [一、提高站位]', '2 （一） 强化组织领导 + [（一）强化组织领导]']);
  });

  it('does not take numbered list items or numbered sentences for headings', () => {
    const text = '一、治理内容\n1. 严禁学校组织有偿补课；\n2. 严禁教师参加有偿补课；\n3．严禁提供学生信息。\n二、工作要求\n1．市教育局成立专项治理工作领导小组，领导小组下设五个督查组，分别由处室负责人任组长。';
    expect(outline(text)).toEqual(['1 一、 治理内容 [一、治理内容]', '1 二、 工作要求 [二、工作要求]']);
  });

  it('drops a page-chunk pseudo-marker and reports it', () => {
    const text = '一、回顾\n全年实施省市重点项目，建成城市快速路，开工建设了西郊水库等重点\n2、项目126个，完成年度计划的112%。';
    expect(outline(text)).toEqual(['1 一、 回顾 [一、回顾]']);
    expect(lint(text, ['page-chunk'])).toEqual(['page-chunk@2、: Unexpected numbering 「2、」 inside a sentence, expected none: 疑似文库分页残留的序号（上一行未结束）']);
  });

  it('reports numbering gaps and duplicates among siblings only', () => {
    const text = '一、甲\n（一）子一\n（二）子二\n（四）子四\n二、乙\n（一）另一组\n1. 条一\n1. 条一重复';
    expect(lint(text, ['numbering-gap', 'numbering-duplicate'])).toEqual([
      'numbering-gap@（四）: Unexpected 「（四）」 after 「（二）」, expected 3: 序号跳号',
      'numbering-duplicate@1.: Unexpected duplicate 「1.」, expected 2: 序号重复',
    ]);
  });
});

describe('remarkHeadings: speech markers, bare numerals, minutes', () => {
  it('reads a speaker\'s numbered points, 其次/最后 with 谈谈/讲讲, as the parts of the speech', () => {
    const text = '同志们：\n第一个问题，今年的形势怎么看。形势总体是好的。\n第二个问题，关于作风建设。\n首先要把规矩立起来。\n其次，谈谈考核办法问题。考核要简化。\n第三个问题，讲讲干部队伍。\n最后，第四点，这件事各乡镇要抓紧。\n最后，讲讲安全生产问题。';
    expect(outline(text).map((h) => h.replace(/ \[.*$/, ''))).toEqual([
      '1 第一个问题， 今年的形势怎么看 +',
      '1 第二个问题， 关于作风建设',
      '2 其次， 谈谈考核办法问题 +',
      '1 第三个问题， 讲讲干部队伍',
      '1 第四点， 这件事各乡镇要抓紧',
      '1 最后， 讲讲安全生产问题',
    ]);
  });

  it('does not take 其次，… for a heading without a point to make or a heading before it', () => {
    expect(outline('其次，谈谈考核办法问题。\n考核要简化。')).toEqual([]);
    expect(outline('第一点，抓项目。\n其次，项目资金要跟上。')).toEqual(['1 第一点， 抓项目 [第一点，抓项目]']);
  });

  it('reads a run of bare numeral lines as level-1 sections, and a lone one as nothing', () => {
    expect(outline('同志们：\n一\n今年要抓好三件事。\n二\n要转变作风。\n三\n要加强领导。').map((h) => h.replace(/ \[.*$/, ''))).toEqual(['1 一 ', '1 二 ', '1 三 ']);
    expect(outline('同志们：\n一\n今年要抓好三件事。')).toEqual([]);
  });

  it('takes 第一，… with a whole proposal after it for an item, with a short title for a part', () => {
    const text = '五\n对领导制度的改革，中央考虑了很久。\n第一，市里将提请人大常委会修订物业管理办法和配套细则。这件事要抓紧。\n第二，各街道普遍成立业主委员会指导中心和纠纷调解室。';
    expect(outline(text)).toEqual([]);
    expect(outline('一、抓项目\n第一，要提高站位抓落实。各镇要…\n第二，要突出重点抓落实。').map((h) => h.replace(/ \[.*$/, ''))).toEqual(['1 一、 抓项目', '2 第一， 要提高站位抓落实 +', '2 第二， 要突出重点抓落实']);
  });

  it('puts 第一， under 一、/（一）, never under 1.', () => {
    const text = '1．全面落实根本任务\n2．加快补齐短板\n区长的讲话摘要\n第一，要提高站位抓落实。\n第二，要强化保障抓落实。';
    expect(outline(text).map((h) => h.replace(/ \[.*$/, ''))).toEqual(['3 1． 全面落实根本任务', '3 2． 加快补齐短板', '1 第一， 要提高站位抓落实', '1 第二， 要强化保障抓落实']);
  });

  it('reads each numbered 议定事项 of minutes as an item with its owner and deadline, never a heading', () => {
    const text = '县政府第十二次常务会议纪要\n2026年11月20日，县长王明主持召开县政府第十二次常务会议。现纪要如下：\n一、关于冬季供暖保障工作\n会议议定：\n（一）县住建局督促县热力公司在12月5日前完成老旧管网更换工程，确保按时供暖。\n（二）县应急管理局牵头，开展供暖设施安全检查。\n（三）县财政局在11月底前拨付供暖补贴资金500万元。\n二、关于农村道路养护工作\n会议同意县交通局提出的养护方案。';
    const a = run(text);
    expect(a.genre).toBe('minutes');
    expect(a.headings.map((h) => h.marker + h.title)).toEqual(['一、关于冬季供暖保障工作', '二、关于农村道路养护工作']);
    expect(a.actions.map((x) => [x.text, x.owners.join('、'), x.deadline?.due ?? ''])).toEqual([
      ['县住建局督促县热力公司在12月5日前完成老旧管网更换工程，确保按时供暖', '县住建局', '2026-12-05'],
      ['县应急管理局牵头，开展供暖设施安全检查', '县应急管理局', ''],
      ['县财政局在11月底前拨付供暖补贴资金500万元', '县财政局', '2026-11-30'],
    ]);
  });

  it('reads a numbered list of short tasks each carrying its own allocation as tasks, not headings (issue 11)', () => {
    const text = [
      '2027年优化营商环境工作要点',
      '一、提升政务服务效能（牵头单位：市政务服务中心）',
      '1.推行企业开办一日办结。（牵头单位：市市场监管局；责任单位：市税务局、市公安局）',
      '2.建成“一件事”集成服务平台。（牵头单位：市大数据局）',
      '（1）完善12345热线工单督办机制；（责任单位：市政府办公室）',
      '（2）强化组织保障',
      '3.加强督查考核。各区县要每季度报送进展。（牵头单位：市督查室）',
    ].join('\n');
    const a = run(text);
    expect(a.headings.map((h) => h.marker + h.title.slice(0, 8))).toEqual(['一、提升政务服务效能', '（2）强化组织保障', '3.加强督查考核']);
    expect(a.actions.slice(0, 3).map((x) => [x.text, x.lead, x.owners])).toEqual([
      ['推行企业开办一日办结', ['市市场监管局'], ['市市场监管局', '市税务局', '市公安局']],
      ['建成“一件事”集成服务平台', ['市大数据局'], ['市大数据局']],
      ['完善12345热线工单督办机制', [], ['市政府办公室']],
    ]);
  });
});

describe('markers and titles as the draft writes them', () => {
  it.each([
    ['一．总体要求\n１．压实责任。各单位要抓好落实。\n２．强化督查。', ['1 一． 总体要求 [一．总体要求]', '3 １． 压实责任 + [１．压实责任]', '3 ２． 强化督查 [２．强化督查]']],
    ['一、重点任务\n（１）完成２０２６年改造任务\n（２）建成ＡＢ两个片区', ['1 一、 重点任务 [一、重点任务]', '4 （１） 完成２０２６年改造任务 [（１）完成２０２６年改造任务]', '4 （２） 建成ＡＢ两个片区 [（２）建成ＡＢ两个片区]']],
    ['## 一、**总体要求**\n　　３．加强考核', ['1 一、 总体要求 [一、**总体要求]', '3 ３． 加强考核 [３．加强考核]']],
  ])('%j', (text, expected) => expect(outline(text)).toEqual(expected));

  it('gives an action the section as written', () => {
    const a = run('一、工作安排\n１．压实责任。县住建局要在６月底前完成排查。').actions[0]!;
    expect(a.section).toEqual(['一、工作安排', '１．压实责任']);
    expect(a.sectionPath.map((s) => s.marker)).toEqual(['一、', '１．']);
  });
});


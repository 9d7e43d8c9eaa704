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

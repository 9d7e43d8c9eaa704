import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

const gap = (text: string) => lint(text, ['numbering-gap']);

describe('rule numbering-gap', () => {
  it('reports a skipped number among siblings, on the marker', () => {
    expect(gap('一、总体要求\n二、重点任务\n四、保障措施')).toEqual(['numbering-gap@四、: Unexpected 「四、」 after 「二、」, expected 3: 序号跳号']);
    expect(gap('一、工作目标\n（一）稳就业\n（三）保民生')).toEqual(['numbering-gap@（三）: Unexpected 「（三）」 after 「（一）」, expected 2: 序号跳号']);
  });

  it('reports a number that goes back, and a family that starts above 1', () => {
    expect(gap('一、基本情况\n（一）财政收入\n（二）财政支出\n（三）债务管理\n（二）存在问题')).toEqual([
      'numbering-gap@（二）: Unexpected 「（二）」 after 「（三）」, expected 4: 序号倒退',
    ]);
    expect(gap('一、主要做法\n（一）抓学习\n（二）抓整改\n（四）抓制度\n（三）抓督查')).toEqual([
      'numbering-gap@（四）: Unexpected 「（四）」 after 「（二）」, expected 3: 序号跳号',
      'numbering-gap@（三）: Unexpected 「（三）」 after 「（四）」, expected 5: 序号倒退',
    ]);
    expect(gap('关于做好防汛工作的通知\n二、压实责任\n三、加强值守')).toEqual(['numbering-gap@二、: Unexpected 「二、」, expected the numbering to start at 1: 本层序号未从一开始']);
  });

  it('is silent on complete numbering, on restarts under a new parent, and on duplicates', () => {
    expect(gap('一、甲项\n（一）子项\n（二）子项\n二、乙项\n（一）子项\n（二）子项')).toEqual([]);
    expect(gap('一、甲项\n二、乙项\n二、丙项')).toEqual([]);
  });
});

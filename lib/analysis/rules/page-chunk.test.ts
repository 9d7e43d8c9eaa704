import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

describe('rule page-chunk', () => {
  it('reports a page number left inside a sentence, on the marker', () => {
    const text = '一、工作回顾\n全年新建改建农村公路一百余公里，完成了镇村公交一体化等民生\n3.实事十二件，群众满意度稳步提升。';
    expect(lint(text, ['page-chunk'])).toEqual(['page-chunk@3.: Unexpected numbering 「3.」 inside a sentence, expected none: 疑似文库分页残留的序号（上一行未结束）']);
  });

  it('is silent on a numbered list after finished sentences', () => {
    expect(lint('工作安排如下：\n1、市交通局要完成公路养护。\n2、市商务局要做好保供。', ['page-chunk'])).toEqual([]);
  });
});

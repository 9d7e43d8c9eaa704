import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

describe('rule count-mismatch', () => {
  it('reports a stated count that the list does not meet', () => {
    expect(lint('重点抓好四个方面的工作：一是抓谋划；二是抓开工；三是抓服务。', ['count-mismatch'])).toEqual([
      'count-mismatch@四个方面: Unexpected 3 items after 「四个方面」, expected 4: 说「四个方面」，实际列出三项（一是、二是、三是）',
    ]);
  });
  it('is silent when the count matches or is unstated', () => {
    expect(lint('重点抓好两项工作：一是抓谋划；二是抓开工。主要有这么几个方面：一是慢；二是散；三是软。', ['count-mismatch'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { statusSchema } from '../schema/checklist';
import { parseStatus, statusLabels, statuses } from './status';

describe('status vocabulary', () => {
  it('labels every canonical status in Chinese, in menu order', () => {
    expect(statuses).toEqual(statusSchema.options);
    expect(statuses.map((s) => statusLabels[s])).toEqual(['未启动', '推进中', '滞后', '逾期', '已完成', '已销号', '长期坚持', '申请延期', '暂缓']);
  });
  it.each([
    ['推进中', 'in_progress'],
    ['进行中', 'in_progress'],
    ['基本完成', 'in_progress'],
    ['未达到序时进度', 'behind'],
    ['已超期', 'overdue'],
    ['已办结', 'done'],
    ['对账销号', 'closed'],
    ['常态化', 'ongoing'],
    ['已延期', 'extension'],
    ['另行研究', 'suspended'],
    [' 未启动 ', 'not_started'],
    ['closed', 'closed'],
  ])('parses %s as %s', (label, id) => expect(parseStatus(label)).toBe(id));
  it('returns null for anything else', () => {
    expect(parseStatus('差不多了')).toBeNull();
    expect(parseStatus('toString')).toBeNull();
    expect(parseStatus('__proto__')).toBeNull();
  });
});

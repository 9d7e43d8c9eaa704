/**
 * The status vocabulary of the 督办台账 (domain.md §5.2). Records store the stable ids of `statusSchema`; people
 * see their labels (lib/i18n/zh-CN/common.ts; the ledger's exports are Chinese documents). `parseStatus` maps the
 * variants found in offices' own ledgers to the ids, for typed-in or imported values.
 */
import { statusLabels } from '../i18n/zh-CN/common';
import type { Status } from '../schema/checklist';

/** The Chinese label shown for each status, in the order a status menu lists them (lib/i18n's common words). */
export { statusLabels };

/** Every status id, in menu order. */
export const statuses = Object.keys(statusLabels) as Status[];

/** Statuses that never turn red: the work is finished, or it has no end. */
export const FINISHED_OR_ONGOING: ReadonlySet<Status> = new Set(['done', 'closed', 'ongoing']);

const variants: Record<string, Status> = {
  未启动: 'not_started', 待办理: 'not_started', 待交办: 'not_started', 已交办: 'not_started', 待确认: 'not_started', 待调整: 'not_started', 暂未开启: 'not_started', 未整改: 'not_started',
  推进中: 'in_progress', 正在办理: 'in_progress', 进行中: 'in_progress', 达进度: 'in_progress', 超进度: 'in_progress', 按序时推进: 'in_progress', 整改中: 'in_progress', 基本完成: 'in_progress',
  滞后: 'behind', 进展滞后: 'behind', 欠进度: 'behind', 未达到序时进度: 'behind', 慢序时: 'behind',
  逾期: 'overdue', 已超期: 'overdue', 领办逾期: 'overdue', 反馈逾期: 'overdue', 逾期未办结: 'overdue',
  已完成: 'done', 已办结: 'done', 提前完成: 'done',
  已销号: 'closed', 销号: 'closed', 办结销号: 'closed', 对账销号: 'closed', 已关闭: 'closed',
  长期坚持: 'ongoing', 持续推进: 'ongoing', 常态化: 'ongoing',
  申请延期: 'extension', 已延期: 'extension',
  暂缓: 'suspended', 中止事项: 'suspended', 另行研究: 'suspended',
};

/** A status id from a label or one of its variants (white space ignored), or null when it is not one. */
export function parseStatus(label: string): Status | null {
  const key = label.replace(/\s+/g, '');
  if (Object.hasOwn(statusLabels, key)) return key as Status;
  return Object.hasOwn(variants, key) ? variants[key]! : null;
}

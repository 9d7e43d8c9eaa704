/**
 * 标注卡片：the card a highlight opens in the editor's page (entrypoints/editor.content/card.ts, words built by
 * lib/highlight/card.ts through lib/i18n/card.ts). An area of its own so that the content script carries only these
 * words, not every page's.
 */
import { UNSTATED } from './common';

export const card = {
  'card.title': '落实标注',
  'card.kind.problem': '问题',
  'card.kind.action': '任务',
  'card.kind.finding': '发现',
  'card.owner': '责任单位',
  'card.deadline': '时限',
  'card.unstated': UNSTATED,
  'card.deadlineDue': '{text}（{due}）',
  'card.rule': '规则',
  'card.open': '在侧边栏中查看',
  'card.close': '关闭',
  'card.skip': '不入台账',
  'card.skipTitle': '保存时不把此条列入督办台账（侧边栏中可撤销）',
  'card.skipped': '已设为不入台账',
  'card.skipFailed': '未能标记：{message}',
  'card.unskip': '取消不入台账',
  'card.unskipTitle': '保存时重新列入督办台账',
  'card.unskipped': '已取消不入台账，保存时重新列入',
  'badge.brand': '落实',
  'badge.counts': '问题 {problems} · 事项 {actions} · 提示 {findings}',
  'badge.open': '落实：打开侧边栏',
  'badge.move': '拖动徽标，或按方向键把它停靠到页面四角',
  'badge.hide': '在本站隐藏徽标（可在侧边栏或设置中恢复）',
};

/**
 * 通用词：the labels every page shows — statuses, warning lights, finding ids, editor kinds, item kinds,
 * severities — and the few words all pages share. Each label set is a `Record` keyed by its id type, so a new
 * status, light, rule or editor kind without a label fails type-checking. lib/checklist and lib/presentation take
 * their Chinese labels (the ledger exports, the CLI) from here too: one copy of each word.
 */
import type { RuleId } from '../../analysis/index';
import type { Light } from '../../checklist/lights';
import type { EditorKind } from '../../editors/contract';
import type { Severity } from '../../schema/analysis';
import type { ItemKind, Status } from '../../schema/checklist';
import { prefixed } from '../types';

/** The label shown for each status, in the order a status menu lists them. */
export const statusLabels: Record<Status, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  behind: '滞后',
  overdue: '逾期',
  done: '已完成',
  closed: '已销号',
  ongoing: '长期坚持',
  extension: '申请延期',
  suspended: '暂缓',
};

/** 三色督办's lights. */
export const lightLabels: Record<Light, string> = { red: '红灯', yellow: '黄灯', blue: '蓝灯' };

/** The label of each finding id. */
export const ruleLabels: Record<RuleId, string> = {
  placeholder: '占位符未替换',
  'count-mismatch': '项数不符',
  'numbering-gap': '序号跳号',
  'numbering-duplicate': '序号重复',
  'page-chunk': '分页残留',
  boilerplate: '水印广告',
};

/** 严重程度. */
export const severityLabels: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The kinds of editor an adapter reports. */
export const editorKindLabels: Record<EditorKind, string> = {
  textarea: '多行文本框',
  contenteditable: '可编辑区域',
  'iframe-body': '框架内编辑器',
  'design-mode': '设计模式文档',
  shadow: '组件内编辑区',
  'block-suite': '块式在线文档',
  ckeditor5: 'CKEditor 5',
  quill: 'Quill 编辑器',
  prosemirror: 'ProseMirror 编辑器',
  lexical: 'Lexical 编辑器',
  slate: 'Slate 编辑器',
  selection: '提取的所选文字',
  paste: '粘贴的文稿',
};

/** 类别 of a checklist item. */
export const itemKindLabels: Record<ItemKind, string> = { action: '任务', problem: '问题' };

/** Said where a field the text does not give would go. */
export const UNSTATED = '未明确';

export const common = {
  'app.language': 'English',
  'app.openDashboard': '打开督办台账',
  'unstated': UNSTATED,
  'filter.clear': '清除筛选',
  'error': '出错了：{message}',
  // The reminders' notifications (background), in the user's language too.
  'reminder.overdue': '落实：{n} 项事项已逾期',
  'reminder.dueSoon': '落实：{n} 项事项将在 {days} 天内到期',
  'reminder.more': '等 {n} 项',
  ...prefixed('status', statusLabels),
  ...prefixed('light', lightLabels),
  ...prefixed('rule', ruleLabels),
  ...prefixed('severity', severityLabels),
  ...prefixed('editor', editorKindLabels),
  ...prefixed('itemKind', itemKindLabels),
};

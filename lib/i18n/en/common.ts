/** 通用词 in English (lib/i18n/zh-CN/common.ts has the keys and what they are). */
import type { RuleId } from '../../analysis/index';
import type { Light } from '../../checklist/lights';
import type { EditorKind } from '../../editors/contract';
import type { Severity } from '../../schema/analysis';
import type { ItemKind, Status } from '../../schema/checklist';
import { prefixed, type Messages } from '../types';
import type { common as zh } from '../zh-CN/common';

const statusLabels: Record<Status, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  behind: 'Behind',
  overdue: 'Overdue',
  done: 'Done',
  closed: 'Closed',
  ongoing: 'Ongoing',
  extension: 'Extension',
  suspended: 'Suspended',
};

const lightLabels: Record<Light, string> = { red: 'Red', yellow: 'Yellow', blue: 'Blue' };

export const ruleLabels: Record<RuleId, string> = {
  placeholder: 'Placeholder left in',
  'count-mismatch': 'Count mismatch',
  'numbering-gap': 'Numbering gap',
  'numbering-duplicate': 'Duplicate number',
  'page-chunk': 'Page residue',
  boilerplate: 'Watermark or ad',
};

const severityLabels: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

const editorKindLabels: Record<EditorKind, string> = {
  textarea: 'Text area',
  contenteditable: 'Editable region',
  'iframe-body': 'Editor in a frame',
  'design-mode': 'Design-mode document',
  shadow: 'Editor in a component',
  'block-suite': 'Block document suite',
  ckeditor5: 'CKEditor 5',
  quill: 'Quill editor',
  prosemirror: 'ProseMirror editor',
  lexical: 'Lexical editor',
  slate: 'Slate editor',
  selection: 'Captured selection',
  paste: 'Pasted draft',
};

const itemKindLabels: Record<ItemKind, string> = { action: 'Task', problem: 'Problem' };

export const common: Messages<typeof zh> = {
  'app.language': '中文',
  'app.openDashboard': 'Open the checklist',
  'unstated': 'not stated',
  'filter.clear': 'Clear filters',
  'error': 'Error: {message}',
  'reminder.overdue': 'Luoshi: {n, plural, one {# item is} other {# items are}} overdue',
  'reminder.dueSoon': 'Luoshi: {n, plural, one {# item is} other {# items are}} due within {days, plural, one {# day} other {# days}}',
  'reminder.more': '{n} in all',
  ...prefixed('status', statusLabels),
  ...prefixed('light', lightLabels),
  ...prefixed('rule', ruleLabels),
  ...prefixed('severity', severityLabels),
  ...prefixed('editor', editorKindLabels),
  ...prefixed('itemKind', itemKindLabels),
};

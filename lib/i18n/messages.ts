/**
 * The words of Luoshi's extension pages, Chinese first with English beside. One flat dictionary per locale, the
 * English one typed against the Chinese keys, so a missing translation fails type-checking. `{name}` marks a value
 * filled in by `translate`. Words shared with the CLI and the exports (dates, 牵头/配合) stay in lib/presentation.
 */
import type { RuleId } from '../analysis/index';

/** The label of each finding id: keyed by `RuleId`, so a rule without a label fails type-checking. */
const ruleZh: Record<RuleId, string> = {
  placeholder: '占位符未替换',
  'count-mismatch': '项数不符',
  'numbering-gap': '序号跳号',
  'numbering-duplicate': '序号重复',
  'page-chunk': '分页残留',
  boilerplate: '水印广告',
};

const ruleEn: Record<RuleId, string> = {
  placeholder: 'Placeholder left in',
  'count-mismatch': 'Count mismatch',
  'numbering-gap': 'Numbering gap',
  'numbering-duplicate': 'Duplicate number',
  'page-chunk': 'Page residue',
  boilerplate: 'Watermark or ad',
};

/** `rule.<id>` message keys from a label per finding id. */
function ruleMessages(labels: Record<RuleId, string>): Record<`rule.${RuleId}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([id, label]) => [`rule.${id}`, label])) as Record<`rule.${RuleId}`, string>;
}

export const zhCN = {
  'app.title': '落实 · 文稿分析',
  'app.language': 'English',
  'app.dashboard': '打开督办台账',

  'source.loading': '正在读取当前页面……',

  'kind.textarea': '多行文本框',
  'kind.contenteditable': '可编辑区域',
  'kind.iframe-body': '框架内编辑器',
  'kind.design-mode': '设计模式文档',
  'kind.shadow': '组件内编辑区',
  'kind.block-suite': '块式在线文档',
  'kind.ckeditor5': 'CKEditor 5',
  'kind.quill': 'Quill 编辑器',
  'kind.prosemirror': 'ProseMirror 编辑器',
  'kind.lexical': 'Lexical 编辑器',
  'kind.slate': 'Slate 编辑器',
  'kind.selection': '提取的所选文字',
  'kind.paste': '粘贴的文稿',

  'reason.canvas-editor': '此页面是画布式在线文档{suite}，无法在原文上标注，请复制所选文字或粘贴全文。',
  'reason.no-editor': '此页面上没有找到可编辑的文稿，无法在原文上标注。可以选中文字后提取，或在下方粘贴全文。',
  'reason.site-disabled': '尚未在此网站启用落实，原文上不显示标注。可点击工具栏按钮或按 Alt+Shift+L 启用此网站，或选中文字后提取、在下方粘贴全文。',
  'reason.short.canvas-editor': '此页面是画布式在线文档{suite}，无法在原文上标注。',
  'reason.short.no-editor': '此页面上没有可编辑的文稿。',
  'reason.short.site-disabled': '此网站尚未启用落实（点击工具栏按钮或按 Alt+Shift+L 启用）。',
  'reason.selection': '这是从页面上提取的所选文字，只在侧边栏中分析，原文上不显示标注。',
  'reason.noTab': '没有可分析的标签页。可以在下方粘贴全文。',
  'capture.hint': '选中文字后，右键选择「提取所选文字」，或按 {shortcut}。',
  'canvas.named': '（{name}）',

  'paste.label': '粘贴文稿',
  'paste.show': '粘贴全文分析',
  'paste.back': '回到当前页面',
  'paste.note': '粘贴讲话稿、工作报告或通知的全文，即可看到提纲、问题清单、落实事项和起草提示。文稿只在本机分析，不会上传。',

  'summary': '层次标题 {headings} · 问题 {groups} 组 {problems} 项 · 落实事项 {actions} · 起草提示 {findings}',
  'summary.reference': '时限参照 {date}',
  'untitled': '（无标题）',
  'unstated': '未明确',

  'filter.label': '筛选',
  'filter.problem': '问题',
  'filter.action': '事项',
  'filter.finding': '提示',
  'filter.outline': '提纲',
  'filter.text': '筛选文字',
  'filter.none': '没有符合筛选条件的条目。',
  'filter.clear': '清除筛选',

  'section.outline': '提纲',
  'section.problems': '问题清单',
  'section.actions': '落实事项',
  'section.findings': '起草提示',
  'section.empty': '无',

  'problem.count': '{label} · 列出{found}项',
  'problem.countStated': '{label} · 文中称{stated}项，列出{found}项',
  'problem.mismatch': '项数不符',
  'problem.untitled': '问题',

  'action.owners': '责任单位',
  'action.deadline': '时限',
  'action.section': '位置',
  'action.strength': '力度',
  'action.scope': '适用情形',
  'action.edit': '修改',
  'action.editDone': '完成',
  'action.editUndo': '还原',
  'action.edited': '已修改',
  'action.ownersHint': '用「、」分隔，注明（牵头）（配合）',
  'action.deadlineHint': '如：年底前、2026年6月30日前',
  'action.due': '完成日期',
  'action.dueUnresolved': '未能推算日期',

  'strength.strong': '刚性',
  'strength.medium': '一般',
  'strength.soft': '倡导',

  ...ruleMessages(ruleZh),
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',

  'reveal.title': '点击在编辑器中定位',
  'reveal.failed': '无法在编辑器中定位：{message}',
  'reveal.paste': '点击在粘贴框中选中',

  'save.first': '保存为督办清单',
  'save.update': '更新清单',
  'save.saving': '正在保存……',
  'save.existing': '此文稿已有督办清单（第 {revision} 版），更新时会合并，保留已填写的状态和进展。',
  'save.created': '已保存为督办清单：{items} 条。',
  'save.merged': '已更新清单（第 {revision} 版）：对应 {matched} 条，其中变化 {changed} 条；新增 {added} 条；修改稿中已无 {orphaned} 条（保留并标记）。',
  'save.keptEdits': '{keptEdits} 条保留了台账中的人工修改。',
  'save.separated': '此页面已有的督办清单与本稿的事项无一对应，没有合并，本稿另存为新清单。',
  'save.carried': '{n} 条事项改写后沿用了原有状态：',
  'save.carriedItem': '「{from}」→「{to}」（{status}）',
  'save.open': '在督办台账中查看',
  'save.failed': '保存失败：{message}',
  'save.nothing': '没有可保存的落实事项或问题。',

  'error.state': '读取页面状态失败：{message}',
  'error.analysis': '分析出错：{message}',
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  'app.title': 'Luoshi · Draft analysis',
  'app.language': '中文',
  'app.dashboard': 'Open the checklist',

  'source.loading': 'Reading the current page…',

  'kind.textarea': 'Text area',
  'kind.contenteditable': 'Editable region',
  'kind.iframe-body': 'Editor in a frame',
  'kind.design-mode': 'Design-mode document',
  'kind.shadow': 'Editor in a component',
  'kind.block-suite': 'Block document suite',
  'kind.ckeditor5': 'CKEditor 5',
  'kind.quill': 'Quill editor',
  'kind.prosemirror': 'ProseMirror editor',
  'kind.lexical': 'Lexical editor',
  'kind.slate': 'Slate editor',
  'kind.selection': 'Captured selection',
  'kind.paste': 'Pasted draft',

  'reason.canvas-editor': 'This page is a canvas document{suite}: highlights cannot be drawn on it. Capture a selection or paste the full text.',
  'reason.no-editor': 'No editable draft was found on this page, so there are no highlights. Capture a selection or paste the full text below.',
  'reason.site-disabled': 'Luoshi is not enabled on this site, so there are no highlights. Enable it with the toolbar button or Alt+Shift+L, or capture a selection or paste the text below.',
  'reason.short.canvas-editor': 'This page is a canvas document{suite}: nothing can be highlighted on it.',
  'reason.short.no-editor': 'This page has no editable draft.',
  'reason.short.site-disabled': 'Luoshi is not enabled on this site (toolbar button or Alt+Shift+L).',
  'reason.selection': 'This is text captured from the page: it is analysed here only, with no highlights on the page.',
  'reason.noTab': 'No tab to analyse. Paste the full text below.',
  'capture.hint': 'Select text, then choose “提取所选文字” in the context menu or press {shortcut}.',
  'canvas.named': ' ({name})',

  'paste.label': 'Paste a draft',
  'paste.show': 'Paste a draft',
  'paste.back': 'Back to the current page',
  'paste.note': 'Paste the full text of a speech, report or notice to see its outline, problems, action items and drafting hints. Nothing leaves this machine.',

  'summary': '{headings} headings · {groups} problem groups, {problems} items · {actions} actions · {findings} hints',
  'summary.reference': 'Deadlines as of {date}',
  'untitled': '(untitled)',
  'unstated': 'not stated',

  'filter.label': 'Filter',
  'filter.problem': 'Problems',
  'filter.action': 'Actions',
  'filter.finding': 'Hints',
  'filter.outline': 'Outline',
  'filter.text': 'Filter text',
  'filter.none': 'Nothing matches the filter.',
  'filter.clear': 'Clear filter',

  'section.outline': 'Outline',
  'section.problems': 'Problems',
  'section.actions': 'Action items',
  'section.findings': 'Drafting hints',
  'section.empty': 'None',

  'problem.count': '{label} · {found} listed',
  'problem.countStated': '{label} · text says {stated}, {found} listed',
  'problem.mismatch': 'count differs',
  'problem.untitled': 'Problems',

  'action.owners': 'Owners',
  'action.deadline': 'Deadline',
  'action.section': 'Section',
  'action.strength': 'Strength',
  'action.scope': 'Applies to',
  'action.edit': 'Edit',
  'action.editDone': 'Done',
  'action.editUndo': 'Revert',
  'action.edited': 'edited',
  'action.ownersHint': 'Separate with 、; mark （牵头） lead and （配合） co-operating units',
  'action.deadlineHint': 'e.g. 年底前, 2026年6月30日前',
  'action.due': 'Due date',
  'action.dueUnresolved': 'no date could be resolved',

  'strength.strong': 'strong',
  'strength.medium': 'medium',
  'strength.soft': 'soft',

  ...ruleMessages(ruleEn),
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',

  'reveal.title': 'Click to show it in the editor',
  'reveal.failed': 'Could not show it in the editor: {message}',
  'reveal.paste': 'Click to select it in the paste box',

  'save.first': 'Save as checklist',
  'save.update': 'Update checklist',
  'save.saving': 'Saving…',
  'save.existing': 'This draft already has a checklist (revision {revision}); updating merges and keeps statuses and progress.',
  'save.created': 'Saved as a checklist: {items} items.',
  'save.merged': 'Checklist updated (revision {revision}): {matched} matched, {changed} of them changed; {added} added; {orphaned} no longer in the draft (kept, marked).',
  'save.keptEdits': '{keptEdits} kept their hand edits from the checklist.',
  'save.separated': 'The checklist this page already has matches none of this draft\'s items, so nothing was merged: this draft was saved as a new checklist.',
  'save.carried': '{n} reworded items kept their status:',
  'save.carriedItem': '“{from}” → “{to}” ({status})',
  'save.open': 'Show in the checklist',
  'save.failed': 'Saving failed: {message}',
  'save.nothing': 'There are no action items or problems to save.',

  'error.state': 'Could not read the page state: {message}',
  'error.analysis': 'Analysis failed: {message}',
};

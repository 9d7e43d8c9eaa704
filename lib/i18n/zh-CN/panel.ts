/**
 * 侧边栏：the side panel's words (the analysis of the open draft, pasting, saving to the checklist). `{name}` marks
 * a value filled in by `translate`.
 */
export const panel = {
  'panel.title': '落实 · 文稿分析',

  'source.loading': '正在读取当前页面……',

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

  'filter.label': '筛选',
  'filter.problem': '问题',
  'filter.action': '事项',
  'filter.finding': '提示',
  'filter.outline': '提纲',
  'filter.text': '筛选文字',
  'filter.none': '没有符合筛选条件的条目。',

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
  'save.handEdit': '「{text}」{field}保留人工修改「{kept}」（文稿为「{draft}」）',
  'save.handEditNotApplied': '「{text}」{field}：文稿由「{before}」改为「{draft}」，因人工修改未采用，仍为「{kept}」',
  'field.text': '事项内容',
  'field.owners': '责任单位',
  'field.lead': '牵头单位',
  'field.coop': '配合单位',
  'field.deadline': '时限',
  'save.separated': '此页面已有的督办清单与本稿的事项无一对应，没有合并，本稿另存为新清单。',
  'save.carried': '{n} 条事项改写后沿用了原有状态：',
  'save.carriedItem': '「{from}」→「{to}」（{status}）',
  'save.open': '在督办台账中查看',
  'save.failed': '保存失败：{message}',
  'save.nothing': '没有可保存的落实事项或问题。',

  'error.state': '读取页面状态失败：{message}',
  'error.analysis': '分析出错：{message}',
};

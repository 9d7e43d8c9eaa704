/** The side panel's words in English (lib/i18n/zh-CN/panel.ts has the keys). */
import type { Messages } from '../types';
import type { panel as zh } from '../zh-CN/panel';

export const panel: Messages<typeof zh> = {
  'panel.title': 'Luoshi · Draft analysis',

  'source.loading': 'Reading the current page…',

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

  'summary': '{headings, plural, one {# heading} other {# headings}} · {groups, plural, one {# problem group} other {# problem groups}}, {problems, plural, one {# item} other {# items}} · {actions, plural, one {# action} other {# actions}} · {findings, plural, one {# hint} other {# hints}}',
  'summary.reference': 'Deadlines as of {date}',
  'untitled': '(untitled)',

  'filter.label': 'Filter',
  'filter.problem': 'Problems',
  'filter.action': 'Actions',
  'filter.finding': 'Hints',
  'filter.outline': 'Outline',
  'filter.text': 'Filter text',
  'filter.none': 'Nothing matches the filter.',

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

  'reveal.title': 'Click to show it in the editor',
  'reveal.failed': 'Could not show it in the editor: {message}',
  'reveal.paste': 'Click to select it in the paste box',

  'save.first': 'Save as checklist',
  'save.update': 'Update checklist',
  'save.saving': 'Saving…',
  'save.existing': 'This draft already has a checklist (revision {revision}); updating merges and keeps statuses and progress.',
  'save.created': 'Saved as a checklist: {items, plural, one {# item} other {# items}}.',
  'save.merged': 'Checklist updated (revision {revision}): {matched} matched, {changed} of them changed; {added} added; {orphaned} no longer in the draft (kept, marked).',
  'save.keptEdits': '{keptEdits, plural, one {# kept its} other {# kept their}} hand edits from the checklist.',
  'save.handEdit': '“{text}”: {field} kept as edited by hand, “{kept}” (the draft says “{draft}”)',
  'save.handEditNotApplied': '“{text}”: the draft changed {field} from “{before}” to “{draft}”; not applied because of a hand edit, still “{kept}”',
  'field.text': 'text',
  'field.owners': 'owners',
  'field.lead': 'lead unit',
  'field.coop': 'co-operating units',
  'field.deadline': 'deadline',
  'save.separated': 'The checklist this page already has matches none of this draft\'s items, so nothing was merged: this draft was saved as a new checklist.',
  'save.carried': '{n, plural, one {# reworded item kept its} other {# reworded items kept their}} status:',
  'save.carriedItem': '“{from}” → “{to}” ({status})',
  'save.open': 'Show in the checklist',
  'save.failed': 'Saving failed: {message}',
  'save.nothing': 'There are no action items or problems to save.',

  'error.state': 'Could not read the page state: {message}',
  'error.analysis': 'Analysis failed: {message}',
};

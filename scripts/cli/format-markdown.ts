/**
 * `--format markdown`: a 落实清单 a person pastes into a document — problems, then actions with owner, deadline and
 * place, then drafting hints and formulations. Every value is put on one line; empty core sections say 无.
 */
import { formatChineseDate, formatCount, formatDeadline, formatOwners, formatSection, severityLabels } from '../../lib/presentation/labels';
import { lineLocator } from '../../lib/presentation/line-locator';
import { uniqueFormulations } from '../../lib/presentation/formulations';
import { quoteSpan, squashSpace } from '../../lib/presentation/quote';
import type { Analysis } from '../../lib/schema/analysis';

export function formatMarkdown(analysis: Analysis, text: string): string {
  const lineOf = lineLocator(text);
  const out: string[] = [];
  const title = analysis.title ? `《${squashSpace(analysis.title)}》` : '';
  out.push(`# ${title}落实清单`, '');
  const dated = analysis.date ? `成文日期：${formatChineseDate(analysis.date)} ｜ ` : '';
  out.push(`${dated}时限参照日期：${formatChineseDate(analysis.referenceDate)}`, '');

  out.push('## 问题清单', '');
  if (!analysis.problemGroups.length) out.push('无', '');
  for (const group of analysis.problemGroups) {
    out.push(`### ${squashSpace(group.label) || '问题'}（${formatCount(group)}）`, '');
    if (group.leadIn) out.push(`> ${squashSpace(group.leadIn)}`, '');
    if (group.sectionPath.length) out.push(`位置：${squashSpace(formatSection(group.sectionPath))}`, '');
    for (const item of group.items) out.push(`- [ ] ${squashSpace(`${item.ordinal} ${item.title || item.body}`)}`);
    out.push('');
  }

  out.push('## 落实事项', '');
  if (!analysis.actions.length) out.push('无');
  for (const action of analysis.actions) {
    const place = action.sectionPath.length ? ` ｜ 位置：${formatSection(action.sectionPath)}` : '';
    out.push(squashSpace(`- [ ] ${action.text} — 责任单位：${formatOwners(action)} ｜ 时限：${formatDeadline(action.deadline)}${place}`));
  }
  out.push('');

  out.push('## 起草提示', '');
  if (!analysis.findings.length) out.push('无');
  for (const finding of analysis.findings) {
    const quote = quoteSpan(text, finding);
    const where = `第${lineOf(finding.start)}行`;
    out.push(squashSpace(`- ${severityLabels[finding.severity]} · ${finding.rule}（${where}）：${finding.message}${quote ? ` —「${quote}」` : ''}`));
  }
  out.push('');

  const formulations = uniqueFormulations(analysis.formulations);
  if (formulations.length) {
    out.push('## 提法', '');
    for (const f of formulations) {
      out.push(squashSpace(f.expansion.length ? `- ${f.name}：${f.expansion.join('、')}` : `- ${f.name}（文中未展开）`));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

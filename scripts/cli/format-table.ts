/**
 * `--format table`: a compact terminal view — a summary line, then aligned tables of headings, problems, actions
 * and drafting hints, each row led by its line number in the draft; an action shows why it was taken (依据: its
 * signal ids) when the analysis carries that trace. Long cells are cut to fit (CJK counts double).
 */
import { formatDeadline, formatOwners, formatSection, severityLabels } from '../../lib/presentation/labels';
import { lineLocator } from '../../lib/presentation/line-locator';
import { uniqueFormulations } from '../../lib/presentation/formulations';
import { quoteSpan, squashSpace } from '../../lib/presentation/quote';
import type { Analysis } from '../../lib/schema/analysis';
import { renderTable } from './text-width';

/** One line, without control characters that would upset the terminal. */
// oxlint-disable-next-line no-control-regex -- stripping control characters is the point
const cell = (s: string) => squashSpace(s).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

function section(name: string, header: string[], rows: string[][], maxWidths: number[]): string[] {
  if (!rows.length) return [`${name}：无`, ''];
  return [name, ...renderTable(header, rows, maxWidths), ''];
}

export function formatTable(analysis: Analysis, text: string): string {
  const lineOf = lineLocator(text);
  const line = (offset: number) => String(lineOf(offset));
  const items = analysis.problemGroups.reduce((n, g) => n + g.items.length, 0);
  const formulations = uniqueFormulations(analysis.formulations);
  // The 依据 column (why each action was taken) when the analysis carries the trace.
  const traced = analysis.actions.some((a) => a.because?.length);
  const out = [
    analysis.title ? `《${cell(analysis.title)}》` : '（无标题）',
    [
      analysis.date ? `成文日期 ${analysis.date}` : null,
      `参照日期 ${analysis.referenceDate}`,
      `层次标题 ${analysis.headings.length}`,
      `问题 ${analysis.problemGroups.length}组${items}项`,
      `落实事项 ${analysis.actions.length}`,
      `提法 ${formulations.length}`,
      `起草提示 ${analysis.findings.length}`,
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  ];

  out.push(
    ...section(
      '层次标题',
      ['行', '级', '标题'],
      analysis.headings.map((h) => [line(h.start), String(h.level), `${'  '.repeat(h.level - 1)}${cell(h.marker + h.title)}`]),
      [6, 2, 60],
    ),
  );
  out.push(
    ...section(
      '问题清单',
      ['行', '分组', '序号', '问题'],
      analysis.problemGroups.flatMap((g) =>
        g.items.map((item, i) => [line(item.start), i ? '' : cell(g.label), cell(item.ordinal), cell(item.title || item.body)]),
      ),
      [6, 16, 8, 50],
    ),
  );
  out.push(
    ...section(
      '落实事项',
      ['行', '事项', '责任单位', '时限', '位置', ...(traced ? ['依据'] : [])],
      analysis.actions.map((a) => [
        line(a.start),
        cell(a.text),
        cell(formatOwners(a)),
        cell(formatDeadline(a.deadline)),
        cell(formatSection(a.sectionPath.slice(-1))),
        ...(traced ? [cell((a.because ?? []).join(' '))] : []),
      ]),
      [6, 36, 24, 24, 24, 20],
    ),
  );
  out.push(
    ...section(
      '起草提示',
      ['行', '级别', '规则', '说明'],
      analysis.findings.map((f) => {
        const quote = quoteSpan(text, f, 16);
        return [line(f.start), severityLabels[f.severity], f.rule, cell(`${f.message}${quote ? `「${quote}」` : ''}`)];
      }),
      [6, 4, 20, 60],
    ),
  );
  if (formulations.length) {
    out.push(
      ...section(
        '提法',
        ['行', '提法', '展开'],
        formulations.map((f) => [line(f.start), cell(f.name), cell(f.expansion.join('、') || '（文中未展开）')]),
        [6, 16, 60],
      ),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

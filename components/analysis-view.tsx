/**
 * One Analysis on screen: outline, 问题清单, 落实事项, 提法 and 起草提示. Presentational only — it gets the Analysis
 * and the text it came from (for quotes and line numbers) and holds no state; the side panel and the dashboard share it.
 */
import { useMemo, type ReactNode } from 'react';
import { uniqueFormulations } from '@/lib/presentation/formulations';
import { formatChineseDate, formatDeadline, formatOwners, formatSection, severityLabels, UNSTATED } from '@/lib/presentation/labels';
import { lineLocator } from '@/lib/presentation/line-locator';
import { buildOutline, type OutlineNode } from '@/lib/presentation/outline';
import { quoteSpan, truncate } from '@/lib/presentation/quote';
import type { Analysis } from '@/lib/schema/analysis';
import './analysis-view.css';

export interface AnalysisViewProps {
  analysis: Analysis;
  /** The text that was analysed; offsets in `analysis` point into it. */
  text: string;
}

export function AnalysisView({ analysis, text }: AnalysisViewProps) {
  const lineOf = useMemo(() => lineLocator(text), [text]);
  const outline = useMemo(() => buildOutline(analysis.headings), [analysis.headings]);
  const formulations = useMemo(() => uniqueFormulations(analysis.formulations), [analysis.formulations]);
  const problemItems = analysis.problemGroups.reduce((n, g) => n + g.items.length, 0);

  return (
    <article className="analysis">
      <header className="analysis-header">
        <h2>{analysis.title ? `《${analysis.title}》` : '（无标题）'}</h2>
        <p className="muted">
          {analysis.date ? `成文日期 ${formatChineseDate(analysis.date)} · ` : ''}
          时限参照 {formatChineseDate(analysis.referenceDate)} · 层次标题 {analysis.headings.length} · 问题 {analysis.problemGroups.length} 组 {problemItems} 项 · 落实事项{' '}
          {analysis.actions.length} · 起草提示 {analysis.findings.length}
        </p>
      </header>

      <Section title="提纲" empty={!outline.length}>
        <OutlineList nodes={outline} lineOf={lineOf} />
      </Section>

      <Section title="问题清单" empty={!analysis.problemGroups.length}>
        {analysis.problemGroups.map((group, g) => (
          <div className="problem-group" key={`${group.start}-${g}`}>
            <h4>
              {group.label || '问题'}
              <span className={`count${group.statedCount !== null && group.statedCount !== group.items.length ? ' count-mismatch' : ''}`}>
                {group.statedCount === null ? '文中未说明项数' : `文中称 ${group.statedCount} 项`} · 识别 {group.items.length} 项
              </span>
            </h4>
            {group.leadIn && <p className="lead-in">{group.leadIn}</p>}
            <ol className="items">
              {group.items.map((item, i) => (
                <li key={`${item.start}-${i}`}>
                  <span className="ordinal">{item.ordinal}</span> <strong>{item.title}</strong>
                  {item.body && <span className="muted"> {truncate(item.body, 60)}</span>}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </Section>

      <Section title="落实事项" empty={!analysis.actions.length}>
        <ol className="actions">
          {analysis.actions.map((action, i) => (
            <li key={`${action.start}-${i}`} className={action.core ? 'core' : undefined}>
              <p className="action-text">{action.text}</p>
              <dl>
                <dt>责任单位</dt>
                <dd className={action.owners.length ? undefined : 'muted'}>{formatOwners(action)}</dd>
                <dt>时限</dt>
                <dd className={action.deadline ? undefined : 'muted'}>{formatDeadline(action.deadline)}</dd>
                <dt>位置</dt>
                <dd>{action.section.length ? formatSection(action.section) : <span className="muted">{UNSTATED}</span>}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </Section>

      {formulations.length > 0 && (
        <Section title="提法" empty={false}>
          <ul className="formulations">
            {formulations.map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>
                {f.expansion.length ? `：${f.expansion.join('、')}` : <span className="muted">（文中未展开）</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="起草提示" empty={!analysis.findings.length}>
        <ul className="findings">
          {analysis.findings.map((f, i) => (
            <li key={`${f.rule}-${f.start}-${i}`}>
              <span className={`severity severity-${f.severity}`}>{severityLabels[f.severity]}</span> {f.message}
              <span className="muted">
                {' '}
                第 {lineOf(f.start)} 行 · {f.rule}
              </span>
              {f.end > f.start && <q>{quoteSpan(text, f)}</q>}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <section className="analysis-section">
      <h3>{title}</h3>
      {empty ? <p className="muted">无</p> : children}
    </section>
  );
}

function OutlineList({ nodes, lineOf }: { nodes: OutlineNode[]; lineOf: (offset: number) => number }) {
  return (
    <ul className="outline">
      {nodes.map(({ heading, children }, i) => (
        <li key={`${heading.start}-${i}`}>
          <span className="marker">{heading.marker}</span>
          {heading.title}
          <span className="muted"> 第 {lineOf(heading.start)} 行</span>
          {children.length > 0 && <OutlineList nodes={children} lineOf={lineOf} />}
        </li>
      ))}
    </ul>
  );
}

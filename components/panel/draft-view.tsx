/**
 * The lists of one (filtered) PanelView: outline tree, problem groups with stated vs. found counts, actions,
 * formulations (提法), and findings grouped by rule. Every entry reveals its span when clicked, where the page can.
 * Presentational: filters, edits and saving are held by DraftPanel; without `onEdit` the actions cannot be
 * corrected (read-only).
 */
import type { ReactNode } from 'react';
import type { ActionEdit } from '@/lib/panel/edits';
import { isMessageKey } from '@/lib/i18n/index';
import type { PanelView } from '@/lib/panel/view-model';
import { useI18n } from '../i18n';
import { ActionItem } from './action-item';
import { Entry, type RevealProps } from './entry';
import { SkipControl, type ItemChoices } from './item-choices';
import { OutlineTree } from './outline-tree';

export interface DraftViewProps extends RevealProps {
  view: PanelView;
  /** Keys of the actions the reader corrected. */
  edited: ReadonlySet<string>;
  /** The draft's reference date: a typed deadline resolves against it. */
  referenceDate: string;
  /** Open every outline branch (a text filter is on). */
  expandAll: boolean;
  /** Corrections of an action's owners and deadline; absent in read-only mode. */
  onEdit?(key: string, edit: ActionEdit | undefined): void;
  /** 不入台账 and 拆分 before saving; absent in read-only mode. */
  choices?: ItemChoices;
}

export function DraftView({ view, edited, referenceDate, expandAll, onReveal, revealTitle, onEdit, choices }: DraftViewProps) {
  const { t, locale } = useI18n();
  return (
    <div className="draft-view">
      {view.outline.length > 0 && (
        <Section id="outline" title={t('section.outline')}>
          <OutlineTree nodes={view.outline} expandAll={expandAll} onReveal={onReveal} revealTitle={revealTitle} />
        </Section>
      )}
      {view.problemGroups.length > 0 && (
        <Section id="problems" title={t('section.problems')}>
          {view.problemGroups.map((g) => (
            <div key={g.key} className={`problem-group${g.mismatch ? ' mismatch' : ''}`}>
              <Entry span={g} onReveal={onReveal} revealTitle={revealTitle} className="group-head">
                {g.stated === null || !g.mismatch
                  ? t('problem.count', { label: g.label || t('problem.untitled'), found: g.found })
                  : t('problem.countStated', { label: g.label || t('problem.untitled'), stated: g.stated, found: g.found })}
                {g.mismatch && <span className="warn-chip">⚠ {t('problem.mismatch')}</span>}
              </Entry>
              {g.leadIn && <p className="lead-in">{g.leadIn}</p>}
              {g.section && (
                <p className="section-path" title={g.section}>
                  {g.sectionShort}
                </p>
              )}
              <ol className="problem-items">
                {g.items.map((it) => (
                  <li key={it.key} className={choices?.skipOf('problem', it.start, it.end) ? 'skipped' : undefined}>
                    <Entry span={it} onReveal={onReveal} revealTitle={revealTitle}>
                      <span className="ordinal">{it.ordinal}</span>
                      <strong>{it.title}</strong>
                      {it.body && <span className="muted"> {it.body.length > 60 ? `${it.body.slice(0, 59)}…` : it.body}</span>}
                    </Entry>
                    {choices && (
                      <div className="item-choices">
                        <SkipControl choices={choices} kind="problem" start={it.start} end={it.end} words={it.title} />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </Section>
      )}

      {view.actions.length > 0 && (
        <Section id="actions" title={t('section.actions')}>
          <ol className="action-list">
            {view.actions.map((a, i) => (
              <ActionItem
                key={a.key}
                action={a}
                index={i}
                edited={edited.has(a.key)}
                referenceDate={referenceDate}
                onReveal={onReveal}
                revealTitle={revealTitle}
                onEdit={onEdit && ((edit) => onEdit(a.key, edit))}
                choices={choices}
              />
            ))}
          </ol>
        </Section>
      )}

      {view.formulations.length > 0 && (
        <Section id="formulations" title={t('section.formulations')}>
          <ul className="formulation-list">
            {view.formulations.map((f) => (
              <li key={f.key}>
                <Entry span={f} onReveal={onReveal} revealTitle={revealTitle}>
                  <strong className="formulation-name">{f.name}</strong>
                  {f.expansion.length ? <span>：{f.expansion.join('、')}</span> : <span className="muted"> {t('formulation.unexpanded')}</span>}
                </Entry>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {view.findingGroups.length > 0 && (
        <Section id="findings" title={t('section.findings')}>
          {view.findingGroups.map((g) => {
            const key = `rule.${g.rule}`;
            return (
              <div key={g.rule} className="finding-group">
                <h4>
                  {isMessageKey(key) ? t(key) : g.rule} <span className="muted small">{g.items.length}</span>
                </h4>
                <ul className="finding-list">
                  {g.items.map((f) => (
                    <li key={f.key}>
                      <Entry span={f} onReveal={onReveal} revealTitle={revealTitle}>
                        <span className={`severity severity-${f.severity}`}>{t(`severity.${f.severity}`)}</span>
                        {locale === 'en' ? f.messageEn : f.message}
                        {f.quote && (
                          <span className="finding-context">
                            {f.before}
                            <mark>{f.quote}</mark>
                            {f.after}
                          </span>
                        )}
                      </Entry>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </Section>
      )}

    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`panel-section section-${id}`} aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

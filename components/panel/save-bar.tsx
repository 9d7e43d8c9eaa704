/**
 * 「保存为督办清单」 / 「更新清单」 and what the save did: a new checklist's item count, or the merge report
 * (matched / changed / added / orphaned, items left out as 不入台账, hand edits kept — each listed, with the draft change it kept out —, statuses carried to reworded items, a draft saved apart
 * from the page's checklist it did not match), with a link to the checklist in the dashboard.
 */
import type { SaveAnalysisResult } from '@/lib/db/save-analysis';
import { useI18n } from '../i18n';

/** An item's words as a report quotes them: the first 24 characters. */
const short = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; result: SaveAnalysisResult } | { kind: 'error'; message: string };

export interface SaveBarProps {
  /** The checklist this draft already has, if any. */
  existing: { documentId: string; revision: number } | null;
  status: SaveStatus;
  /** False when the draft has nothing a checklist could track. */
  canSave: boolean;
  onSave(): void;
  dashboardHref(documentId: string): string;
}

export function SaveBar({ existing, status, canSave, onSave, dashboardHref }: SaveBarProps) {
  const { t } = useI18n();
  const saving = status.kind === 'saving';
  const label = saving ? t('save.saving') : existing ? t('save.update') : t('save.first');
  return (
    <div className="save-bar">
      <button type="button" className="primary" disabled={saving || !canSave} onClick={onSave}>
        {label}
      </button>
      <div className="save-status" role="status">
        {!canSave && status.kind === 'idle' && <p className="muted small">{t('save.nothing')}</p>}
        {existing && status.kind === 'idle' && canSave && <p className="muted small">{t('save.existing', { revision: existing.revision })}</p>}
        {status.kind === 'error' && <p className="error">{t('save.failed', { message: status.message })}</p>}
        {status.kind === 'done' && <SaveReport result={status.result} href={dashboardHref(status.result.documentId)} />}
      </div>
    </div>
  );
}

function SaveReport({ result, href }: { result: SaveAnalysisResult; href: string }) {
  const { t } = useI18n();
  const r = result.report;
  const carried = r.carried ?? [];
  // 牵头/配合 are part of the owners: an item whose owners are listed is not listed again for them.
  const withOwners = new Set((r.handEdits ?? []).filter((e) => e.field === 'owners').map((e) => e.id));
  const handEdits = (r.handEdits ?? []).filter((e) => e.field === 'owners' || !(e.field === 'lead' || e.field === 'coop') || !withOwners.has(e.id));
  return (
    <div className="save-report">
      {result.created ? t('save.created', { items: r.added }) : t('save.merged', { revision: result.revision, matched: r.matched, changed: r.changed, added: r.added, orphaned: r.orphaned })}
      {!result.created && r.keptEdits > 0 && ` ${t('save.keptEdits', { keptEdits: r.keptEdits })}`}
      {handEdits.length > 0 && (
        <ul className="hand-edits" data-testid="hand-edits">
          {handEdits.map((e) => (
            <li key={`${e.id}:${e.field}`} className="hand-edit" title={e.text}>
              {t(e.draftBefore === undefined ? 'save.handEdit' : 'save.handEditNotApplied', { text: short(e.text), field: t(`field.${e.field}`), kept: e.kept || '—', draft: e.draft || '—', before: e.draftBefore || '—' })}。
            </li>
          ))}
        </ul>
      )}
      {(r.skipped ?? 0) > 0 && (
        <span className="report-skipped" data-testid="report-skipped">
          {' '}
          {t('save.skipped', { skipped: r.skipped! })}
        </span>
      )}
      {r.separatedFrom && ` ${t('save.separated')}`}
      {carried.length > 0 && ` ${t('save.carried', { n: carried.length })}${carried.map((c) => t('save.carriedItem', { from: c.from, to: c.to, status: t(`status.${c.status}`) })).join('；')}`}{' '}
      <a href={href} target="_blank" rel="noopener">
        {t('save.open')}
      </a>
    </div>
  );
}

/**
 * The dashboard's 团队台账 bar (issue 15): whether the ledger syncs with the unit's server and as whom, the last sync,
 * the local changes still to send (read-only — the unit's policy or a reader's role — sends none: they are kept here
 * and said to be so), the concurrent edits merged — each left a progress note starting 并发修改, listed
 * here with a link to its item — the last sync's error in words, and 立即同步. Nothing shows while no server is set
 * (a single user's ledger stays as it was). Data and the calls come as props (entrypoints/dashboard/use-sync.ts).
 */
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { SyncStatus } from '@/lib/messaging/sync';
import './sync-status.css';

/** A merged concurrent edit: its progress note and the item it belongs to. */
export interface ConflictNote {
  noteId: string;
  itemId: string;
  /** The item's text (its directive or problem title). */
  itemText: string;
  /** The note: 并发修改：… 设为 …. */
  text: string;
  createdAt: number;
}

/** The progress notes a merge writes start with these words (lib/sync's merge). */
export const CONFLICT_NOTE_PREFIX = '并发修改';

/** The link that opens an item's panel in the dashboard. */
export const itemHref = (itemId: string) => `#${new URLSearchParams({ item: itemId }).toString()}`;

export function SyncStatusBar({ status, conflicts, onSyncNow, onOpenSettings }: { status: SyncStatus | null; conflicts: readonly ConflictNote[]; onSyncNow(): Promise<unknown>; onOpenSettings(): void }) {
  const { t, dateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const [starting, setStarting] = useState(false);
  if (!status?.configured) return null;
  const running = status.running || starting;
  const syncNow = () => {
    setStarting(true);
    void onSyncNow()
      .catch(() => undefined)
      .finally(() => setStarting(false));
  };
  const settings = (
    <button type="button" className="link-button" onClick={onOpenSettings} data-testid="sync-settings">
      {t('sync.settings')}
    </button>
  );
  if (!status.user) {
    return (
      <section className="sync-bar no-print" aria-label={t('sync.title')} data-testid="sync-bar">
        <strong>{t('sync.title')}</strong> <span>{t('sync.signedOut')}</span> {settings}
      </section>
    );
  }
  return (
    <section className="sync-bar no-print" aria-label={t('sync.title')} data-testid="sync-bar">
      <strong>{t('sync.title')}</strong> <span data-testid="sync-user">{t('sync.user', { user: status.user })}</span>
      {status.readOnly && (
        <span className="badge" title={t(status.readOnlyBy === 'role' ? 'sync.readOnlyRole' : 'sync.readOnlyPolicy')} data-testid="sync-read-only">
          {t('sync.readOnly')}
        </span>
      )}
      <span data-testid="sync-last">{status.lastSync === null ? t('sync.never') : t('sync.last', { time: dateTime(status.lastSync) })}</span>
      {status.pending > 0 && <span data-testid="sync-pending">{t(status.readOnly ? 'sync.pendingReadOnly' : 'sync.pending', { n: status.pending })}</span>}
      {conflicts.length > 0 && (
        <span>
          {t('sync.conflicts', { n: conflicts.length })}{' '}
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="sync-conflicts">
            {t('sync.conflictsLink')}
          </button>
        </span>
      )}
      <button type="button" className="small-button" disabled={running} onClick={syncNow} data-testid="sync-now">
        {running ? t('sync.running') : t('sync.now')}
      </button>
      {settings}
      {status.lastError && (
        <p className="page-error" role="alert" data-testid="sync-error">
          {t(`sync.err.${status.lastError.kind}`, { message: status.lastError.message })}
        </p>
      )}
      {open && conflicts.length > 0 && (
        <ul className="sync-conflicts" data-testid="sync-conflict-list">
          {conflicts.map((c) => (
            <li key={c.noteId}>
              <a href={itemHref(c.itemId)}>{c.itemText}</a>：{c.text} <span className="muted">{dateTime(c.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

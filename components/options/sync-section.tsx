/**
 * The options page's 团队台账同步 section (issue 15): the team ledger's server URL, database and sync interval, each
 * locked when the unit's policy sets it (managed storage), read-only (the policy's flag, or the account's reader role
 * on the server: the team ledger is fetched, local changes stay here), and sign-in with a CouchDB
 * user name and password through `_session`. The password lives in this form's state until the click sends it and
 * is then cleared; nothing stores it. The host permission for the server's origin alone is asked inside the click
 * (the page's `signIn` action asks first, before anything awaits). A session the server no longer knows (the last
 * sync `unauthorized`: CouchDB's AuthSession timed out) brings the form back with the name filled in. Data and browser calls come as props
 * (entrypoints/options/use-sync.ts).
 */
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/index';
import type { SyncStatus } from '@/lib/messaging/sync';
import { isDatabaseName, normalizeServerUrl, SYNC_INTERVAL, type SyncConfig } from '@/lib/settings/sync-config';

/** The server fields as typed. */
export interface SyncServerInput {
  url: string;
  database: string;
  intervalMinutes: number;
}

/** Why a sign-in did not happen. */
export type SignInFailure = 'denied' | 'unauthorized' | 'offline' | 'other';

/** What the section does in the browser (entrypoints/options/use-sync.ts). */
export interface SyncSectionActions {
  /** Stores the user's server settings (the fields the policy sets are not the user's to change). */
  save(input: SyncServerInput): Promise<void>;
  /** Asks for the server origin's host permission at once (inside the click), stores the settings, signs in. */
  signIn(input: SyncServerInput & { name: string; password: string }): Promise<{ ok: true; user: string; readOnly: boolean } | { ok: false; reason: SignInFailure; message: string }>;
  signOut(): Promise<void>;
}

/** The message of a field that cannot be saved, or null. */
export function serverInputProblem(input: SyncServerInput): 'opt.syncInvalidUrl' | 'opt.syncInvalidDatabase' | null {
  if (!normalizeServerUrl(input.url)) return 'opt.syncInvalidUrl';
  if (!isDatabaseName(input.database)) return 'opt.syncInvalidDatabase';
  return null;
}

const FAILURE: Record<Exclude<SignInFailure, 'other'>, MessageKey> = { denied: 'opt.syncDenied', unauthorized: 'opt.syncUnauthorized', offline: 'opt.syncOffline' };

export function SyncSection({ config, status, actions }: { config: SyncConfig; status: SyncStatus | null; actions: SyncSectionActions }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<SyncServerInput>({ url: config.url ?? '', database: config.database, intervalMinutes: config.intervalMinutes });
  const [name, setName] = useState(config.user ?? '');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  // A field the policy sets shows the policy's value as it is now; the user's own fields keep what is being typed.
  const shown: SyncServerInput = {
    url: config.locked.url ? (config.url ?? '') : typed.url,
    database: config.locked.database ? config.database : typed.database,
    intervalMinutes: config.locked.intervalMinutes ? config.intervalMinutes : typed.intervalMinutes,
  };
  const input = shown;
  const setInput = setTyped;

  const problem = serverInputProblem(input);
  const save = () => {
    setMessage(null);
    if (problem) return setMessage({ text: t(problem), error: true });
    void actions.save(input).then(
      () => setMessage({ text: t('opt.syncSaved'), error: false }),
      (e: unknown) => setMessage({ text: t('error', { message: e instanceof Error ? e.message : String(e) }), error: true }),
    );
  };

  const signIn = () => {
    setMessage(null);
    if (problem) return setMessage({ text: t(problem), error: true });
    if (!name.trim() || !password) return;
    setBusy(true);
    // nb. Called at once, inside the click: the action asks for the server's host permission first.
    const pending = actions.signIn({ ...input, name: name.trim(), password });
    setPassword('');
    void pending
      .then(
        (r) =>
          setMessage(
            r.ok
              ? { text: t(r.readOnly ? 'opt.syncSignInDoneReadOnly' : 'opt.syncSignInDone'), error: false }
              : { text: r.reason === 'other' ? t('opt.syncFailed', { message: r.message }) : t(FAILURE[r.reason]), error: true },
          ),
        (e: unknown) => setMessage({ text: t('opt.syncFailed', { message: e instanceof Error ? e.message : String(e) }), error: true }),
      )
      .finally(() => setBusy(false));
  };

  const signedIn = config.user;
  // The session expired (CouchDB's AuthSession timed out, or the cookie was cleared): the form again, the name kept.
  const expired = !!signedIn && status?.lastError?.kind === 'unauthorized';
  const managed = <span className="muted"> {t('opt.syncManaged')}</span>;
  return (
    <section className="card" data-testid="sync-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('opt.sync')}</h2>
      <p className="page-note">{t('opt.syncNote')}</p>
      <div className="form-row">
        <label className="wide">
          {t('opt.syncServer')}
          <input type="url" value={input.url} disabled={config.locked.url} placeholder={t('opt.syncServerPlaceholder')} onChange={(e) => setInput({ ...input, url: e.target.value })} data-testid="sync-url" />
          {config.locked.url && managed}
        </label>
        <label>
          {t('opt.syncDatabase')}
          <input type="text" value={input.database} disabled={config.locked.database} onChange={(e) => setInput({ ...input, database: e.target.value })} data-testid="sync-database" />
          {config.locked.database && managed}
        </label>
        <label>
          {t('opt.syncInterval')}
          <input
            type="number"
            min={SYNC_INTERVAL.min}
            max={SYNC_INTERVAL.max}
            value={input.intervalMinutes}
            disabled={config.locked.intervalMinutes}
            onChange={(e) => setInput({ ...input, intervalMinutes: Math.max(SYNC_INTERVAL.min, Math.min(SYNC_INTERVAL.max, Math.round(Number(e.target.value) || SYNC_INTERVAL.default))) })}
            data-testid="sync-interval"
          />
          {config.locked.intervalMinutes && managed}
        </label>
        {!(config.locked.url && config.locked.database && config.locked.intervalMinutes) && (
          <button type="button" className="small-button" onClick={save} data-testid="sync-save">
            {t('opt.syncSave')}
          </button>
        )}
      </div>
      {(config.readOnly || status?.readOnlyBy === 'role') && (
        <p className="page-note" data-testid="sync-read-only">
          {t(config.readOnly ? 'opt.syncReadOnly' : 'opt.syncReadOnlyRole')}
        </p>
      )}
      {signedIn && !expired ? (
        <div className="form-row">
          <span data-testid="sync-user">{t('opt.syncSignedIn', { user: signedIn })}</span>
          <button type="button" className="small-button" onClick={() => void actions.signOut()} data-testid="sync-sign-out">
            {t('opt.syncSignOut')}
          </button>
        </div>
      ) : (
        <form
          className="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            signIn();
          }}
        >
          <label>
            {t('opt.syncUser')}
            <input type="text" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} data-testid="sync-name" />
          </label>
          <label>
            {t('opt.syncPassword')}
            <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="sync-password" />
          </label>
          <button type="submit" className="small-button" disabled={busy || !name.trim() || !password} data-testid="sync-sign-in">
            {t('opt.syncSignIn')}
          </button>
          <span className={expired ? 'page-error' : 'muted'} data-testid="sync-signed-out">
            {expired ? t('opt.syncExpired', { user: signedIn }) : t('opt.syncSignedOut')}
          </span>
        </form>
      )}
      {status?.lastError && !expired && <p className="page-error">{t(`sync.err.${status.lastError.kind}`, { message: status.lastError.message })}</p>}
      {message && (
        <p className={message.error ? 'page-error' : 'page-note'} role="status" data-testid="sync-message">
          {message.text}
        </p>
      )}
    </section>
  );
}

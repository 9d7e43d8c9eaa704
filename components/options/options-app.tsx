/**
 * The options page: enabled sites (`enabledSitesItem`, each with its optional host permission),
 * reminders (on/off, overdue, due soon, the blue-light window, the daily time, check now), the reference date of
 * deadlines, the office lexicon the analysis uses, the 督办单 (supervision-fieldset.tsx), language and theme. Everything but the sites is one
 * UserSettings object (lib/schema/settings.ts), saved with one button — the one home of the blue-light window,
 * which the lights, reminders and exports read.
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import type { UserSettingsState } from '@/components/use-user-settings';
import type { ReminderRun } from '@/lib/messaging/reminders';
import type { UserSettings } from '@/lib/schema/settings';
import { isoDay } from '@/lib/calendar';
import type { SupervisionNumbers } from '@/lib/settings/supervision-numbers';
import { SupervisionFieldset, supervisionErrors } from './supervision-fieldset';

const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

/** What the options page does in the browser (entrypoints/options/use-options.ts). */
export interface OptionsActions {
  /** Turns on the site a text names, asking for its host access inside the click; 'invalid' when it names none. */
  addSite(text: string): Promise<'enabled' | 'disabled' | 'denied' | 'unsupported' | 'invalid'>;
  /** Turns a site off and gives its host access back. */
  removeSite(origin: string): Promise<void>;
  /** Runs today's reminders now (the background's daily run). */
  runReminders(): Promise<ReminderRun>;
  /** The 督办编号 register (its preview and the year's next number, in the 督办单 fieldset). */
  numbers: SupervisionNumbers;
}

/** `children`: sections with their own state, shown after the sites (the team ledger's sync, sync-section.tsx). */
export function OptionsApp({ state, sites, actions, children }: { state: UserSettingsState; sites: readonly string[]; actions: OptionsActions; children?: ReactNode }) {
  const { t, setLocale } = useI18n();
  const { settings, update } = state;
  const [draft, setDraft] = useState<UserSettings>(settings);
  const [owners, setOwners] = useState(settings.lexicon.owners.join('\n'));
  const [directives, setDirectives] = useState(settings.lexicon.directives.join('\n'));
  const [boilerplate, setBoilerplate] = useState(settings.lexicon.boilerplate.join('\n'));
  const [message, setMessage] = useState<string | null>(null);
  const [site, setSiteInput] = useState('');
  const [siteMessage, setSiteMessage] = useState<string | null>(null);
  const [today] = useState(() => isoDay(Date.now()));

  const set = <K extends keyof UserSettings>(key: K, value: UserSettings[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setReminders = (patch: Partial<UserSettings['reminders']>) => setDraft((d) => ({ ...d, reminders: { ...d.reminders, ...patch } }));

  const save = async () => {
    setMessage(null);
    // nb. Stored settings fall back field by field; a bad 督办单 field is refused here rather than lost.
    if (Object.keys(supervisionErrors(draft.supervision)).length) {
      setMessage(t('supervision.opt.fix'));
      return;
    }
    try {
      const stored = await update(() => ({ ...draft, lexicon: { owners: lines(owners), directives: lines(directives), boilerplate: lines(boilerplate) } }));
      setDraft(stored);
      setMessage(t('opt.saved'));
    } catch (e) {
      setMessage(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const addSite = () => {
    setSiteMessage(null);
    // nb. Called inside the click: the action asks for the host permission at once.
    void actions.addSite(site.trim()).then((outcome) => {
      if (outcome === 'invalid') setSiteMessage(t('opt.siteInvalid'));
      else if (outcome === 'denied') setSiteMessage(t('opt.siteDenied'));
      else setSiteInput('');
    });
  };

  const runNow = async () => {
    setMessage(null);
    await actions.runReminders().then(
      (r) => setMessage(t('opt.ran', { overdue: r.overdue.length, dueSoon: r.dueSoon.length })),
      (error: unknown) => setMessage(t('error', { message: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <main className="options" data-testid="options">
      <header className="options-head">
        <h1>{t('opt.title')}</h1>
        <a href="dashboard.html" target="_blank" rel="noopener">
          {t('app.openDashboard')}
        </a>
      </header>

      <section className="card">
        <h2>{t('opt.sites')}</h2>
        <p className="page-note">{t('opt.sitesNote')}</p>
        {sites.length === 0 ? (
          <p className="muted">{t('opt.sitesEmpty')}</p>
        ) : (
          <ul className="sites" data-testid="sites">
            {sites.map((s) => (
              <li key={s}>
                <code>{s}</code>{' '}
                <button type="button" className="link-button" onClick={() => void actions.removeSite(s)}>
                  {t('opt.siteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="form-row">
          <input type="text" value={site} onChange={(e) => setSiteInput(e.target.value)} placeholder={t('opt.sitePlaceholder')} aria-label={t('opt.siteInput')} data-testid="site-input" />
          <button type="button" className="small-button" onClick={addSite} data-testid="site-add">
            {t('opt.siteAdd')}
          </button>
        </div>
        {siteMessage && <p className="page-error">{siteMessage}</p>}
      </section>

      {children}

      <section className="card">
        <h2>{t('opt.reminders')}</h2>
        <label className="check">
          <input type="checkbox" checked={draft.reminders.enabled} onChange={(e) => setReminders({ enabled: e.target.checked })} data-testid="rem-enabled" /> {t('opt.remindersOn')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.reminders.overdue} disabled={!draft.reminders.enabled} onChange={(e) => setReminders({ overdue: e.target.checked })} /> {t('opt.remindOverdue')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.reminders.dueSoon} disabled={!draft.reminders.enabled} onChange={(e) => setReminders({ dueSoon: e.target.checked })} /> {t('opt.remindDueSoon')}
        </label>
        <div className="form-row">
          <label>
            {t('opt.warnDays')}
            <input type="number" min={0} max={60} value={draft.reminders.warnDays} onChange={(e) => setReminders({ warnDays: Math.max(0, Math.min(60, Math.round(Number(e.target.value) || 0))) })} data-testid="warn-days" />
          </label>
          <label>
            {t('opt.time')}
            <input type="time" value={draft.reminders.time} onChange={(e) => setReminders({ time: e.target.value || '09:00' })} data-testid="rem-time" />
          </label>
          <button type="button" className="small-button" onClick={() => void runNow()} data-testid="run-now">
            {t('opt.runNow')}
          </button>
        </div>
      </section>

      <section className="card">
        <h2>{t('opt.reference')}</h2>
        <p className="page-note">{t('opt.referenceNote')}</p>
        <label className="check">
          <input type="radio" name="ref" checked={draft.referenceDate.mode === 'today'} onChange={() => set('referenceDate', { ...draft.referenceDate, mode: 'today' })} /> {t('opt.referenceToday')}
        </label>
        <label className="check">
          <input type="radio" name="ref" checked={draft.referenceDate.mode === 'fixed'} onChange={() => set('referenceDate', { ...draft.referenceDate, mode: 'fixed' })} data-testid="ref-fixed" /> {t('opt.referenceFixed')}{' '}
          <input type="date" value={draft.referenceDate.date ?? ''} onChange={(e) => set('referenceDate', { mode: 'fixed', date: e.target.value || null })} data-testid="ref-date" />
        </label>
      </section>

      <section className="card">
        <h2>{t('opt.lexicon')}</h2>
        <p className="page-note">{t('opt.lexiconNote')}</p>
        <div className="lexicon">
          <label>
            {t('opt.owners')}
            <textarea value={owners} onChange={(e) => setOwners(e.target.value)} rows={6} data-testid="lex-owners" />
          </label>
          <label>
            {t('opt.directives')}
            <textarea value={directives} onChange={(e) => setDirectives(e.target.value)} rows={6} data-testid="lex-directives" />
          </label>
          <label>
            {t('opt.boilerplate')}
            <textarea value={boilerplate} onChange={(e) => setBoilerplate(e.target.value)} rows={6} data-testid="lex-boilerplate" />
          </label>
        </div>
      </section>

      <SupervisionFieldset value={draft.supervision} onChange={(v) => set('supervision', v)} numbers={actions.numbers} today={today} />

      <section className="card">
        <h2>{t('opt.appearance')}</h2>
        <div className="form-row">
          <label>
            {t('opt.language')}
            <select
              value={draft.locale}
              onChange={(e) => {
                const locale = e.target.value as UserSettings['locale'];
                set('locale', locale);
                setLocale(locale);
              }}
              data-testid="locale"
            >
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('opt.theme')}
            <select value={draft.theme} onChange={(e) => set('theme', e.target.value as UserSettings['theme'])} data-testid="theme">
              <option value="system">{t('opt.themeSystem')}</option>
              <option value="light">{t('opt.themeLight')}</option>
              <option value="dark">{t('opt.themeDark')}</option>
            </select>
          </label>
        </div>
      </section>

      <div className="save-bar">
        <button type="button" className="primary-button" onClick={() => void save()} data-testid="save">
          {t('opt.save')}
        </button>
        {message && (
          <span className="page-note" role="status" data-testid="options-message">
            {message}
          </span>
        )}
      </div>
    </main>
  );
}

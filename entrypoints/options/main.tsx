/**
 * Options page (设置): sites, the team ledger's sync (use-sync.ts), reminders, reference date, lexicon, language and theme (components/options); the
 * page's state and browser calls are here (use-options.ts).
 */
import { StrictMode } from 'react';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { BadgeSites } from '@/components/options/badge-sites';
import { OptionsApp } from '@/components/options/options-app';
import { SyncSection } from '@/components/options/sync-section';
import { useUserSettings } from '@/components/use-user-settings';
import type { ExtensionStorage } from '@/lib/settings/storage-items';
import { useOptionsPage } from './use-options';
import { useSyncOptions } from './use-sync';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

const storage = browser.storage as unknown as ExtensionStorage;

function Page() {
  const state = useUserSettings(storage);
  const { sites, badgePlaces, setBadgePlace, actions } = useOptionsPage(storage);
  const sync = useSyncOptions(storage as Parameters<typeof useSyncOptions>[0]);
  if (!state.loaded) return null;
  return (
    <I18nProvider locale={state.settings.locale} onLocaleChange={(locale) => void state.update((s) => ({ ...s, locale }))}>
      <OptionsApp state={state} sites={sites} actions={actions}>
        <BadgeSites places={badgePlaces} onChange={setBadgePlace} />
        {sync.config && <SyncSection config={sync.config} status={sync.status} actions={sync.actions} />}
      </OptionsApp>
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

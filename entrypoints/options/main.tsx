/**
 * Options page (设置): sites, reminders, reference date, lexicon, language and theme (components/options); the
 * page's state and browser calls are here (use-options.ts).
 */
import { StrictMode } from 'react';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/options/options-app';
import { useUserSettings } from '@/components/use-user-settings';
import type { ExtensionStorage } from '@/lib/settings/storage-items';
import { useOptionsPage } from './use-options';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

const storage = browser.storage as unknown as ExtensionStorage;

function Page() {
  const state = useUserSettings(storage);
  const { sites, actions } = useOptionsPage(storage);
  if (!state.loaded) return null;
  return (
    <I18nProvider locale={state.settings.locale} onLocaleChange={(locale) => void state.update((s) => ({ ...s, locale }))}>
      <OptionsApp state={state} sites={sites} actions={actions} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

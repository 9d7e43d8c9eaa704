/** Side panel entry: mounts the panel (app.tsx) in the language and theme of the user's settings. */
import { StrictMode, useCallback } from 'react';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { useUserSettings } from '@/components/use-user-settings';
import type { Locale } from '@/lib/i18n/index';
import type { ExtensionStorage } from '@/lib/settings/storage-items';
import { App } from './app';
import '@/assets/page.css';
import '@/components/panel/panel.css';

const storage = browser.storage as unknown as ExtensionStorage;

function Root() {
  const { settings, update } = useUserSettings(storage);
  const setLocale = useCallback((locale: Locale) => void update((latest) => ({ ...latest, locale })), [update]);
  return (
    <I18nProvider locale={settings.locale} onLocaleChange={setLocale}>
      <App settings={settings} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

/** Options page (设置): sites, reminders, reference date, lexicon, language and theme (components/options). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/options/options-app';
import { useUserSettings } from '@/components/use-user-settings';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

function Page() {
  const state = useUserSettings();
  if (!state.loaded) return null;
  return (
    <I18nProvider locale={state.settings.locale} onLocaleChange={(locale) => void state.update((s) => ({ ...s, locale }))}>
      <OptionsApp state={state} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

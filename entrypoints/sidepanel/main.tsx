/** Side panel entry: mounts the panel (app.tsx) in the language of the user's settings. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { App } from './app';
import { useSettings } from './use-settings';
import '@/assets/page.css';

function Root() {
  const { settings, setLocale } = useSettings();
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

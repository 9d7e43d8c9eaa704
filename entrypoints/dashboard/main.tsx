/**
 * Dashboard page (督办台账): the checklists in LuoshiDB, opened directly (an extension page is the database's
 * origin), in the user's language and theme. Nothing leaves the machine.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { I18nProvider } from '@/components/i18n';
import { useUserSettings } from '@/components/use-user-settings';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

function Page() {
  const { settings, loaded, update } = useUserSettings();
  if (!loaded) return null;
  return (
    <I18nProvider locale={settings.locale} onLocaleChange={(locale) => void update((s) => ({ ...s, locale }))}>
      <DashboardApp settings={settings} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

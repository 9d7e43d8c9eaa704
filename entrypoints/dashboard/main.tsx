/**
 * Dashboard page (督办台账): the checklists in LuoshiDB, opened directly (an extension page is the database's
 * origin), in the user's language and theme. Nothing leaves the machine. Restored sites' host access is asked
 * for here (grantSites), inside the click of the dashboard's button.
 */
import { StrictMode } from 'react';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { I18nProvider } from '@/components/i18n';
import { useUserSettings } from '@/components/use-user-settings';
import { sitePatterns } from '@/lib/settings/preferences';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

/** Asks for host access to restored enabled sites; called inside the button's click. */
const grantSites = (sites: string[]) => browser.permissions.request({ origins: sitePatterns(sites) }).catch(() => false);

function Page() {
  const { settings, loaded, update } = useUserSettings();
  if (!loaded) return null;
  return (
    <I18nProvider locale={settings.locale} onLocaleChange={(locale) => void update((s) => ({ ...s, locale }))}>
      <DashboardApp settings={settings} grantSites={grantSites} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

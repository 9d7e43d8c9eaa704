/**
 * Dashboard page (督办台账): the checklists in LuoshiDB, opened directly (an extension page is the database's
 * origin), in the user's language and theme. Nothing leaves the machine. The page's state and browser calls live
 * here — the checklist followed live (use-checklist.ts), the repository, the options page, 「在原文中定位」 over
 * the tabs, the team ledger's sync bar (use-sync.ts), the 督办编号 register, and host access for restored sites, asked for inside the click of the dashboard's button — and reach
 * the components as props (DashboardActions).
 */
import { StrictMode, useMemo } from 'react';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import { DashboardApp, type DashboardActions } from '@/components/dashboard/dashboard-app';
import { SyncStatusBar } from '@/components/dashboard/sync-status';
import { I18nProvider } from '@/components/i18n';
import { useUserSettings } from '@/components/use-user-settings';
import { openAtItem, type RevealBrowser } from '@/lib/dashboard/reveal';
import { sitePatterns } from '@/lib/settings/preferences';
import type { ExtensionStorage } from '@/lib/settings/storage-items';
import { supervisionNumbers } from '@/lib/settings/supervision-numbers';
import { pageRepository, pageRescueExport, useChecklist } from './use-checklist';
import { lastChangedBy, useSyncBar } from './use-sync';
import '@/assets/page.css';
import '@/components/dashboard/dashboard.css';

const storage = browser.storage as unknown as ExtensionStorage;

function Page() {
  const { settings, loaded, update } = useUserSettings(storage);
  const actions = useMemo<DashboardActions>(
    () => ({
      repo: pageRepository(storage),
      rescueExport: pageRescueExport,
      openOptions: () => void browser.runtime.openOptionsPage(),
      openAtItem: (document, item) => openAtItem(browser as unknown as RevealBrowser, document, item),
      grantSites: (sites) => browser.permissions.request({ origins: sitePatterns(sites) }).catch(() => false),
      lastChangedBy: (itemId) => lastChangedBy(itemId),
      numbers: supervisionNumbers(storage),
    }),
    [],
  );
  const checklist = useChecklist(actions.repo);
  const sync = useSyncBar();
  if (!loaded) return null;
  return (
    <I18nProvider locale={settings.locale} onLocaleChange={(locale) => void update((s) => ({ ...s, locale }))}>
      <DashboardApp settings={settings} checklist={checklist} actions={actions}>
        <SyncStatusBar status={sync.status} conflicts={sync.conflicts} onSyncNow={sync.syncNow} onOpenSettings={actions.openOptions} />
      </DashboardApp>
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

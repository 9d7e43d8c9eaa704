/**
 * Background service worker: makes the toolbar button open the side panel (Chromium), and answers the checklist's
 * messages (the only writer of LuoshiDB for content scripts; see checklist-handlers.ts).
 */
import { browser, defineBackground } from '#imports';
import { getDatabase } from '@/lib/db/database';
import { registerChecklistHandlers } from './checklist-handlers';

export default defineBackground(() => {
  registerChecklistHandlers(getDatabase(), browser.runtime);
  // nb. Firefox has no sidePanel API: there WXT declares the page as a sidebar, which the browser's own UI opens.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error('luoshi: setPanelBehavior failed', error));
});

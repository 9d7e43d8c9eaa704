/** Background service worker. For now it only makes the toolbar button open the side panel (Chromium). */
import { browser, defineBackground } from '#imports';

export default defineBackground(() => {
  // nb. Firefox has no sidePanel API: there WXT declares the page as a sidebar, which the browser's own UI opens.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error('luoshi: setPanelBehavior failed', error));
});

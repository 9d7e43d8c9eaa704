/**
 * Background service worker: makes the toolbar button open the side panel (Chromium), and answers the checklist's
 * messages (the only writer of LuoshiDB for content scripts; see checklist-handlers.ts) and the editor's
 * (analysis off the page's thread, the per-tab EditorState; editor-handlers.ts). The toolbar button also enables
 * the current site, and the command 在本站启用落实 (Alt+Shift+L) toggles it (site-toggle.ts). 「提取所选文字」 (context
 * menu, Alt+Shift+K) publishes a selection as the tab's EditorState where in-place annotation is impossible (capture.ts).
 */
import { browser, defineBackground } from '#imports';
import { getDatabase } from '@/lib/db/database';
import { registerCapture } from './capture';
import { registerChecklistHandlers } from './checklist-handlers';
import { registerEditorHandlers } from './editor-handlers';
import { setSite, TOGGLE_SITE_COMMAND } from './site-toggle';

export default defineBackground(() => {
  registerChecklistHandlers(getDatabase(), browser.runtime);
  const editors = registerEditorHandlers(browser);
  registerCapture({
    browser,
    current: (tabId) => editors.stateOf(tabId),
    // A capture is published as the tab's content script would publish it: validated, kept, announced.
    publish: async ({ tabId, frameId, ...state }) => {
      const result = await editors.handle({ type: 'editor.publish', payload: state }, { tab: { id: tabId }, frameId });
      if (!result.ok) throw new Error(result.error.message);
    },
  });
  // nb. Firefox has no sidePanel API: there WXT declares the page as a sidebar, which the browser's own UI opens.
  // The click opens the panel itself (so that it can also enable the site), both inside the click's gesture.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch((error: unknown) => console.error('luoshi: setPanelBehavior failed', error));
  browser.action?.onClicked.addListener((tab) => {
    if (tab.id !== undefined) browser.sidePanel?.open({ tabId: tab.id }).catch((error: unknown) => console.error('luoshi: sidePanel.open failed', error));
    void setSite(browser, tab.url, 'enable');
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SITE_COMMAND) void setSite(browser, tab?.url, 'toggle');
  });
});

/**
 * The editor content script: in every frame (allFrames, matchAboutBlank, so iframe editors are read by their own
 * frame's script), on every page — but it does nothing unless the site of the top-level page is enabled
 * (lib/sites.ts: the user's list in storage.local, an office policy in storage.managed), and it stops as soon as
 * the site is turned off. The work is in annotator.ts. Kept small: no zod, React, the analysis engine or the
 * checklist database here (the background holds them).
 */
import { browser, defineContentScript } from '#imports';
import { ENABLED_SITES_KEY } from '@/lib/editors/contract';
import { sendEditorMessage } from '@/lib/messaging/editor-client';
import { isSiteEnabled, readSitePolicy, topLevelOrigin, type SiteStorage } from '@/lib/sites';
import { startAnnotator, type Annotator, type AnnotatorIO } from './annotator';
import { handleTabMessage } from './tab-messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const io: AnnotatorIO = {
      analyze: (text) => sendEditorMessage(send, 'editor.analyze', { text }),
      publish: (state) => sendEditorMessage(send, 'editor.publish', state),
      openPanel: () => sendEditorMessage(send, 'editor.openPanel', {}),
    };
    let session: { controller: AbortController; annotator: Annotator } | null = null;
    const origin = topLevelOrigin(window);

    const apply = async () => {
      const policy = await readSitePolicy(browser.storage as unknown as SiteStorage);
      if (ctx.isInvalid) return;
      const on = isSiteEnabled(origin, policy);
      if (on && !session) {
        const controller = new AbortController();
        session = { controller, annotator: startAnnotator(window, io, controller.signal) };
      } else if (!on && session) {
        session.controller.abort();
        session = null;
      }
    };
    void apply();

    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && ENABLED_SITES_KEY in changes) || area === 'managed') void apply();
    };
    browser.storage.onChanged.addListener(onStorage);
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => handleTabMessage(message, session?.annotator ?? null, sendResponse);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.annotator.republish());
    ctx.onInvalidated(() => {
      session?.controller.abort();
      session = null;
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});

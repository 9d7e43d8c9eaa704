/**
 * The editor content script: in every frame (allFrames, matchAboutBlank, so iframe editors are read by their own
 * frame's script). It does nothing unless the background says the frame's site is enabled (editor.hello, judged by
 * the frame's own origin: lib/messaging/trust.ts), and stops as soon as the site is turned off (frame.ts). The work
 * is in annotator.ts. Kept small: no zod, React, the analysis engine or the checklist database here (the background
 * holds them).
 */
import { browser, defineContentScript } from '#imports';
import { startEditorFrame, type FrameRuntime } from './frame';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // No wxt:content-script-started postMessage to the page (it would carry the extension's id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const frame = startEditorFrame(window, () => browser.runtime as unknown as FrameRuntime | undefined);
    ctx.onInvalidated(() => frame.stop());
  },
});

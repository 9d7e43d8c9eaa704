/**
 * The editor content script, built as an unlisted script (`/editor-frame.js`) and never declared in the manifest:
 * the background registers it with `scripting.registerContentScripts` for the enabled sites only
 * (background/content-registration.ts), in all frames of their pages. A page on any other site gets no script and
 * no message. It is not a WXT content-script entrypoint on purpose: WXT's content-script wrapper announces every
 * start on the page (a postMessage and a DOM event named with the extension's id). The life of the script in a
 * frame — asking the background whether its origin is on, republishing, stopping when the extension is gone — is
 * in editor.content/frame.ts; the work in editor.content/annotator.ts. Kept small: no zod, React, the analysis
 * engine or the checklist database here (the background holds them).
 */
import { browser, defineUnlistedScript } from '#imports';
import { startEditorFrame, type FrameRuntime } from './editor.content/frame';

export default defineUnlistedScript(() => {
  startEditorFrame(window, () => browser.runtime as unknown as FrameRuntime | undefined);
});

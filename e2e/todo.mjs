/**
 * Contract tests that wait for work not yet on main run as node:test `todo`: they run and report, but a failure
 * does not fail `npm test`. Two levels:
 *   TODO[area]   a whole area is not on main yet (a string: the reason), or it is and its tests count (false);
 *   KNOWN[key]   one test known to fail on main for a product bug, with the bug (key: '<editor name>: <test>').
 * When the work lands and a test passes, set its area to false / delete its KNOWN entry.
 */
export const TODO = {
  /** Highlights, EditorState, typing, IME, reveal: the content script (entrypoints/editor.content) — on main since cb1703c. */
  contentScript: false,
  /** The side panel of the active tab: outline, problem groups, actions, click-to-reveal, save/merge, fallback notices — on main since b796435. */
  panel: false,
  /** 「提取所选文字」, run in the service worker through globalThis.luoshiCaptureSelection(tabId) (entrypoints/background/capture.ts). */
  capture: false,
};

export const KNOWN = {};

/** The `todo` option of a test: its known bug, else its area's reason, else undefined (the test counts). */
export function todo(area, key) {
  return KNOWN[key] || TODO[area] || undefined;
}

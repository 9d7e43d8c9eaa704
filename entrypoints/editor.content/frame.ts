/**
 * The editor content script's life in one frame, around the annotator: whether it runs, and until when.
 *   on or off   the frame asks the background (editor.hello), which judges the frame by its own origin and the
 *               enabled sites; it asks again on editor.recheck (the sites changed) and starts or stops. The script
 *               reads no storage: storage.local is for the extension's own pages only.
 *   republish   after the background dropped the tab's states (editor.republish) or the page's address changed
 *               (Navigation API, else a 1 s poll): at most one publish per REPUBLISH_MS, and none when the address
 *               is the same — a page firing location changes in a loop does not publish the draft each time.
 *   orphaned    when the extension is reloaded or removed, the old script stays in the page with its runtime
 *               gone: it notices within ALIVE_MS and clears its highlights, overlay and badge instead of leaving
 *               them frozen. A newer copy injected into the same world stops the older one first.
 * No message is posted to the page and nothing is dispatched on its DOM.
 */
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { channelRequest } from '@/lib/messaging/channel';
import type { EditorProtocol } from '@/lib/messaging/editor-protocol';
import { startAnnotator, type Annotator, type AnnotatorIO } from './annotator';
import { handleTabMessage } from './tab-messages';

/** Throttle of republishing. */
export const REPUBLISH_MS = 500;
/** How often the frame checks that its extension is still there. */
export const ALIVE_MS = 1000;

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => undefined;

/** The runtime API the frame uses (`browser.runtime`; a fake in tests). `id` is undefined once orphaned. */
export interface FrameRuntime {
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/** The handle a running copy leaves in its world, so that a newer copy can stop it. */
const HANDLE = Symbol.for('luoshi.editorFrame');

export interface EditorFrame {
  /** Stops everything and clears what was drawn. */
  stop(): void;
  /** Whether the annotator runs (the site is on). */
  readonly running: boolean;
}

/** Starts the content script's life in `win` with `runtime` (a getter: the runtime object may vanish). */
export function startEditorFrame(win: Window, runtime: () => FrameRuntime | undefined, start: typeof startAnnotator = startAnnotator): EditorFrame {
  const scope = globalThis as unknown as Record<symbol, EditorFrame | undefined>;
  scope[HANDLE]?.stop();

  const alive = () => {
    try {
      return !!runtime()?.id;
    } catch {
      return false;
    }
  };
  const send = (message: unknown) => {
    const r = runtime();
    return r ? r.sendMessage(message) : Promise.reject(new Error('no runtime'));
  };
  // nb. The bare sender: no zod in the content script; the background checks every request.
  const request = channelRequest<EditorProtocol>(EDITOR_CHANNEL, send);
  const io: AnnotatorIO = {
    analyze: (text) => request('editor.analyze', { text }),
    publish: (state) => request('editor.publish', state),
    openPanel: (entry) => request('editor.openPanel', entry ? { entry } : {}),
    locale: () => request('editor.locale', {}),
    skip: (entry, kind) => request('editor.skip', { entry, kind }),
    badge: () => request('editor.badge', {}),
    setBadge: (patch) => request('editor.setBadge', patch),
    selection: (has) => request('editor.selection', { has }),
    skipped: () => request('editor.skipped', {}),
    unskip: (entry, kind) => request('editor.unskip', { entry, kind }),
  };
  let session: { controller: AbortController; annotator: Annotator } | null = null;
  let stopped = false;
  let asking = 0;

  const off = () => {
    session?.controller.abort();
    session = null;
  };
  const apply = async () => {
    const ask = ++asking;
    const on = await request('editor.hello', {}).then(
      () => true,
      () => false,
    );
    if (stopped || ask !== asking) return;
    if (on && !session) {
      const controller = new AbortController();
      session = { controller, annotator: start(win, io, controller.signal) };
      lastHref = win.location.href;
    } else if (!on) off();
  };

  // Republishing, throttled and only for a real change of address (or the background's request).
  let lastHref = win.location.href;
  let republishTimer = 0;
  let requested = false;
  const republishSoon = (force: boolean) => {
    if (force) requested = true;
    if (republishTimer) return;
    republishTimer = win.setTimeout(() => {
      republishTimer = 0;
      const href = win.location.href;
      if (!requested && href === lastHref) return;
      requested = false;
      lastHref = href;
      session?.annotator.republish();
    }, REPUBLISH_MS);
  };
  const onLocation = () => {
    if (win.location.href !== lastHref) republishSoon(false);
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  const navController = new AbortController();
  if (nav?.addEventListener) nav.addEventListener('navigatesuccess', onLocation, { signal: navController.signal });
  const poll = nav?.addEventListener ? 0 : win.setInterval(onLocation, 1000);

  const onMessage: Listener = (message, _sender, sendResponse) =>
    handleTabMessage(
      message,
      session ? { reveal: (id, s, e) => session!.annotator.reveal(id, s, e), republish: () => republishSoon(true), pageSettings: () => session!.annotator.pageSettings(), skipsChanged: () => session!.annotator.skipsChanged() } : null,
      sendResponse,
      () => void apply(),
    );
  runtime()?.onMessage.addListener(onMessage);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    off();
    navController.abort();
    win.clearInterval(poll);
    win.clearInterval(aliveTimer);
    win.clearTimeout(republishTimer);
    try {
      runtime()?.onMessage.removeListener(onMessage);
    } catch {
      // An orphaned runtime may refuse: its listeners are gone with it.
    }
    if (scope[HANDLE] === frame) scope[HANDLE] = undefined;
  };
  const aliveTimer = win.setInterval(() => {
    if (!alive()) stop();
  }, ALIVE_MS);

  const frame: EditorFrame = {
    stop,
    get running() {
      return session !== null;
    },
  };
  scope[HANDLE] = frame;
  void apply();
  return frame;
}

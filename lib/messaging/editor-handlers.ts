/**
 * The background's side of the editor protocol: `analyze` runs here (off the page's main thread), and the latest
 * EditorState of each tab and frame is kept in memory for the side panel, dropped when the tab closes or navigates.
 * Every request is zod-validated (lib/schema/editor.ts) and answered with a Result, as the checklist's handlers do.
 * Browser calls are injected, so this is tested without a browser.
 */
import type { Analysis, AnalyzeOptions } from '../schema/analysis';
import { editorRequestSchemas } from '../schema/editor';
import { formatPath } from '../checklist/backup';
import { EDITOR_CHANNEL } from '../editors/contract';
import type { EditorMessageType, EditorProtocol, EditorState } from './editor-protocol';
import type { Result } from './channel';

/** Who sent a message (the part of `runtime.MessageSender` used here). */
export interface EditorSender {
  tab?: { id?: number; windowId?: number };
  frameId?: number;
  /** Chromium 106+: 'active', or 'pending_deletion' / 'cached' for a document being left (bfcache, unload). */
  documentLifecycle?: string;
}

/** What the handlers need from the browser. */
export interface EditorBackendDeps {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Tells extension pages that a tab's state changed; must not throw when nobody listens. */
  broadcast(message: unknown): void;
  /** Opens the side panel for a tab. Called synchronously inside the message event, so a user gesture still counts. */
  openPanel(tabId: number, windowId: number | undefined): Promise<'panel' | 'tab'>;
  /**
   * Keeps a copy of each state where it outlives the service worker (storage.session; null removes it), so that
   * the side panel still has the tab's draft after Chromium stopped an idle worker. Must not throw.
   */
  persist?(key: string, state: EditorState | null): void;
  now?: () => number;
}

/** Whether a runtime message belongs to the editor protocol. */
export function isEditorMessage(message: unknown): message is { channel: typeof EDITOR_CHANNEL; type: unknown; payload: unknown } {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === EDITOR_CHANNEL;
}

const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** The editor backend: one `handle` for messages, `dropTab` for closed or navigated tabs. */
export function editorBackend(deps: EditorBackendDeps) {
  const states = new Map<string, EditorState>();
  // nb. A captured selection has a place of its own: the frame's content script keeps publishing its own state
  // (no editor, a canvas suite) and must not overwrite what the user asked for.
  const key = (tabId: number, frameId: number, kind: string) => (kind === 'selection' ? `${tabId}:selection` : `${tabId}:${frameId}`);
  const put = (k: string, state: EditorState) => {
    states.set(k, state);
    deps.persist?.(k, state);
  };
  const changed = (tabId: number) => deps.broadcast({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId } });

  /** How the panel ranks a tab's states: an editor it can highlight, then a captured selection, then the rest. */
  const rank = (s: EditorState) => (s.canHighlight ? 2 : s.editorKind === 'selection' ? 1 : 0);
  /** The state the panel shows for a tab: the best ranked, the newest among equals. */
  const stateOf = (tabId: number): EditorState | null => {
    let best: EditorState | null = null;
    for (const s of states.values()) {
      if (s.tabId !== tabId) continue;
      const better = !best || rank(s) > rank(best) || (rank(s) === rank(best) && s.at > best.at);
      if (better) best = s;
    }
    return best;
  };

  /** Handles one editor message; the answer is always a Result. */
  function handle(message: { type: unknown; payload: unknown }, sender: EditorSender): Promise<Result<unknown>> | Result<unknown> {
    const type = message.type;
    if (typeof type !== 'string' || !Object.hasOwn(editorRequestSchemas, type)) return fail('bad_request', `未知的消息类型 ${String(type)}`);
    const parsed = editorRequestSchemas[type as EditorMessageType].safeParse(message.payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: formatPath(i.path), message: i.message }));
      return { ok: false, error: { code: 'bad_request', message: `消息 ${type} 的内容无效：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`, issues } };
    }
    const tabId = sender.tab?.id;
    try {
      switch (type as EditorMessageType) {
        case 'editor.analyze': {
          const p = parsed.data as EditorProtocol['editor.analyze']['request'];
          return { ok: true, value: deps.analyze(p.text, p.options) };
        }
        case 'editor.publish': {
          if (tabId === undefined || tabId < 0) return fail('bad_request', '只有网页中的脚本可以发布编辑器状态');
          const p = parsed.data as EditorProtocol['editor.publish']['request'];
          const frameId = sender.frameId ?? 0;
          // A late message from a document the tab is leaving must not outlive the drop on navigation.
          if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return { ok: true, value: null };
          put(key(tabId, frameId, p.editorKind), { ...p, tabId, frameId });
          changed(tabId);
          return { ok: true, value: null };
        }
        case 'editor.hello':
          // Whether the frame is enabled is decided by whoever calls handle (the background, by the sender).
          return { ok: true, value: true };
        case 'editor.getState':
          return { ok: true, value: stateOf((parsed.data as EditorProtocol['editor.getState']['request']).tabId) };
        case 'editor.openPanel': {
          if (tabId === undefined || tabId < 0) return fail('bad_request', '只有网页中的脚本可以请求打开侧边栏');
          return deps.openPanel(tabId, sender.tab?.windowId).then(
            (value) => ({ ok: true, value }),
            (error: unknown) => fail('internal', String(error)),
          );
        }
        default:
          return fail('bad_request', `后台不处理 ${type}`);
      }
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  }

  return {
    handle,
    stateOf,
    /**
     * Takes back states kept by `persist` before the worker restarted; a state published since wins. Returns how
     * many were taken.
     */
    restore(kept: readonly EditorState[]): number {
      let taken = 0;
      for (const s of kept) {
        const k = key(s.tabId, s.frameId, s.editorKind);
        if (states.has(k)) continue;
        states.set(k, s);
        taken++;
      }
      return taken;
    },
    /** Forgets a tab's states (closed, or navigated to another page) and tells the pages. */
    dropTab(tabId: number): void {
      let dropped = false;
      for (const [k, s] of states) {
        if (s.tabId === tabId) {
          states.delete(k);
          deps.persist?.(k, null);
          dropped = true;
        }
      }
      if (dropped) changed(tabId);
    },
  };
}

export type EditorBackend = ReturnType<typeof editorBackend>;

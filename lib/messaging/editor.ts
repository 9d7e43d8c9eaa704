/**
 * The editor channel (types in editor-protocol.ts): its schemas (requests from lib/schema/editor.ts, responses
 * checked by the pages that send) and the background's side of it: `analyze` runs there (off the page's main
 * thread), and the latest EditorState of each tab and frame is kept in memory for the side panel, dropped when the
 * tab closes or navigates. Browser calls are injected, so this is tested without a browser. Who may send which is
 * decided before a handler runs (entrypoints/background/editor-channel.ts, lib/messaging/trust.ts).
 */
import { z } from 'zod';
import { EDITOR_CHANNEL, type EditorKind, type NoHighlightReason } from '../editors/contract';
import { analysisSchema, type Analysis, type AnalyzeOptions } from '../schema/analysis';
import { addedItemSchema, addOutcomeSchema, analyzeOptionsSchema, badgePlaceSchema, editorKindSchema, editorRequestSchemas as requests, editorStateResponseSchema, editorStateSchema, noHighlightReasonSchema, getFocusResponseSchema, skippedResponseSchema, skipResponseSchema } from '../schema/editor';
import { draftKey } from '../panel/draft-source';
import { skipKey, skippedEntries, skipRequestFor } from '../panel/skips';
import type { Anchor, ItemKind, SkipRecord } from '../schema/checklist';
import { ChannelError, defineChannel, type Handlers } from './channel';
import type { AddedItem, EditorProtocol, EditorState } from './editor-protocol';
import { siteOrigin } from '../sites';
import { DEFAULT_BADGE_PLACE, type BadgeDock, type BadgePlace } from '../settings/badge-places';
import { senderOrigin, type MessageSender } from './trust';

const schemas = {
  'editor.analyze': { request: requests['editor.analyze'], response: analysisSchema },
  'editor.publish': { request: requests['editor.publish'], response: z.null() },
  'editor.getState': { request: requests['editor.getState'], response: editorStateResponseSchema },
  'editor.reveal': { request: requests['editor.reveal'], response: z.null() },
  'editor.stateChanged': { request: requests['editor.stateChanged'], response: null },
  'editor.republish': { request: requests['editor.republish'], response: null },
  'editor.openPanel': { request: requests['editor.openPanel'], response: z.enum(['panel', 'tab']) },
  'editor.focusChanged': { request: requests['editor.focusChanged'], response: null },
  'editor.getFocus': { request: requests['editor.getFocus'], response: getFocusResponseSchema },
  'editor.hello': { request: requests['editor.hello'], response: z.literal(true) },
  'editor.locale': { request: requests['editor.locale'], response: z.enum(['zh-CN', 'en']) },
  'editor.recheck': { request: requests['editor.recheck'], response: null },
  'editor.skip': { request: requests['editor.skip'], response: skipResponseSchema },
  'editor.skipsChanged': { request: requests['editor.skipsChanged'], response: null },
  'editor.skipped': { request: requests['editor.skipped'], response: skippedResponseSchema },
  'editor.unskip': { request: requests['editor.unskip'], response: z.null() },
  'editor.addSelection': { request: requests['editor.addSelection'], response: addedItemSchema },
  'editor.itemAdded': { request: requests['editor.itemAdded'], response: null },
  'editor.addFailed': { request: requests['editor.addFailed'], response: null },
  'editor.getAdded': { request: requests['editor.getAdded'], response: addOutcomeSchema },
  'editor.selection': { request: requests['editor.selection'], response: z.null() },
  'editor.selectionChanged': { request: requests['editor.selectionChanged'], response: null },
  'editor.getSelection': { request: requests['editor.getSelection'], response: z.boolean() },
  'editor.badge': { request: requests['editor.badge'], response: badgePlaceSchema },
  'editor.setBadge': { request: requests['editor.setBadge'], response: z.null() },
  'editor.pageSettings': { request: requests['editor.pageSettings'], response: null },
};

export const editorChannel = defineChannel<EditorProtocol, typeof schemas>(EDITOR_CHANNEL, schemas);

// Compile-time checks that the schemas and the protocol's types say the same thing (lib/schema imports only zod).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<z.infer<typeof editorKindSchema>, EditorKind> = true;
const sameReasons: Same<z.infer<typeof noHighlightReasonSchema>, NoHighlightReason> = true;
const sameState: Same<z.infer<typeof editorStateSchema>, EditorState> = true;
const sameOptions: Same<z.infer<typeof analyzeOptionsSchema>, AnalyzeOptions> = true;
const sameRequests: { [K in keyof EditorProtocol]: Same<z.infer<(typeof requests)[K]>, EditorProtocol[K]['request']> } = {
  'editor.analyze': true,
  'editor.publish': true,
  'editor.getState': true,
  'editor.reveal': true,
  'editor.stateChanged': true,
  'editor.republish': true,
  'editor.openPanel': true,
  'editor.focusChanged': true,
  'editor.getFocus': true,
  'editor.hello': true,
  'editor.locale': true,
  'editor.recheck': true,
  'editor.skip': true,
  'editor.skipsChanged': true,
  'editor.skipped': true,
  'editor.unskip': true,
  'editor.addSelection': true,
  'editor.itemAdded': true,
  'editor.addFailed': true,
  'editor.getAdded': true,
  'editor.selection': true,
  'editor.selectionChanged': true,
  'editor.getSelection': true,
  'editor.badge': true,
  'editor.setBadge': true,
  'editor.pageSettings': true,
};
void [sameKinds, sameReasons, sameState, sameOptions, sameRequests];

/** Who sent a message: the browser's account (`runtime.MessageSender`; tab, frame and lifecycle are read here). */
export type EditorSender = MessageSender;

/** What the handlers need from the browser. */
export interface EditorBackendDeps {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Tells extension pages that a tab's state changed; must not throw when nobody listens. */
  broadcast(message: unknown): void;
  /**
   * Opens the side panel for the sender's tab. Called synchronously inside the message event, so a user gesture
   * still counts; may refuse the sender (ChannelError) once it has judged it.
   */
  openPanel(tabId: number, windowId: number | undefined, sender: EditorSender): Promise<'panel' | 'tab'>;
  /**
   * Keeps a copy of each state where it outlives the service worker (storage.session; null removes it), so that
   * the side panel still has the tab's draft after Chromium stopped an idle worker. Must not throw.
   */
  persist?(key: string, state: EditorState | null): void;
  /** The language of the user's settings (zh-CN when not given). */
  locale?(): 'zh-CN' | 'en';
  /** The badge's place on a site (`origin`, the sender frame's); the default place when not given. */
  badge?(origin: string): BadgePlace | Promise<BadgePlace>;
  /** Stores the person's change of the badge on a site. */
  setBadge?(origin: string, patch: { hidden?: boolean; dock?: BadgeDock }): Promise<void>;
  /** The clock (ms), for the card's entry's freshness; Date.now by default. */
  now?(): number;
  /** Writes a 不入台账 mark for the draft with `key` (the checklist's skipItem); absent: the card cannot skip. */
  skip?(request: { key: string; kind: ItemKind; anchor: Anchor; text: string }): Promise<{ id: string }>;
  /** The 不入台账 marks of the draft with `key` (the checklist's listSkips); absent: none are painted. */
  listSkips?(key: string): Promise<SkipRecord[]>;
  /** Takes a 不入台账 mark back (the checklist's unskipItem); absent: the card cannot. */
  unskip?(skipId: string): Promise<unknown>;
  /** 「加入督办台账」 for the tab's selection (the background's capture.ts); absent: refused. */
  addSelection?(tabId: number): Promise<{ id: string; text: string; documentId: string }>;
}

/**
 * How long a card's 在侧边栏中查看 waits for a side panel to show its entry: a panel that opens or loads the tab's
 * draft within this time scrolls to it; one opened later does not jump to an old click.
 */
export const FOCUS_TTL_MS = 10_000;

/** The editor backend: `handle` for messages, `dropTab` for closed or navigated tabs. */
export function editorBackend(deps: EditorBackendDeps) {
  const states = new Map<string, EditorState>();
  /** The web origin of the frame that published each state (the URL's origin for one taken back after a restart). */
  const origins = new Map<string, string | null>();
  // nb. A captured selection has a place of its own: the frame's content script keeps publishing its own state
  // (no editor, a canvas suite) and must not overwrite what the user asked for.
  const key = (tabId: number, frameId: number, kind: string) => (kind === 'selection' ? `${tabId}:selection` : `${tabId}:${frameId}`);
  const put = (k: string, state: EditorState, origin: string | null) => {
    states.set(k, state);
    origins.set(k, origin);
    deps.persist?.(k, state);
  };
  const changed = (tabId: number) => deps.broadcast(editorChannel.envelope('editor.stateChanged', { tabId }));
  /** The entry each tab's card last asked the side panel to show, and when (kept FOCUS_TTL_MS). */
  const focus = new Map<number, { start: number; end: number; frameId: number; seq: number; at: number }>();
  let focusSeq = 0;
  const now = deps.now ?? Date.now;
  /** Each tab's last 「加入督办台账」 outcome, kept FOCUS_TTL_MS for a side panel the menu's click is still opening. */
  const adds = new Map<number, { seq: number; item: AddedItem | null; error: string | null; at: number }>();
  let addSeq = 0;
  /** The frames (`tabId:frameId`) that have text selected in their bound editor (editor.selection). */
  const selected = new Set<string>();
  const hasSelection = (tabId: number) => {
    for (const k of selected) if (k.startsWith(`${tabId}:`)) return true;
    return false;
  };
  /** Forgets the selections of the frames `which` picks, telling the pages of each tab that thereby has none. */
  const dropSelections = (which: (k: string) => boolean) => {
    const tabs = new Set<number>();
    for (const k of selected) {
      if (!which(k)) continue;
      selected.delete(k);
      tabs.add(Number(k.slice(0, k.indexOf(':'))));
    }
    for (const tabId of tabs) if (!hasSelection(tabId)) deps.broadcast(editorChannel.envelope('editor.selectionChanged', { tabId, has: false }));
  };

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
  /** The sender's tab, for the messages only a web page's script sends. */
  const tabOf = (sender: EditorSender, what: string): number => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) throw new ChannelError('bad_request', `只有网页中的脚本可以${what}`);
    return tabId;
  };

  const handlers: Handlers<EditorProtocol, typeof schemas, EditorSender> = {
    'editor.analyze': (p) => deps.analyze(p.text, p.options),
    'editor.publish': (p, sender) => {
      const tabId = tabOf(sender, '发布编辑器状态');
      const frameId = sender.frameId ?? 0;
      // A late message from a document the tab is leaving must not outlive the drop on navigation.
      if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return null;
      put(key(tabId, frameId, p.editorKind), { ...p, tabId, frameId }, senderOrigin(sender));
      changed(tabId);
      return null;
    },
    // Whether the frame is enabled was decided before the handler (the background judges the sender).
    'editor.hello': () => true,
    'editor.locale': () => deps.locale?.() ?? 'zh-CN',
    'editor.badge': async (_p, sender) => {
      const origin = senderOrigin(sender);
      return origin && deps.badge ? await deps.badge(origin) : DEFAULT_BADGE_PLACE;
    },
    'editor.setBadge': async (p, sender) => {
      const origin = senderOrigin(sender);
      if (!origin) throw new ChannelError('bad_request', '只有网页中的脚本可以移动或隐藏徽标');
      await deps.setBadge?.(origin, p);
      return null;
    },
    'editor.getState': (p) => stateOf(p.tabId),
    'editor.openPanel': (p, sender) => {
      const tabId = tabOf(sender, '请求打开侧边栏');
      // nb. openPanel first, before anything else: it must run inside the click's gesture.
      const opening = deps.openPanel(tabId, sender.tab?.windowId, sender);
      if (!p.entry) return opening;
      const entry = { start: p.entry.start, end: p.entry.end, frameId: sender.frameId ?? 0 };
      return opening.then((how) => {
        focus.set(tabId, { ...entry, seq: ++focusSeq, at: now() });
        deps.broadcast(editorChannel.envelope('editor.focusChanged', { tabId }));
        return how;
      });
    },
    'editor.skip': async (p, sender) => {
      const tabId = tabOf(sender, '标记不入台账');
      const frameId = sender.frameId ?? 0;
      const state = states.get(`${tabId}:${frameId}`);
      if (!state || !deps.skip) throw new ChannelError('bad_request', '此页面没有可标记的文稿');
      const { start, end } = p.entry;
      const words =
        p.kind === 'action'
          ? state.analysis.actions.find((a) => a.start === start && a.end === end)?.text
          : state.analysis.problemGroups.flatMap((g) => g.items).find((it) => it.start === start && it.end === end)?.title;
      if (words === undefined) throw new ChannelError('bad_request', '文稿中没有这一条（文稿已改动），请稍后再试');
      const draft = draftKey('page', { url: state.url, editorId: state.editorId, title: state.title });
      const skip = await deps.skip({ key: draft, ...skipRequestFor(state.text, p.kind, start, end, words) });
      deps.broadcast(editorChannel.envelope('editor.skipsChanged', { tabId, key: draft }));
      return { id: skip.id };
    },
    'editor.skipped': async (_p, sender) => {
      const tabId = tabOf(sender, '读取不入台账标记');
      const state = states.get(`${tabId}:${sender.frameId ?? 0}`);
      if (!state || !deps.listSkips) return [];
      const skips = await deps.listSkips(draftKey('page', { url: state.url, editorId: state.editorId, title: state.title }));
      return [...skippedEntries(state.text, state.analysis, skips).keys()].map((k) => {
        const [kind, start, end] = k.split(':');
        return { kind: kind as ItemKind, start: Number(start), end: Number(end) };
      });
    },
    'editor.unskip': async (p, sender) => {
      const tabId = tabOf(sender, '取消不入台账');
      const state = states.get(`${tabId}:${sender.frameId ?? 0}`);
      if (!state || !deps.listSkips || !deps.unskip) throw new ChannelError('bad_request', '此页面没有可标记的文稿');
      const draft = draftKey('page', { url: state.url, editorId: state.editorId, title: state.title });
      const mark = skippedEntries(state.text, state.analysis, await deps.listSkips(draft)).get(skipKey(p.kind, p.entry.start, p.entry.end));
      if (!mark) throw new ChannelError('bad_request', '这一条没有设为不入台账（文稿或台账已改动），请稍后再试');
      await deps.unskip(mark.id);
      deps.broadcast(editorChannel.envelope('editor.skipsChanged', { tabId, key: draft }));
      return null;
    },
    'editor.addSelection': async (p) => {
      if (!deps.addSelection) throw new ChannelError('bad_request', '无法加入所选文字');
      return deps.addSelection(p.tabId);
    },
    'editor.selection': (p, sender) => {
      const tabId = tabOf(sender, '报告选区');
      const k = `${tabId}:${sender.frameId ?? 0}`;
      const before = hasSelection(tabId);
      if (p.has && (sender.documentLifecycle === undefined || sender.documentLifecycle === 'active')) selected.add(k);
      else selected.delete(k);
      const has = hasSelection(tabId);
      if (has !== before) deps.broadcast(editorChannel.envelope('editor.selectionChanged', { tabId, has }));
      return null;
    },
    'editor.getSelection': (p) => hasSelection(p.tabId),
    'editor.getAdded': (p) => {
      const a = adds.get(p.tabId);
      if (!a || now() - a.at > FOCUS_TTL_MS) return null;
      return { seq: a.seq, item: a.item, error: a.error };
    },
    'editor.getFocus': (p) => {
      const f = focus.get(p.tabId);
      if (!f || now() - f.at > FOCUS_TTL_MS) return null;
      return { start: f.start, end: f.end, frameId: f.frameId, seq: f.seq };
    },
  };

  /** Drops the states `which` picks; each tab that lost one is told once. */
  const drop = (which: (s: EditorState, origin: string | null) => boolean) => {
    const tabs = new Set<number>();
    for (const [k, s] of states) {
      if (!which(s, origins.get(k) ?? null)) continue;
      states.delete(k);
      origins.delete(k);
      deps.persist?.(k, null);
      tabs.add(s.tabId);
    }
    for (const tabId of tabs) changed(tabId);
  };

  return {
    /** Handles one editor message; the answer is always a Result (synchronous for all but openPanel). */
    handle: editorChannel.handler(handlers),
    stateOf,
    /** Each tab with an editor's draft (highlights on), with the draft's key: the frames to tell when skips change. */
    draftTabs(): { tabId: number; key: string }[] {
      const out = new Map<number, string>();
      for (const s of states.values()) if (s.canHighlight) out.set(s.tabId, draftKey('page', { url: s.url, editorId: s.editorId, title: s.title }));
      return [...out].map(([tabId, draft]) => ({ tabId, key: draft }));
    },
    /**
     * Records what 「加入督办台账」 gave in tab `tabId` — the item, or the error's sentence — and tells the pages
     * (editor.itemAdded / editor.addFailed); kept FOCUS_TTL_MS for a panel that opens after (editor.getAdded).
     */
    noteAdd(tabId: number, outcome: { item: AddedItem } | { error: string }): void {
      const item = 'item' in outcome ? outcome.item : null;
      const error = 'error' in outcome ? outcome.error.slice(0, 2000) : null;
      adds.set(tabId, { seq: ++addSeq, item, error, at: now() });
      deps.broadcast(item ? editorChannel.envelope('editor.itemAdded', { ...item, tabId }) : editorChannel.envelope('editor.addFailed', { tabId, message: error ?? '' }));
    },
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
        origins.set(k, siteOrigin(s.url));
        taken++;
      }
      return taken;
    },
    /** Forgets a tab's states (closed, or navigated to another page) and tells the pages. */
    dropTab(tabId: number): void {
      focus.delete(tabId);
      dropSelections((k) => k.startsWith(`${tabId}:`));
      drop((s) => s.tabId === tabId);
    },
    /**
     * Forgets every state published by a frame whose origin is no longer enabled (the person turned the site off)
     * and tells the pages, so that an open side panel does not keep a draft it may no longer show or save.
     * A captured selection stays: the person took it by hand.
     */
    dropDisabled(isEnabled: (origin: string) => boolean): void {
      drop((s, origin) => s.editorKind !== 'selection' && (origin === null || !isEnabled(origin)));
    },
  };
}

export type EditorBackend = ReturnType<typeof editorBackend>;

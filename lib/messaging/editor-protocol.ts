/**
 * Messages of the in-editor annotation: the editor channel's map from type to request and response (the channel,
 * its schemas and the background's handlers are in editor.ts). Types only, so the content script pays nothing for
 * it: it sends with `channelRequest<EditorProtocol>(EDITOR_CHANNEL, send)` (channel.ts), without zod.
 *
 *   content script ──editor.analyze──▶ background (runs `analyze` off the page's main thread) ──▶ Analysis
 *   content script ──editor.publish──▶ background (keeps the latest state per tab and frame; notifies pages)
 *   side panel     ──editor.getState─▶ background ──▶ the active tab's latest EditorState, or null
 *   side panel     ──editor.reveal───▶ content script of that tab/frame (via tabs.sendMessage): select + scroll
 *   background     ──editor.stateChanged (broadcast to extension pages) { tabId }
 *   background     ──editor.republish─▶ every frame of a tab (after a navigation): publish your state again
 *   content script ──editor.openPanel─▶ background: open the side panel for the sender's tab (the on-page badge;
 *                    with `entry`, the highlight card's 在侧边栏中查看: the panel then scrolls to that entry)
 *   background     ──editor.focusChanged (broadcast to extension pages) { tabId }: an entry is waiting to be shown
 *   side panel     ──editor.getFocus─▶ background ──▶ the entry to scroll to ({start, end, frameId, seq}) for
 *                    FOCUS_TTL_MS after the click (every open panel of the tab shows it; `seq` tells a new one)
 *   content script ──editor.locale────▶ background: the settings' language (the highlight card's words)
 *   content script ──editor.skip──────▶ background: the card's 不入台账 — the entry of the sender frame's draft
 *                    is marked to be left out of the checklist (the background writes it)
 *   background     ──editor.skipsChanged (broadcast to extension pages) { tabId, key }: a draft's skips changed;
 *                    also sent to the frames of every tab with a draft when the checklist's skips changed at all
 *   content script ──editor.skipped───▶ background ──▶ the entries of the frame's published draft marked 不入台账
 *   content script ──editor.unskip────▶ background: the card's 取消不入台账 for an entry of the frame's draft
 *   side panel     ──editor.addSelection─▶ background: 「加入督办台账」 for the tab's selection (as the menu item)
 *   background     ──editor.itemAdded (broadcast to extension pages) { tabId, … }: a selection was added
 *   background     ──editor.addFailed (broadcast to extension pages) { tabId, message }: the menu's add failed
 *   side panel     ──editor.getAdded─▶ background ──▶ the tab's last add from the menu (item or error) while fresh,
 *                    for a panel the click opened that was not listening yet
 *   content script ──editor.selection──▶ background { has }: whether text is selected in the bound editor (sent on
 *                    a change only)
 *   background     ──editor.selectionChanged (broadcast to extension pages) { tabId, has }: any frame of the tab
 *   side panel     ──editor.getSelection─▶ background ──▶ whether the tab has text selected in an editor
 *   content script ──editor.hello─────▶ background: true when the sender's frame is on an enabled site, else refused
 *   content script ──editor.badge─────▶ background: the on-page badge's place on the sender's site (hidden, dock)
 *   content script ──editor.setBadge──▶ background: the person docked or hid the badge on the sender's site
 *   background     ──editor.pageSettings▶ every frame of every tab (the language or the badges' places changed):
 *                    ask editor.locale and editor.badge again
 *   background     ──editor.recheck───▶ every frame of a tab (the enabled sites changed): say editor.hello again
 * Who may send which is decided by the sender, in the background (lib/messaging/trust.ts).
 */
import type { Analysis, AnalyzeOptions } from '../schema/analysis';
import type { EditorKind, NoHighlightReason } from '../editors/contract';
import type { BadgeDock, BadgePlace } from '../settings/badge-places';

/** What one frame of a tab shows the side panel: its draft, the analysis, and what the page can do. */
export interface EditorState {
  tabId: number;
  frameId: number;
  url: string;
  /** The page's or the document's title. */
  title: string;
  editorKind: EditorKind;
  /** Stable id of the editor on the page (several editors on one page are told apart). */
  editorId: string;
  text: string;
  analysis: Analysis;
  /** False on canvas suites, pages without an editor, or captured selections: highlights are off there. */
  canHighlight: boolean;
  reason: NoHighlightReason | null;
  /** ms since epoch of the snapshot. */
  at: number;
}

/** An entry of the side panel, by the span of its Analysis item (UTF-16 offsets into the published text). */
export interface EntrySpan {
  start: number;
  end: number;
}

/** An entry of a published draft marked 不入台账: its kind and span. */
export interface SkippedEntry {
  kind: 'action' | 'problem';
  start: number;
  end: number;
}

/** An item 「加入督办台账」 added: its id, words and checklist. */
export interface AddedItem {
  id: string;
  text: string;
  documentId: string;
}

/** What the tab's last 「加入督办台账」 gave: the item, or why nothing was added; `seq` tells a new one. */
export interface AddOutcome {
  seq: number;
  item: AddedItem | null;
  error: string | null;
}

export interface EditorProtocol {
  'editor.analyze': { request: { text: string; options?: AnalyzeOptions }; response: Analysis };
  'editor.publish': { request: Omit<EditorState, 'tabId' | 'frameId'>; response: null };
  'editor.getState': { request: { tabId: number }; response: EditorState | null };
  'editor.reveal': { request: { editorId: string; start: number; end: number }; response: null };
  'editor.stateChanged': { request: { tabId: number }; response: null };
  /** To the content scripts of a tab once it finished loading: the states were dropped, publish them again. */
  'editor.republish': { request: Record<string, never>; response: null };
  /** 'panel' when the side panel opened; 'tab' when it needed a user gesture and `sidepanel.html?tab=` opened instead. */
  'editor.openPanel': { request: { entry?: EntrySpan }; response: 'panel' | 'tab' };
  /** To extension pages: the tab has an entry waiting for the side panel to scroll to (editor.getFocus). */
  'editor.focusChanged': { request: { tabId: number }; response: null };
  /** From the side panel: the entry the tab's card last asked to be shown, while it is fresh (else null). */
  'editor.getFocus': { request: { tabId: number }; response: (EntrySpan & { frameId: number; seq: number }) | null };
  /** From a content script: the language of the user's settings, for the highlight card. */
  'editor.locale': { request: Record<string, never>; response: 'zh-CN' | 'en' };
  /** From a content script: the highlight card's 不入台账 for the entry at that span of the frame's published draft. */
  'editor.skip': { request: { entry: EntrySpan; kind: 'action' | 'problem' }; response: { id: string } };
  /** From a content script: the entries of the frame's published draft marked 不入台账 (painted muted). */
  'editor.skipped': { request: Record<string, never>; response: SkippedEntry[] };
  /** From a content script: the card's 取消不入台账 for the entry at that span of the frame's published draft. */
  'editor.unskip': { request: { entry: EntrySpan; kind: 'action' | 'problem' }; response: null };
  /** To extension pages: the 不入台账 marks of the draft with `key` changed (in the tab `tabId`). */
  'editor.skipsChanged': { request: { tabId: number; key: string }; response: null };
  /** From the side panel: add the selection in the tab to the checklist as one item, anchored in its draft. */
  'editor.addSelection': { request: { tabId: number }; response: AddedItem };
  /** To extension pages: a selection of the tab was added to the checklist (the menu item or the panel's button). */
  'editor.itemAdded': { request: AddedItem & { tabId: number }; response: null };
  /** To extension pages: 「加入督办台账」 from the context menu failed in the tab (the panel shows why). */
  'editor.addFailed': { request: { tabId: number; message: string }; response: null };
  /** From the side panel: the tab's last 「加入督办台账」 outcome while fresh (else null). */
  'editor.getAdded': { request: { tabId: number }; response: AddOutcome | null };
  /** From a content script: whether text is selected in the frame's bound editor now (sent when that changes). */
  'editor.selection': { request: { has: boolean }; response: null };
  /** To extension pages: whether any frame of the tab has text selected in its editor changed. */
  'editor.selectionChanged': { request: { tabId: number; has: boolean }; response: null };
  /** From the side panel: whether the tab has text selected in an editor (「所选文字加入督办台账」 is offered then). */
  'editor.getSelection': { request: { tabId: number }; response: boolean };
  /** From a content script as it starts: whether its frame is on an enabled site (refused with `forbidden` if not). */
  'editor.hello': { request: Record<string, never>; response: true };
  /** To the content scripts of a tab when the enabled sites changed: ask editor.hello again, start or stop. */
  'editor.recheck': { request: Record<string, never>; response: null };
  /** From a content script: the badge's place on the sender's own site (its frame's origin). */
  'editor.badge': { request: Record<string, never>; response: BadgePlace };
  /** From a content script: the person hid the badge, or docked it, on the sender's own site. */
  'editor.setBadge': { request: { hidden?: boolean; dock?: BadgeDock }; response: null };
  /** To every frame when the language or the badges' places changed: ask editor.locale and editor.badge again. */
  'editor.pageSettings': { request: Record<string, never>; response: null };
}

/**
 * Who may send what to the background. A content script runs in a web page's renderer: if that renderer is
 * compromised, the page's code can send any message a content script can. So the browser's own account of the
 * sender (`sender.url`, `sender.origin`, `sender.tab`, computed outside the renderer) decides, never the message:
 *   extension page   `sender.url` under the extension's origin — the side panel, dashboard, options page (in the
 *                    panel or in a tab). Checklist, reminder and editor-state reads are taken only from these.
 *   content script   a web frame of a tab (`sender.tab`), judged by that frame's own origin: it may ask for an
 *                    analysis, publish its own frame's draft (tab and frame taken from `sender`) and ask for the
 *                    panel — and only while its origin is enabled (lib/sites.ts). A frame of another origin than
 *                    its page counts by its own origin, so a foreign iframe on an enabled page is not the draft.
 * Pure (the sender and the policy are given), tested without a browser.
 */
import { isSiteEnabled, siteOrigin, type SitePolicy } from '../sites';

/** The part of `runtime.MessageSender` the checks read. */
export interface MessageSender {
  id?: string;
  url?: string;
  /** Chromium: the frame's origin (about:blank and srcdoc frames inherit their creator's). */
  origin?: string;
  tab?: { id?: number; url?: string; windowId?: number };
  frameId?: number;
  documentLifecycle?: string;
}

/** The extension's identity: its id and the origin of its pages (`runtime.getURL('/')`, e.g. chrome-extension://id/). */
export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('/')`. */
  base: string;
}

/** The identity of the running extension from `runtime` (id and getURL). */
export function extensionIdentity(runtime: { id: string; getURL(path: string): string }): ExtensionIdentity {
  return { id: runtime.id, base: runtime.getURL('/') };
}

/** Whether the message comes from one of the extension's own pages (not a content script, not another extension). */
export function isExtensionPage(sender: MessageSender, self: ExtensionIdentity): boolean {
  if (sender.id !== self.id) return false;
  return typeof sender.url === 'string' && self.base.length > 0 && sender.url.startsWith(self.base);
}

/**
 * The web origin of the frame that sent a message: `sender.origin` (Chromium), else the frame's URL; for an
 * about:blank or srcdoc frame without `origin` (Firefox), the tab's page. Null for opaque and non-web frames.
 */
export function senderOrigin(sender: MessageSender): string | null {
  if (typeof sender.origin === 'string') return siteOrigin(sender.origin);
  const own = siteOrigin(sender.url);
  if (own) return own;
  return sender.url && /^about:(blank|srcdoc)$/.test(sender.url) ? siteOrigin(sender.tab?.url) : null;
}

/** Whether a message comes from a content script in a web frame of a tab whose own origin is enabled. */
export function isEnabledContentScript(sender: MessageSender, self: ExtensionIdentity, policy: SitePolicy): boolean {
  if (sender.id !== self.id || !sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return false;
  if (isExtensionPage(sender, self)) return false;
  const origin = senderOrigin(sender);
  return origin !== null && isSiteEnabled(origin, policy);
}

/** The refusal every channel answers an untrusted sender with. */
export const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: '只接受本扩展页面的消息' } } as const;

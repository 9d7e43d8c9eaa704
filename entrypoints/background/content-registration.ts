/**
 * Least privilege: the editor content script (`/editor-frame.js`) is not in the manifest, so installing Luoshi
 * asks for no site at all. It is registered with `scripting.registerContentScripts` for the sites that are on:
 * the user's enabled origins whose optional host permission was granted (site-toggle.ts and the options page
 * request it when a site is enabled), and the office policy's forced sites (its forced-off sites excluded). The
 * registration follows every change of the sites or of the granted permissions, and is checked again each time
 * the background starts. A site that is turned on also gets the script in its tabs already open; one turned off
 * is told by editor.recheck (editor-channel.ts) and stops.
 */
import { siteOrigin, type SitePolicy } from '@/lib/sites';

/** The id of the registered script, and its file in the build. */
export const CONTENT_SCRIPT_ID = 'luoshi-editor';
export const CONTENT_SCRIPT_FILE = 'editor-frame.js';

interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The browser APIs used here (a fake in tests). */
export interface RegistrationBrowser {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    executeScript(injection: { target: { tabId: number; allFrames: true }; files: string[] }): Promise<unknown>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    onAdded?: { addListener(listener: () => void): void };
    onRemoved?: { addListener(listener: () => void): void };
  };
  tabs: { query(filter: { url: string[] }): Promise<{ id?: number }[]> };
}

/** The match pattern of a site-list entry: an origin, a host name, or a wildcard host (`*.example.gov.cn`). */
export function patternOf(entry: string): string | null {
  const e = entry.trim().replace(/\/+$/, '').toLowerCase();
  if (!e) return null;
  if (e.includes('://')) {
    const origin = siteOrigin(e);
    return origin && `${origin}/*`;
  }
  return /^(\*\.)?[a-z0-9.-]+$/.test(e) ? `*://${e}/*` : null;
}

/**
 * The registration the sites call for: patterns to match and to exclude (empty `matches`: nothing registered).
 * `granted(pattern)` says whether the user granted the host permission of a listed origin.
 */
export function desiredRegistration(policy: SitePolicy, granted: (pattern: string) => boolean): { matches: string[]; excludeMatches: string[] } {
  const user = policy.enabled.map(patternOf).filter((p): p is string => p !== null && granted(p));
  const forced = policy.forceOn.map(patternOf).filter((p): p is string => p !== null);
  const matches = [...new Set([...user, ...forced])].sort();
  const excludeMatches = [...new Set(policy.forceOff.map(patternOf).filter((p): p is string => p !== null))].sort();
  return { matches, excludeMatches };
}

/**
 * Which open tabs get the script now: none (the background just woke: they have it), those of sites newly matched
 * (a site turned on), or all matched (the extension was installed, updated or reloaded: old copies are orphaned).
 */
export type Inject = 'none' | 'added' | 'all';

const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * Follows the granted permissions, keeping the registration in step with them and the sites (`policy()` gives
 * the sites as they are now). Returns `sync`, to call at start and when the sites change; calls never overlap.
 */
export function followRegistration(api: RegistrationBrowser, policy: () => Promise<SitePolicy>) {
  let chain: Promise<unknown> = Promise.resolve();
  const run = async (inject: Inject) => {
    const sites = await policy();
    const grants = new Map<string, boolean>();
    for (const p of sites.enabled.map(patternOf)) if (p) grants.set(p, await api.permissions.contains({ origins: [p] }).catch(() => false));
    const want = desiredRegistration(sites, (p) => grants.get(p) === true);
    const [current] = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (want.matches.length === 0) {
      if (current) await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      return { matches: [], added: [] as string[] };
    }
    const added = inject === 'all' ? want.matches : want.matches.filter((m) => !current?.matches?.includes(m));
    if (!current || !same(current.matches, want.matches) || !same(current.excludeMatches, want.excludeMatches)) await register(current !== undefined, want);
    if (inject !== 'none' && added.length > 0) {
      for (const tab of await api.tabs.query({ url: added }).catch(() => [])) {
        if (tab.id !== undefined) await api.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
      }
    }
    return { matches: want.matches, added };
  };
  const register = async (replace: boolean, want: { matches: string[]; excludeMatches: string[] }) => {
    const script: RegisteredScript = {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: want.matches,
      excludeMatches: want.excludeMatches,
      allFrames: true,
      runAt: 'document_idle',
      // about:blank, srcdoc and blob frames of an enabled page (editors such as TinyMCE and UEditor live in one).
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    };
    if (replace) await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    try {
      await api.scripting.registerContentScripts([script]);
    } catch (error) {
      // Firefox before 128 knows neither matchOriginAsFallback nor lasting registrations: registered per session
      // (the background registers again whenever it starts).
      console.debug('luoshi: registerContentScripts, retrying without newer fields', error);
      const { matchOriginAsFallback: _m, persistAcrossSessions: _p, ...plain } = script;
      await api.scripting.registerContentScripts([plain]);
    }
  };
  const sync = (inject: Inject = 'none'): Promise<{ matches: string[]; added: string[] }> => {
    const next = chain.then(() => run(inject));
    chain = next.catch((error: unknown) => console.error('luoshi: content script registration failed', error));
    return next;
  };
  api.permissions.onAdded?.addListener(() => void sync('added').catch(() => undefined));
  api.permissions.onRemoved?.addListener(() => void sync('none').catch(() => undefined));
  return { sync };
}

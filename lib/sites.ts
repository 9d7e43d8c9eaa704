/**
 * Where Luoshi may run — the one place the enabled sites are read and checked: the sites the user enabled
 * (`enabledSitesItem`, lib/settings/storage-items.ts) and an office policy's forced lists (`storage.managed`
 * under MANAGED_KEYS, which may be missing: every read failure counts as "no policy").
 * An entry is an origin (`https://oa.example.gov.cn`), a host name (`oa.example.gov.cn`) or a wildcard host
 * (`*.example.gov.cn`). Forced off beats forced on, which beats the user's list. The background judges each frame by
 * its own origin (lib/messaging/trust.ts; about:blank and srcdoc frames inherit their creator's).
 */
import { enabledSitesItem, MANAGED_KEYS, parseSiteList, type ExtensionStorage, type ReadableStorage } from './settings/storage-items';

export interface SitePolicy {
  enabled: string[];
  forceOn: string[];
  forceOff: string[];
}

/** The storage areas read (a fake in tests); `managed` may be absent or throw. */
export type SiteStorage = ReadableStorage & Pick<ExtensionStorage, 'managed'>;

/** Reads the user's list and the office policy. */
export async function readSitePolicy(storage: SiteStorage): Promise<SitePolicy> {
  let managed: Record<string, unknown> = {};
  try {
    managed = (await storage.managed?.get([MANAGED_KEYS.forceOn, MANAGED_KEYS.forceOff])) ?? {};
  } catch {
    // No managed storage (no policy, Firefox without a manifest, tests): nothing is forced.
  }
  return { enabled: await enabledSitesItem.get(storage), forceOn: parseSiteList(managed[MANAGED_KEYS.forceOn]), forceOff: parseSiteList(managed[MANAGED_KEYS.forceOff]) };
}

/** Whether a storage.onChanged event can change the policy: the user's list, or anything managed. */
export function policyTouchedBy(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || enabledSitesItem.touchedBy(changes, area);
}

/** Turns `origin` on or off in the user's list (read-modify-write); resolves with the stored list. */
export async function storeSite(storage: Pick<ExtensionStorage, 'local'>, origin: string, on: boolean): Promise<string[]> {
  return enabledSitesItem.set(storage, withSite(await enabledSitesItem.get(storage), origin, on));
}

/** Whether a list entry covers an origin. */
export function siteMatches(origin: string, entry: string): boolean {
  const e = entry.trim().replace(/\/+$/, '').toLowerCase();
  const o = origin.toLowerCase();
  if (!e || o === 'null') return false;
  if (e.includes('://')) return e === o;
  let host: string;
  try {
    host = new URL(o).hostname;
  } catch {
    return false;
  }
  if (e.startsWith('*.')) return host === e.slice(2) || host.endsWith(e.slice(1));
  return host === e;
}

/** Whether Luoshi runs on a page of `origin`. */
export function isSiteEnabled(origin: string, policy: SitePolicy): boolean {
  if (policy.forceOff.some((e) => siteMatches(origin, e))) return false;
  if (policy.forceOn.some((e) => siteMatches(origin, e))) return true;
  return policy.enabled.some((e) => siteMatches(origin, e));
}

/** The origin of the top-level page a frame belongs to (its own for the top frame). */
export function topLevelOrigin(win: Pick<Window, 'location' | 'top'> & { document?: Pick<Document, 'referrer'> }): string {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1]!;
  try {
    if (win.top && win.top !== win) return win.top.location.origin;
  } catch {
    // A cross-origin top: fall back to the referrer below.
  }
  const own = win.location.origin;
  if (own && own !== 'null') return own;
  try {
    return new URL(win.document?.referrer ?? '').origin;
  } catch {
    return 'null';
  }
}

/** The user's list with `origin` added (on) or removed (off). */
export function withSite(list: readonly string[], origin: string, on: boolean): string[] {
  const rest = list.filter((e) => e !== origin);
  return on ? [...rest, origin] : rest;
}

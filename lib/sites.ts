/**
 * Where Luoshi may run: the sites the user enabled (`storage.local[ENABLED_SITES_KEY]`, an array of origins) and an
 * office policy's forced lists (`storage.managed`, which may be missing: every read failure counts as "no policy").
 * An entry is an origin (`https://oa.example.gov.cn`), a host name (`oa.example.gov.cn`) or a wildcard host
 * (`*.example.gov.cn`). Forced off beats forced on, which beats the user's list. The background judges each frame by
 * its own origin (lib/messaging/trust.ts; about:blank and srcdoc frames inherit their creator's). Dependency free.
 */
import { ENABLED_SITES_KEY, MANAGED_FORCE_OFF_KEY, MANAGED_FORCE_ON_KEY } from './editors/contract';

export interface SitePolicy {
  enabled: string[];
  forceOn: string[];
  forceOff: string[];
}

/** The storage areas read (a fake in tests); `managed` may be absent or throw. */
export interface SiteStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  managed?: { get(keys: string[]): Promise<Record<string, unknown>> };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Reads the user's list and the office policy. */
export async function readSitePolicy(storage: SiteStorage): Promise<SitePolicy> {
  const local = await storage.local.get(ENABLED_SITES_KEY).catch(() => ({}) as Record<string, unknown>);
  let managed: Record<string, unknown> = {};
  try {
    managed = (await storage.managed?.get([MANAGED_FORCE_ON_KEY, MANAGED_FORCE_OFF_KEY])) ?? {};
  } catch {
    // No managed storage (no policy, Firefox without a manifest, tests): nothing is forced.
  }
  return { enabled: strings(local[ENABLED_SITES_KEY]), forceOn: strings(managed[MANAGED_FORCE_ON_KEY]), forceOff: strings(managed[MANAGED_FORCE_OFF_KEY]) };
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

/**
 * Where Luoshi may run — the one place the enabled sites are checked: the sites the user enabled and an office
 * policy's forced lists, as `readSitePolicy` (lib/settings/storage-items.ts, the one place they are read) gives them.
 * An entry is an origin (`https://oa.example.gov.cn`), a host name (`oa.example.gov.cn`) or a wildcard host
 * (`*.example.gov.cn`). Forced off beats forced on, which beats the user's list. The background judges each frame by
 * its own origin (lib/messaging/trust.ts; about:blank and srcdoc frames inherit their creator's). Dependency free:
 * the content script imports `topLevelOrigin` from here.
 */

/** The origin of an http(s) page, or null (any other scheme, no URL, or one that does not parse). */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export interface SitePolicy {
  enabled: string[];
  forceOn: string[];
  forceOff: string[];
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

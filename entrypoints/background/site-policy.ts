/**
 * The enabled sites as the background holds them: the user's list (storage.local) and the office policy
 * (storage.managed), read at start and again whenever either changes. The sender checks read it on every content
 * script message; `current()` is synchronous for the one check that must not await (the badge's editor.openPanel,
 * inside the click's user gesture). Listeners hear about every change (the content-script registration).
 */
import { policyTouchedBy, readSitePolicy, type SiteStorage } from '@/lib/settings/storage-items';
import type { SitePolicy } from '@/lib/sites';

/** The storage the policy is read from and followed in (a fake in tests). */
export interface PolicyStorage extends SiteStorage {
  onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
}

export interface SitePolicySource {
  /** The policy as last read, or null before the first read finished. */
  current(): SitePolicy | null;
  /** The policy, once read. */
  get(): Promise<SitePolicy>;
  /** Calls `listener` after each change was read. */
  onChange(listener: (policy: SitePolicy) => void): void;
}

/** Starts following the enabled sites in `storage`. */
export function followSitePolicy(storage: PolicyStorage): SitePolicySource {
  let current: SitePolicy | null = null;
  let reading = readSitePolicy(storage).then((p) => (current = p));
  const listeners: ((policy: SitePolicy) => void)[] = [];
  storage.onChanged.addListener((changes, area) => {
    if (!policyTouchedBy(changes, area)) return;
    reading = readSitePolicy(storage).then((p) => {
      current = p;
      for (const l of listeners) l(p);
      return p;
    });
  });
  return {
    current: () => current,
    get: () => reading,
    onChange: (listener) => void listeners.push(listener),
  };
}

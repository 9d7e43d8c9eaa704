import { describe, expect, it } from 'vitest';
import { enabledSitesItem, MANAGED_KEYS } from '@/lib/settings/storage-items';
import type { SitePolicy } from '@/lib/sites';
import { followSitePolicy, type PolicyStorage } from './site-policy';

function fakeStorage() {
  const local: Record<string, unknown> = { [enabledSitesItem.key]: ['https://oa.example.gov.cn'] };
  const managed: Record<string, unknown> = {};
  let onChanged: ((changes: Record<string, unknown>, area: string) => void) | undefined;
  const storage: PolicyStorage = {
    local: { get: async (key) => ({ [key]: local[key] }) },
    managed: { get: async () => ({ ...managed }) },
    onChanged: { addListener: (l) => (onChanged = l) },
  };
  return { storage, local, managed, fire: (changes: Record<string, unknown>, area: string) => onChanged?.(changes, area) };
}

describe('followSitePolicy', () => {
  it('reads the sites at start, and again when the list or the policy changes — not for other keys', async () => {
    const s = fakeStorage();
    const sites = followSitePolicy(s.storage);
    expect(sites.current()).toBeNull();
    expect(await sites.get()).toEqual({ enabled: ['https://oa.example.gov.cn'], forceOn: [], forceOff: [] });
    expect(sites.current()?.enabled).toEqual(['https://oa.example.gov.cn']);
    const heard: SitePolicy[] = [];
    sites.onChange((p) => heard.push(p));

    s.local[enabledSitesItem.key] = [];
    s.fire({ 'luoshi.settings': {} }, 'local');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([]);
    s.fire({ [enabledSitesItem.key]: { newValue: [] } }, 'local');
    expect((await sites.get()).enabled).toEqual([]);
    s.managed[MANAGED_KEYS.forceOff] = ['closed.gov.example'];
    s.fire({ [MANAGED_KEYS.forceOff]: {} }, 'managed');
    expect((await sites.get()).forceOff).toEqual(['closed.gov.example']);
    expect(heard.map((p) => [p.enabled, p.forceOff])).toEqual([
      [[], []],
      [[], ['closed.gov.example']],
    ]);
  });
});

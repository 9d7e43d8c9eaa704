import { describe, expect, it } from 'vitest';
import { ENABLED_SITES_KEY, MANAGED_FORCE_OFF_KEY } from '@/lib/editors/contract';
import type { SitePolicy } from '@/lib/sites';
import { followSitePolicy, type PolicyStorage } from './site-policy';

function fakeStorage() {
  const local: Record<string, unknown> = { [ENABLED_SITES_KEY]: ['https://oa.example.gov.cn'] };
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

    s.local[ENABLED_SITES_KEY] = [];
    s.fire({ 'luoshi.settings': {} }, 'local');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([]);
    s.fire({ [ENABLED_SITES_KEY]: { newValue: [] } }, 'local');
    expect((await sites.get()).enabled).toEqual([]);
    s.managed[MANAGED_FORCE_OFF_KEY] = ['closed.gov.example'];
    s.fire({ [MANAGED_FORCE_OFF_KEY]: {} }, 'managed');
    expect((await sites.get()).forceOff).toEqual(['closed.gov.example']);
    expect(heard.map((p) => [p.enabled, p.forceOff])).toEqual([
      [[], []],
      [[], ['closed.gov.example']],
    ]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { enabledSitesItem } from '@/lib/settings/storage-items';
import { siteOrigin } from '../sites';
import { setSite, type SiteToggleBrowser } from './site-toggle';

function fake(granted: boolean | 'throws' = true, sites: string[] = []) {
  const store: Record<string, unknown> = { [enabledSitesItem.key]: sites };
  const request = vi.fn<(p: { origins: string[] }) => Promise<boolean>>(async () => {
    if (granted === 'throws') throw new Error('must be called during a user gesture');
    return granted;
  });
  const api: SiteToggleBrowser = {
    permissions: { request, remove: async () => true },
    storage: { local: { get: async (key) => ({ [key]: store[key] }), set: async (items) => void Object.assign(store, items) } },
  };
  return { api, store, request };
}

describe('siteOrigin', () => {
  it('is the origin of http(s) pages only', () => {
    expect(siteOrigin('https://oa.example.gov.cn/doc/1?x=1')).toBe('https://oa.example.gov.cn');
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin(undefined)).toBeNull();
  });
});

describe('setSite', () => {
  const url = 'http://127.0.0.1:4173/editors/quill.html';
  it('requests the origin permission and enables the site; toggling again disables it', async () => {
    const { api, store, request } = fake();
    expect(await setSite(api, url, 'toggle')).toBe('enabled');
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1:4173/*'] });
    expect(store[enabledSitesItem.key]).toEqual(['http://127.0.0.1:4173']);
    expect(await setSite(api, url, 'enable')).toBe('enabled');
    expect(store[enabledSitesItem.key]).toEqual(['http://127.0.0.1:4173']);
    expect(await setSite(api, url, 'toggle')).toBe('disabled');
    expect(store[enabledSitesItem.key]).toEqual([]);
  });

  it('respects a refusal, enables when the request cannot be made, ignores other pages', async () => {
    expect(await setSite(fake(false).api, url, 'toggle')).toBe('denied');
    const noGesture = fake('throws');
    expect(await setSite(noGesture.api, url, 'enable')).toBe('enabled');
    expect(await setSite(fake().api, 'chrome://newtab', 'toggle')).toBe('unsupported');
  });
});

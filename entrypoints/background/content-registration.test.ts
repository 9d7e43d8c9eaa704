import { describe, expect, it } from 'vitest';
import type { SitePolicy } from '@/lib/sites';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_ID, desiredRegistration, followRegistration, patternOf, type RegistrationBrowser } from './content-registration';

describe('patternOf', () => {
  it('turns origins, host names and wildcard hosts into match patterns', () => {
    expect(patternOf('https://oa.example.gov.cn')).toBe('https://oa.example.gov.cn/*');
    expect(patternOf('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/*');
    expect(patternOf('oa.example.gov.cn')).toBe('*://oa.example.gov.cn/*');
    expect(patternOf('*.Example.gov.cn')).toBe('*://*.example.gov.cn/*');
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'file:///etc', 'chrome://extensions', 'javascript:alert(1)', 'a b', '*', '<all_urls>']) expect(patternOf(bad)).toBeNull();
  });
});

describe('desiredRegistration', () => {
  it('matches the user’s granted origins and the forced sites, and excludes the forced-off ones', () => {
    const policy: SitePolicy = { enabled: ['https://oa.example.gov.cn', 'https://not-granted.example'], forceOn: ['*.gov.example'], forceOff: ['closed.gov.example'] };
    expect(desiredRegistration(policy, (p) => p === 'https://oa.example.gov.cn/*')).toEqual({
      matches: ['*://*.gov.example/*', 'https://oa.example.gov.cn/*'],
      excludeMatches: ['*://closed.gov.example/*'],
    });
    expect(desiredRegistration({ enabled: ['https://a.example'], forceOn: [], forceOff: [] }, () => false)).toEqual({ matches: [], excludeMatches: [] });
  });
});

function fakeBrowser({ granted = [] as string[], failNewerFields = false } = {}) {
  let registered: Parameters<RegistrationBrowser['scripting']['registerContentScripts']>[0] = [];
  const injected: number[] = [];
  let onAdded: (() => void) | undefined;
  const api: RegistrationBrowser = {
    scripting: {
      getRegisteredContentScripts: async () => structuredClone(registered),
      registerContentScripts: async (scripts) => {
        if (registered.length) throw new Error(`Duplicate script ID '${scripts[0]!.id}'`);
        if (failNewerFields && 'matchOriginAsFallback' in scripts[0]!) throw new Error('Unexpected property "matchOriginAsFallback"');
        registered = structuredClone(scripts);
      },
      unregisterContentScripts: async () => void (registered = []),
      executeScript: async ({ target }) => void injected.push(target.tabId),
    },
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)), onAdded: { addListener: (l) => (onAdded = l) } },
    tabs: { query: async ({ url }) => (url.includes('https://oa.example.gov.cn/*') ? [{ id: 11 }, { id: 12 }] : []) },
  };
  return { api, registered: () => registered, injected, grant: (o: string) => (granted.push(o), onAdded?.()) };
}

describe('followRegistration', () => {
  const on: SitePolicy = { enabled: ['https://oa.example.gov.cn'], forceOn: [], forceOff: [] };

  it('registers the script for a granted site in all frames, injects it into its open tabs, and unregisters it when off', async () => {
    const b = fakeBrowser({ granted: ['https://oa.example.gov.cn/*'] });
    let policy = on;
    const { sync } = followRegistration(b.api, async () => policy);
    expect(await sync('added')).toEqual({ matches: ['https://oa.example.gov.cn/*'], added: ['https://oa.example.gov.cn/*'] });
    expect(b.registered()).toEqual([
      { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: ['https://oa.example.gov.cn/*'], excludeMatches: [], allFrames: true, runAt: 'document_idle', matchOriginAsFallback: true, persistAcrossSessions: true },
    ]);
    expect(b.injected).toEqual([11, 12]);
    // Waking again: nothing changes, nothing is injected.
    await sync('none');
    expect(b.injected).toEqual([11, 12]);
    policy = { enabled: [], forceOn: [], forceOff: [] };
    await sync('added');
    expect(b.registered()).toEqual([]);
  });

  it('waits for the permission: a listed site without it gets nothing until it is granted', async () => {
    const b = fakeBrowser();
    followRegistration(b.api, async () => on);
    b.grant('https://oa.example.gov.cn/*');
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(b.registered().map((s) => s.matches)).toEqual([['https://oa.example.gov.cn/*']]);
    expect(b.injected).toEqual([11, 12]);
  });

  it('registers again without the newer fields where the browser does not know them (Firefox before 128)', async () => {
    const b = fakeBrowser({ granted: ['https://oa.example.gov.cn/*'], failNewerFields: true });
    await followRegistration(b.api, async () => on).sync('none');
    expect(b.registered()).toEqual([{ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: ['https://oa.example.gov.cn/*'], excludeMatches: [], allFrames: true, runAt: 'document_idle' }]);
  });
});

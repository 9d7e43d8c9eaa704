import { describe, expect, it } from 'vitest';
import type { SitePolicy } from '../sites';
import { extensionIdentity, isEnabledContentScript, isExtensionPage, senderOrigin } from './trust';

const self = extensionIdentity({ id: 'abc', getURL: (p) => `chrome-extension://abc${p}` });
const policy: SitePolicy = { enabled: ['https://oa.example.gov.cn'], forceOn: ['*.gov.example'], forceOff: ['https://closed.gov.example'] };

describe('isExtensionPage', () => {
  it('takes the extension’s own pages, in the panel or in a tab', () => {
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/sidepanel.html' }, self)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/dashboard.html#view=overdue', tab: { id: 3 } }, self)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'moz-extension://abc/x.html' }, extensionIdentity({ id: 'abc', getURL: (p) => `moz-extension://abc${p}` }))).toBe(true);
  });

  it('refuses content scripts, other extensions, look-alike paths and senders without a URL', () => {
    expect(isExtensionPage({ id: 'abc', url: 'https://oa.example.gov.cn/', tab: { id: 3 } }, self)).toBe(false);
    expect(isExtensionPage({ id: 'zzz', url: 'chrome-extension://zzz/x.html' }, self)).toBe(false);
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abcd/x.html' }, self)).toBe(false);
    expect(isExtensionPage({ id: 'abc', url: 'https://x.example/chrome-extension://abc/' }, self)).toBe(false);
    expect(isExtensionPage({ id: 'abc' }, self)).toBe(false);
  });
});

describe('senderOrigin', () => {
  it('is the frame’s own origin: Chromium’s origin, else its URL, else the tab’s page for about:blank', () => {
    expect(senderOrigin({ url: 'about:blank', origin: 'https://oa.example.gov.cn' })).toBe('https://oa.example.gov.cn');
    expect(senderOrigin({ url: 'https://ads.example.net/f?x=1', tab: { url: 'https://oa.example.gov.cn/' } })).toBe('https://ads.example.net');
    expect(senderOrigin({ url: 'about:srcdoc', tab: { url: 'https://oa.example.gov.cn/a' } })).toBe('https://oa.example.gov.cn');
  });

  it('is null for opaque and non-web frames', () => {
    expect(senderOrigin({ url: 'data:text/html,x', origin: 'null', tab: { url: 'https://oa.example.gov.cn/' } })).toBeNull();
    expect(senderOrigin({ url: 'file:///tmp/a.html' })).toBeNull();
    expect(senderOrigin({})).toBeNull();
  });
});

describe('isEnabledContentScript', () => {
  const cs = (origin: string, over = {}) => ({ id: 'abc', url: `${origin}/p`, origin, tab: { id: 5 }, frameId: 0, ...over });
  it('takes a web frame of a tab on an enabled or forced-on origin', () => {
    expect(isEnabledContentScript(cs('https://oa.example.gov.cn'), self, policy)).toBe(true);
    expect(isEnabledContentScript(cs('https://docs.gov.example'), self, policy)).toBe(true);
  });

  it('refuses other origins, forced-off ones, frames outside a tab, and other extensions', () => {
    expect(isEnabledContentScript(cs('https://news.example.com'), self, policy)).toBe(false);
    expect(isEnabledContentScript(cs('https://closed.gov.example'), self, policy)).toBe(false);
    expect(isEnabledContentScript(cs('https://oa.example.gov.cn', { tab: undefined }), self, policy)).toBe(false);
    expect(isEnabledContentScript(cs('https://oa.example.gov.cn', { tab: { id: -1 } }), self, policy)).toBe(false);
    expect(isEnabledContentScript(cs('https://oa.example.gov.cn', { id: 'zzz' }), self, policy)).toBe(false);
  });
});

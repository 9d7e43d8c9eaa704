import { describe, expect, it } from 'vitest';
import { isSiteEnabled, siteMatches, topLevelOrigin, withSite } from './sites';

describe('siteMatches', () => {
  it.each([
    ['https://oa.example.gov.cn', 'https://oa.example.gov.cn', true],
    ['https://oa.example.gov.cn', 'https://oa.example.gov.cn/', true],
    ['https://oa.example.gov.cn', 'http://oa.example.gov.cn', false],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:4173', true],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:9999', false],
    ['https://oa.example.gov.cn', 'oa.example.gov.cn', true],
    ['https://oa.example.gov.cn', '*.example.gov.cn', true],
    ['https://example.gov.cn', '*.example.gov.cn', true],
    ['https://badexample.gov.cn', '*.example.gov.cn', false],
    ['null', 'null', false],
  ])('%s by %s → %s', (origin, entry, expected) => {
    expect(siteMatches(origin, entry)).toBe(expected);
  });
});

describe('isSiteEnabled', () => {
  const o = 'https://oa.example.gov.cn';
  it('follows the user list, with the office policy forcing on and off', () => {
    expect(isSiteEnabled(o, { enabled: [], forceOn: [], forceOff: [] })).toBe(false);
    expect(isSiteEnabled(o, { enabled: [o], forceOn: [], forceOff: [] })).toBe(true);
    expect(isSiteEnabled(o, { enabled: [], forceOn: ['*.example.gov.cn'], forceOff: [] })).toBe(true);
    expect(isSiteEnabled(o, { enabled: [o], forceOn: [o], forceOff: [o] })).toBe(false);
  });
});

describe('topLevelOrigin', () => {
  const loc = (origin: string, ancestors?: string[]) => ({ origin, ancestorOrigins: ancestors as unknown as DOMStringList | undefined }) as Location;
  it('is the last ancestor origin for a frame, the own origin for the top', () => {
    const top = { location: loc('https://oa.example.gov.cn', []) } as Window;
    (top as { top: Window }).top = top;
    expect(topLevelOrigin(top)).toBe('https://oa.example.gov.cn');
    expect(topLevelOrigin({ location: loc('null', ['https://cdn.example.com', 'https://oa.example.gov.cn']), top })).toBe('https://oa.example.gov.cn');
    expect(topLevelOrigin({ location: loc('null'), top })).toBe('https://oa.example.gov.cn');
    const crossTop = { get location(): Location { throw new Error('cross-origin'); } } as unknown as Window;
    expect(topLevelOrigin({ location: loc('null'), top: crossTop, document: { referrer: 'https://oa.example.gov.cn/doc/1' } })).toBe('https://oa.example.gov.cn');
  });
});

describe('withSite', () => {
  it('adds once and removes', () => {
    expect(withSite(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withSite(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(withSite(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

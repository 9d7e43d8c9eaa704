import { describe, expect, it } from 'vitest';
import { BADGE_TAG, HIGHLIGHT, OVERLAY_ATTR } from './contract';

describe('editor contract', () => {
  it('names one distinct, prefixed highlight per kind', () => {
    const names = Object.values(HIGHLIGHT);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^luoshi-[a-z]+$/.test(n))).toBe(true);
  });
  it('uses a valid custom element name and data attribute, and a namespaced storage key', () => {
    expect(BADGE_TAG).toMatch(/^[a-z]+-[a-z-]+$/);
    expect(OVERLAY_ATTR).toMatch(/^data-luoshi-/);
  });
});

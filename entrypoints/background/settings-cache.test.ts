import { describe, expect, it } from 'vitest';
import { settingsItem } from '@/lib/settings/storage-items';
import { startSettingsCache, withSettings } from './settings-cache';

describe('settings cache', () => {
  it('gives the settings’ reference date and lexicon, the caller’s options on top, and follows changes', async () => {
    const data: Record<string, unknown> = { [settingsItem.key]: { referenceDate: { mode: 'fixed', date: '2025-05-01' }, lexicon: { owners: ['城投集团'] } } };
    let listener: ((c: Record<string, { newValue?: unknown }>, area: string) => void) | undefined;
    await startSettingsCache({ local: { get: async (k) => ({ [k]: data[k] }), set: async () => {} }, onChanged: { addListener: (l) => (listener = l), removeListener: () => {} } });
    expect(withSettings(undefined)).toEqual({ referenceDate: '2025-05-01', lexicon: { owners: ['城投集团'], directives: [], boilerplate: [] } });
    expect(withSettings({ referenceDate: '2026-01-01' }).referenceDate).toBe('2026-01-01');
    listener?.({ [settingsItem.key]: { newValue: {} } }, 'local');
    expect(withSettings(undefined, new Date(2026, 0, 2).getTime())).toEqual({ referenceDate: '2026-01-02' });
  });
});

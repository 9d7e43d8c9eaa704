import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../schema/settings';
import { defineItem, EDITOR_STATE_KEY_PREFIX, enabledSitesItem, MANAGED_KEYS, readSitePolicy, reminderLastRunItem, reminderLogItem, settingsItem, storeSite, type ExtensionStorage } from './storage-items';
import { memoryStorage } from './testing';

describe('storage items', () => {
  it('has each key once, under the names the README and older versions use', () => {
    const keys = [settingsItem, enabledSitesItem, reminderLogItem, reminderLastRunItem].map((i) => i.key);
    expect(keys).toEqual(['luoshi.settings', 'luoshi.enabledSites', 'luoshi.reminders.log', 'luoshi.reminders.lastRun']);
    expect(EDITOR_STATE_KEY_PREFIX).toBe('luoshi.editorState.');
  });

  it('reads the settings at their defaults from empty storage, and validates what it finds field by field', async () => {
    expect(await settingsItem.get(memoryStorage().storage)).toEqual(DEFAULT_USER_SETTINGS);
    const { storage } = memoryStorage({ 'luoshi.settings': { theme: 'dark', reminders: { warnDays: 'soon' } } });
    const s = await settingsItem.get(storage);
    expect(s.theme).toBe('dark');
    expect(s.reminders.warnDays).toBe(3);
    expect(await settingsItem.raw(storage)).toEqual({ theme: 'dark', reminders: { warnDays: 'soon' } });
  });

  it('falls back when storage fails', async () => {
    const storage: ExtensionStorage = { local: { get: () => Promise.reject(new Error('gone')), set: async () => {} } };
    expect(await settingsItem.get(storage)).toEqual(DEFAULT_USER_SETTINGS);
    expect(await enabledSitesItem.get(storage)).toEqual([]);
    expect(await settingsItem.raw(storage)).toBeUndefined();
  });

  it('stores the parsed value and tells watchers, until unsubscribed; other keys do not wake them', async () => {
    const { storage, data } = memoryStorage();
    const seen: UserSettings[] = [];
    const stop = settingsItem.watch(storage, (s) => seen.push(s));
    const stored = await settingsItem.set(storage, { ...DEFAULT_USER_SETTINGS, locale: 'en', reminders: { ...DEFAULT_USER_SETTINGS.reminders, warnDays: 99 } });
    expect(stored.reminders.warnDays).toBe(3);
    await enabledSitesItem.set(storage, ['https://a.example']);
    stop();
    await settingsItem.set(storage, DEFAULT_USER_SETTINGS);
    expect((data['luoshi.settings'] as UserSettings).locale).toBe('zh-CN');
    expect(seen.map((s) => s.locale)).toEqual(['en']);
  });

  it('reads the site list and the reminder log defensively', async () => {
    const long = `https://${'a'.repeat(300)}.cn`;
    const { storage } = memoryStorage({
      'luoshi.enabledSites': ['https://a.cn', 3, 'https://a.cn', '', long, 'b.cn'],
      'luoshi.reminders.log': { x: '2026-05-01', y: 5, z: 'yesterday' },
      'luoshi.reminders.lastRun': 'today',
    });
    expect(await enabledSitesItem.get(storage)).toEqual(['https://a.cn', 'b.cn']);
    expect(await reminderLogItem.get(storage)).toEqual({ x: '2026-05-01' });
    expect(await reminderLastRunItem.get(storage)).toBeNull();
    expect(enabledSitesItem.parse('https://a.cn')).toEqual([]);
  });

  it('gives entries to write several items in one set, each parsed', () => {
    expect({ ...reminderLogItem.entry({ a: '2026-01-02' }), ...reminderLastRunItem.entry('2026-01-02') }).toEqual({ 'luoshi.reminders.log': { a: '2026-01-02' }, 'luoshi.reminders.lastRun': '2026-01-02' });
    const item = defineItem('t', (raw) => (typeof raw === 'number' ? raw : 0));
    expect(item.touchedBy({ t: { newValue: 1 } }, 'local')).toBe(true);
    expect(item.touchedBy({ t: { newValue: 1 } }, 'sync')).toBe(false);
    expect(item.touchedBy({ u: {} }, 'local')).toBe(false);
  });
});

describe('readSitePolicy', () => {
  it('reads both areas, and treats a missing or failing managed area as no policy', async () => {
    const local = { get: async () => ({ [enabledSitesItem.key]: ['https://a.cn', 3] }) };
    const managed = { get: async () => ({ [MANAGED_KEYS.forceOn]: ['b.cn'], [MANAGED_KEYS.forceOff]: 'c.cn' }) };
    expect(await readSitePolicy({ local, managed })).toEqual({ enabled: ['https://a.cn'], forceOn: ['b.cn'], forceOff: [] });
    const failing = { get: async (): Promise<Record<string, unknown>> => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readSitePolicy({ local, managed: failing })).toEqual({ enabled: ['https://a.cn'], forceOn: [], forceOff: [] });
    expect(await readSitePolicy({ local: { get: async () => ({}) } })).toEqual({ enabled: [], forceOn: [], forceOff: [] });
  });
});

describe('storeSite', () => {
  it('adds and removes one origin, keeping the rest of the list', async () => {
    const { storage, data } = memoryStorage({ 'luoshi.enabledSites': ['b.cn'] });
    expect(await storeSite(storage, 'https://a.cn', true)).toEqual(['b.cn', 'https://a.cn']);
    expect(await storeSite(storage, 'https://a.cn', true)).toEqual(['b.cn', 'https://a.cn']);
    expect(await storeSite(storage, 'b.cn', false)).toEqual(['https://a.cn']);
    expect(data['luoshi.enabledSites']).toEqual(['https://a.cn']);
  });
});

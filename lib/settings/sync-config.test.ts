import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSyncConfig, normalizeServerUrl, originPattern, parseSyncPolicy, parseSyncUserConfig, serverOrigin, SYNC_INTERVAL } from './sync-config';
import { MANAGED_KEYS, readSyncConfig, syncConfigItem, syncConfigTouchedBy } from './storage-items';

const user = (patch: object = {}) => parseSyncUserConfig({ url: 'http://couch.intranet:5984', database: 'duban', intervalMinutes: 10, user: 'zhang', ...patch });

describe('sync configuration', () => {
  it('keeps a server URL without credentials, query or trailing slash, http(s) only', () => {
    expect(normalizeServerUrl(' https://couch.example.gov.cn:6984/ ')).toBe('https://couch.example.gov.cn:6984');
    expect(normalizeServerUrl('http://10.1.2.3:5984/couchdb/')).toBe('http://10.1.2.3:5984/couchdb');
    expect(normalizeServerUrl('http://h:5984/?x=1#y')).toBe('http://h:5984');
    for (const bad of ['http://admin:pw@h:5984', 'ftp://h', 'couch', '', null, 5, `http://h/${'x'.repeat(600)}`]) expect(normalizeServerUrl(bad)).toBeNull();
    expect(serverOrigin('http://10.1.2.3:5984/couchdb')).toBe('http://10.1.2.3:5984');
    expect(originPattern('http://10.1.2.3:5984')).toBe('http://10.1.2.3:5984/*');
  });

  it('reads the stored settings field by field, a bad field at its default', () => {
    expect(parseSyncUserConfig(undefined)).toEqual({ url: null, database: 'luoshi', intervalMinutes: SYNC_INTERVAL.default, user: null });
    expect(parseSyncUserConfig({ url: 'x', database: 'Bad Name', intervalMinutes: 10_000, user: '' })).toEqual({ url: null, database: 'luoshi', intervalMinutes: SYNC_INTERVAL.max, user: null });
    expect(parseSyncUserConfig({ intervalMinutes: 0.2 }).intervalMinutes).toBe(SYNC_INTERVAL.min);
    expect(user()).toEqual({ url: 'http://couch.intranet:5984', database: 'duban', intervalMinutes: 10, user: 'zhang' });
  });

  it('puts the policy over the user, field by field, and locks what it sets', () => {
    expect(effectiveSyncConfig(user(), {})).toEqual({
      url: 'http://couch.intranet:5984', origin: 'http://couch.intranet:5984', database: 'duban', intervalMinutes: 10, readOnly: false, user: 'zhang',
      locked: { url: false, database: false, intervalMinutes: false, readOnly: false },
    });
    const policy = parseSyncPolicy({ url: 'https://couch.example.gov.cn', database: 'bureau', intervalMinutes: 3, readOnly: true });
    const config = effectiveSyncConfig(user(), policy);
    expect(config).toMatchObject({ url: 'https://couch.example.gov.cn', database: 'bureau', intervalMinutes: 3, readOnly: true, locked: { url: true, database: true, intervalMinutes: true, readOnly: true } });
    // Signed in to another server: not signed in to the policy's.
    expect(config.user).toBeNull();
    expect(effectiveSyncConfig(user({ url: 'https://couch.example.gov.cn' }), policy).user).toBe('zhang');
    // A bad policy field is no policy: the user's value stays and is not locked.
    expect(effectiveSyncConfig(user(), parseSyncPolicy({ url: 'nonsense', database: 'Bad', intervalMinutes: 'x', readOnly: 'yes' }))).toMatchObject({ url: 'http://couch.intranet:5984', database: 'duban', readOnly: false, locked: { url: false, database: false, intervalMinutes: false, readOnly: false } });
    expect(effectiveSyncConfig(parseSyncUserConfig({}), {})).toMatchObject({ url: null, origin: null, user: null });
  });

  it('is read from storage.local and the managed policy by their items', async () => {
    const local: Record<string, unknown> = {};
    const managed: Record<string, unknown> = { [MANAGED_KEYS.syncUrl]: 'https://couch.example.gov.cn', [MANAGED_KEYS.syncReadOnly]: true };
    const storage = {
      local: { get: async (key: string) => ({ [key]: local[key] }), set: async (items: Record<string, unknown>) => void Object.assign(local, items) },
      managed: { get: async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, managed[k]])) },
    };
    await syncConfigItem.set(storage, user({ url: 'https://couch.example.gov.cn/' }));
    expect(local[syncConfigItem.key]).toEqual({ url: 'https://couch.example.gov.cn', database: 'duban', intervalMinutes: 10, user: 'zhang' });
    expect(await readSyncConfig(storage)).toMatchObject({ url: 'https://couch.example.gov.cn', database: 'duban', readOnly: true, user: 'zhang', locked: { url: true, database: false, readOnly: true } });
    // No managed storage at all (Firefox without policies, tests): the user's settings alone.
    const failing = { local: storage.local, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } };
    expect(await readSyncConfig(failing)).toMatchObject({ readOnly: false, locked: { url: false } });
    expect(syncConfigTouchedBy({ [syncConfigItem.key]: {} }, 'local')).toBe(true);
    expect(syncConfigTouchedBy({}, 'managed')).toBe(true);
    expect(syncConfigTouchedBy({ other: {} }, 'local')).toBe(false);
  });

  it('declares every managed key in public/managed_schema.json, with its type', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as { type: string; properties: Record<string, { type: string }> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.values(MANAGED_KEYS).sort());
    expect(schema.properties[MANAGED_KEYS.syncInterval]!.type).toBe('integer');
    expect(schema.properties[MANAGED_KEYS.syncReadOnly]!.type).toBe('boolean');
    expect(schema.properties[MANAGED_KEYS.forceOn]!.type).toBe('array');
  });
});

/**
 * Every key Luoshi keeps in `browser.storage`, defined once, each as a typed item: its key, how a stored value is
 * read (`parse`, which never throws — storage is outside input: an older version, a hand edit, a sync gone wrong),
 * and get / set / watch over an injected storage (the extension's, or a fake in tests). Reads that fail give the
 * parsed `undefined` (the item's fallback); writes store the parsed value, so what is stored always reads back the
 * same. WXT's `storage.defineItem` does the same over the global `browser`; this keeps the storage injected, as
 * every caller here takes it.
 *
 * - `settingsItem` — the options page's settings (lib/schema/settings.ts), the one home of the blue-light window
 *   `reminders.warnDays` (the checklist database keeps no copy since its version 5);
 * - `enabledSitesItem` — the sites the user enabled (origins, host names, *.hosts; lib/sites.ts decides with them);
 * - `reminderLogItem`, `reminderLastRunItem` — the day each item was last reminded, and of the last daily run;
 * - `supervisionRegisterItem` — the 督办编号 given so far (lib/settings/supervision-numbers.ts);
 * - `syncConfigItem` — the team ledger's server as the user set it (URL, database, interval, the name signed in;
 *   never a password); `readSyncConfig` puts the office policy's sync fields over it (lib/settings/sync-config.ts);
 * - `badgePlacesItem` — per site, whether the on-page badge is hidden and where it was docked (badge-places.ts);
 * - `MANAGED_KEYS` — what an office policy may set in `storage.managed` (read only; public/managed_schema.json);
 * - `EDITOR_STATE_KEY_PREFIX` — `storage.session` keys of the tabs' editor states the background keeps;
 * - `PENDING_SPLITS_KEY_PREFIX`, `PENDING_EDITS_KEY_PREFIX` — `storage.session` keys of the side panel's splits and
 *   corrections not saved yet, per draft.
 * The enabled sites are read here only (`readSitePolicy`, `storeSite`); lib/sites.ts decides with them.
 */
import type { ReminderLog } from '../reminders/plan';
import { parseBadgePlaces, type BadgePlaces } from './badge-places';
import { parseSettings, type UserSettings } from '../schema/settings';
import { parseRegister, type SupervisionRegister } from '../schema/supervision';
import { withSite, type SitePolicy } from '../sites';
import { effectiveSyncConfig, parseSyncPolicy, parseSyncUserConfig, type SyncConfig, type SyncUserConfig } from './sync-config';

/** A storage area as read and written here (`browser.storage.local`). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown } | unknown>;
export type StorageListener = (changes: StorageChanges, area: string) => void;

/** The part of `browser.storage` the items use; `onChanged` only for watching, `managed` only for the policy. */
export interface ExtensionStorage {
  local: StorageArea;
  managed?: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged?: { addListener(listener: StorageListener): void; removeListener?(listener: StorageListener): void };
}

/** Enough of `browser.storage` to read an item. */
export type ReadableStorage = { local: Pick<StorageArea, 'get'> };

export interface StorageItem<T> {
  readonly key: string;
  /** The value a stored `raw` reads as (the fallback for `undefined`). Never throws. */
  parse(raw: unknown): T;
  /** The stored value, parsed; the fallback when storage fails. */
  get(storage: ReadableStorage): Promise<T>;
  /** What is stored under the key, unparsed (undefined when nothing, or when storage fails). */
  raw(storage: ReadableStorage): Promise<unknown>;
  /** Stores `value`, parsed first; resolves with what was stored. */
  set(storage: Pick<ExtensionStorage, 'local'>, value: T): Promise<T>;
  /** `{ [key]: parse(value) }`, to write several items in one `set`. */
  entry(value: T): Record<string, T>;
  /** Whether a storage.onChanged event touches this item. */
  touchedBy(changes: StorageChanges, area: string): boolean;
  /** Calls `listener` with the new value whenever it changes in storage; returns the unsubscribe. */
  watch(storage: Pick<ExtensionStorage, 'onChanged'>, listener: (value: T) => void): () => void;
}

/** A `storage.local` item under `key`, read through `parse`. */
export function defineItem<T>(key: string, parse: (raw: unknown) => T): StorageItem<T> {
  const raw = async (storage: ReadableStorage) => {
    try {
      return (await storage.local.get(key))[key];
    } catch {
      return undefined;
    }
  };
  const touchedBy = (changes: StorageChanges, area: string) => area === 'local' && Object.hasOwn(changes, key);
  return {
    key,
    parse,
    raw,
    get: async (storage) => parse(await raw(storage)),
    async set(storage, value) {
      const checked = parse(value);
      await storage.local.set({ [key]: checked });
      return checked;
    },
    entry: (value) => ({ [key]: parse(value) }),
    touchedBy,
    watch(storage, listener) {
      const onChanged: StorageListener = (changes, area) => {
        if (touchedBy(changes, area)) listener(parse((changes[key] as { newValue?: unknown } | undefined)?.newValue));
      };
      storage.onChanged?.addListener(onChanged);
      return () => storage.onChanged?.removeListener?.(onChanged);
    },
  };
}

const MAX_SITES = 1000;

/** A list of site entries as stored: strings of at most 300 characters, each once, at most 1000. */
export function parseSiteList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 300))].slice(0, MAX_SITES);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseReminderLog(raw: unknown): ReminderLog {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && ISO_DAY.test(e[1])));
}

/** The user's settings (lib/schema/settings.ts), each invalid field at its default. */
export const settingsItem: StorageItem<UserSettings> = /* @__PURE__ */ defineItem('luoshi.settings', parseSettings);

/**
 * The sites the user enabled: an array of origins (`https://oa.example.gov.cn`), host names or `*.hosts`.
 * Documented in the README so that a test or an administrator can enable a site without the UI.
 */
export const enabledSitesItem: StorageItem<string[]> = /* @__PURE__ */ defineItem('luoshi.enabledSites', parseSiteList);

/** Item id → the day it was last reminded (reminders plan). */
export const reminderLogItem: StorageItem<ReminderLog> = /* @__PURE__ */ defineItem('luoshi.reminders.log', parseReminderLog);

/** The day of the last daily reminder run, or null. */
export const reminderLastRunItem: StorageItem<string | null> = /* @__PURE__ */ defineItem('luoshi.reminders.lastRun', (raw) => (typeof raw === 'string' && ISO_DAY.test(raw) ? raw : null));

/** The 督办编号 register: the next number per year and the 督办单 issued (lib/settings/supervision-numbers.ts). */
export const supervisionRegisterItem: StorageItem<SupervisionRegister> = /* @__PURE__ */ defineItem('luoshi.supervision.register', parseRegister);
/** Per site (origin), the on-page badge: hidden, and where it was docked (lib/settings/badge-places.ts). */
export const badgePlacesItem: StorageItem<BadgePlaces> = /* @__PURE__ */ defineItem('luoshi.badgePlaces', parseBadgePlaces);

/** `storage.session` keys of the splits the side panel made before saving: this prefix, then the draft key (lib/panel/pending-splits.ts). */
export const PENDING_SPLITS_KEY_PREFIX = 'luoshi.pendingSplits.';
/** `storage.session` keys of the owner/deadline corrections the side panel made before saving: this prefix, then the draft key. */
export const PENDING_EDITS_KEY_PREFIX = 'luoshi.pendingEdits.';

/** `storage.session` keys of the editor states the background keeps: this prefix, then `<tabId>:<frameId>`. */
export const EDITOR_STATE_KEY_PREFIX = 'luoshi.editorState.';

/** `browser.storage.managed` keys an office policy may set (public/managed_schema.json declares them): entries forced
 * on and off, and the team ledger's server, database, sync interval and read-only flag. */
export const MANAGED_KEYS = {
  forceOn: 'forceEnabledSites',
  forceOff: 'forceDisabledSites',
  syncUrl: 'syncServerUrl',
  syncDatabase: 'syncDatabase',
  syncInterval: 'syncIntervalMinutes',
  syncReadOnly: 'syncReadOnly',
} as const;

/** The team ledger's server as the user set it in the options page (the policy's fields win: `readSyncConfig`). */
export const syncConfigItem: StorageItem<SyncUserConfig> = /* @__PURE__ */ defineItem('luoshi.syncServer', parseSyncUserConfig);

/** The sync configuration in force: the policy's fields (managed storage) over the user's. */
export async function readSyncConfig(storage: SiteStorage): Promise<SyncConfig> {
  let managed: Record<string, unknown> = {};
  try {
    managed = (await storage.managed?.get([MANAGED_KEYS.syncUrl, MANAGED_KEYS.syncDatabase, MANAGED_KEYS.syncInterval, MANAGED_KEYS.syncReadOnly])) ?? {};
  } catch {
    // No managed storage: nothing is set by policy.
  }
  const policy = parseSyncPolicy({ url: managed[MANAGED_KEYS.syncUrl], database: managed[MANAGED_KEYS.syncDatabase], intervalMinutes: managed[MANAGED_KEYS.syncInterval], readOnly: managed[MANAGED_KEYS.syncReadOnly] });
  return effectiveSyncConfig(await syncConfigItem.get(storage), policy);
}

/** Whether a storage.onChanged event can change the sync configuration: the user's item, or anything managed. */
export function syncConfigTouchedBy(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || syncConfigItem.touchedBy(changes, area);
}

/** The storage areas read (a fake in tests); `managed` may be absent or throw. */
export type SiteStorage = ReadableStorage & Pick<ExtensionStorage, 'managed'>;

/** Reads the user's list and the office policy. */
export async function readSitePolicy(storage: SiteStorage): Promise<SitePolicy> {
  let managed: Record<string, unknown> = {};
  try {
    managed = (await storage.managed?.get([MANAGED_KEYS.forceOn, MANAGED_KEYS.forceOff])) ?? {};
  } catch {
    // No managed storage (no policy, Firefox without a manifest, tests): nothing is forced.
  }
  return { enabled: await enabledSitesItem.get(storage), forceOn: parseSiteList(managed[MANAGED_KEYS.forceOn]), forceOff: parseSiteList(managed[MANAGED_KEYS.forceOff]) };
}

/** Whether a storage.onChanged event can change the policy: the user's list, or anything managed. */
export function policyTouchedBy(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || enabledSitesItem.touchedBy(changes, area);
}

/** Turns `origin` on or off in the user's list (read-modify-write); resolves with the stored list. */
export async function storeSite(storage: Pick<ExtensionStorage, 'local'>, origin: string, on: boolean): Promise<string[]> {
  return enabledSitesItem.set(storage, withSite(await enabledSitesItem.get(storage), origin, on));
}

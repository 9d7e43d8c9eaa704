/** A fake `browser.storage` for unit tests: local (with onChanged events) and managed, in memory. */
import type { ExtensionStorage, StorageListener } from './storage-items';

export function memoryStorage(local: Record<string, unknown> = {}, managed: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(local);
  const listeners = new Set<StorageListener>();
  const storage: ExtensionStorage & { local: { remove(key: string): Promise<void> } } = {
    local: {
      get: async (key) => (Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: data[k], newValue: structuredClone(v) }]));
        Object.assign(data, structuredClone(items));
        for (const l of listeners) l(changes, 'local');
      },
      remove: async (key) => void delete data[key],
    },
    managed: { get: async (keys) => Object.fromEntries(keys.filter((k) => Object.hasOwn(managed, k)).map((k) => [k, structuredClone(managed[k])])) },
    onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  return { storage, data, managed };
}

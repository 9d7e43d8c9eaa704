/**
 * The dashboard's sync bar state (components/dashboard/sync-status.tsx): the background's sync status, asked at
 * load and followed by its `changed` messages; 立即同步 through the sync channel; and the merged concurrent edits —
 * the progress notes starting 并发修改 that lib/sync's merge writes — followed live in LuoshiDB, latest first; and
 * 最后修改人 of an item for its panel (lib/sync's per-document metadata).
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import { browser } from '#imports';
import { CONFLICT_NOTE_PREFIX, type ConflictNote } from '@/components/dashboard/sync-status';
import { getDatabase } from '@/lib/db/database';
import { syncChannel, type SyncStatus } from '@/lib/messaging/sync';
import { docId } from '@/lib/sync/docs';

/** 最后修改人 of an item: the `by` of the server version this browser last had (lib/sync's metadata), or null. */
export async function lastChangedBy(itemId: string): Promise<string | null> {
  return (await getDatabase().syncMeta.get(docId('item', itemId)))?.by ?? null;
}

/** How many merged edits the bar lists. */
const LISTED = 50;

export function useSyncBar(): { status: SyncStatus | null; conflicts: ConflictNote[]; syncNow(): Promise<SyncStatus> } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [conflicts, setConflicts] = useState<ConflictNote[]>([]);
  const sync = useMemo(() => syncChannel.sender((m) => browser.runtime.sendMessage(m)), []);

  useEffect(() => {
    void sync.status({}).then(setStatus, () => setStatus(null));
    const onMessage = (message: unknown) => {
      const read = syncChannel.read(message);
      if (read?.type === 'changed') setStatus(read.payload);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const db = getDatabase();
    const sub = liveQuery(async () => {
      const notes = await db.notes.filter((n) => n.text.startsWith(CONFLICT_NOTE_PREFIX)).toArray();
      const latest = notes.sort((a, b) => b.createdAt - a.createdAt).slice(0, LISTED);
      const items = await db.items.bulkGet(latest.map((n) => n.itemId));
      return latest.map((n, i) => ({ noteId: n.id, itemId: n.itemId, itemText: items[i]?.text ?? n.itemId, text: n.text, createdAt: n.createdAt }));
    }).subscribe({ next: setConflicts, error: () => setConflicts([]) });
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      sub.unsubscribe();
    };
  }, [sync]);

  const syncNow = useMemo(() => async () => {
    const next = await sync.syncNow({});
    setStatus(next);
    return next;
  }, [sync]);
  return { status, conflicts, syncNow };
}

/**
 * The dashboard's state: every document and item of LuoshiDB (the dashboard is an extension page, so it opens the
 * database directly), followed live — Dexie's liveQuery re-reads when any context (the background saving a draft
 * from the side panel, another dashboard tab) writes the tables. The repository is shared for the writes; the
 * components get both as props (components/dashboard/dashboard-app.tsx).
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { rescueExport } from '@/lib/db/rescue';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import type { ChecklistData, ChecklistState } from '@/components/dashboard/dashboard-app';
import { preferencesStore } from '@/lib/settings/preferences';
import type { ExtensionStorage } from '@/lib/settings/storage-items';

/** How many items the first paint reads before the whole checklist has arrived. */
export const FIRST_PAINT_ITEMS = 300;

let repo: ChecklistRepository | undefined;

/** The repository of this page's database; its backups carry the user's settings and enabled sites (`storage`). */
export function pageRepository(storage: ExtensionStorage): ChecklistRepository {
  repo ??= checklistRepository(getDatabase(), { preferences: preferencesStore(storage) });
  return repo;
}

/** The rescue file of this page's database (every table as it is), for when it cannot be opened. */
export function pageRescueExport(): Promise<string> {
  return rescueExport(getDatabase().name);
}

/** All documents (newest first) and items, live; undefined until the first read. */
export function useChecklist(repository: ChecklistRepository): ChecklistState {
  const [data, setData] = useState<ChecklistData>();
  const [error, setError] = useState<string | null>(null);
  const db = useMemo(() => repository.env.db, [repository]);
  useEffect(() => {
    // A first paint from the first items: reading 10,000 records from IndexedDB takes the browser about a second.
    let full = false;
    void Promise.all([db.documents.orderBy('updatedAt').toArray(), db.items.limit(FIRST_PAINT_ITEMS).toArray(), db.items.count()]).then(
      ([documents, items, count]) => {
        if (!full && count > items.length) setData({ documents: documents.toReversed(), items, partialOf: count });
      },
      // nb. A database that cannot be opened is reported by the live query below.
      () => undefined,
    );
    const sub = liveQuery(async () => {
      const [documents, items] = await Promise.all([db.documents.orderBy('updatedAt').toArray().then((d) => d.toReversed()), db.items.toArray()]);
      return { documents, items };
    }).subscribe({
      next: (d) => {
        full = true;
        setData(d);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => sub.unsubscribe();
  }, [db]);
  return { data, error };
}

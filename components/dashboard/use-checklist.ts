/**
 * The dashboard's data: every document and item of LuoshiDB (the dashboard is an extension page, so it opens the
 * database directly), followed live — Dexie's liveQuery re-reads when any context (the background saving a draft
 * from the side panel, another dashboard tab) writes the tables. The repository is shared for the writes.
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import { DEFAULT_SETTINGS, type DocumentRecord, type ItemRecord, type Settings } from '@/lib/schema/checklist';

export interface ChecklistData {
  documents: DocumentRecord[];
  items: ItemRecord[];
  settings: Settings;
}

let repo: ChecklistRepository | undefined;

/** The repository of this page's database. */
export function pageRepository(): ChecklistRepository {
  repo ??= checklistRepository(getDatabase());
  return repo;
}

/** All documents (newest first) and items, live; undefined until the first read. */
export function useChecklist(): { data: ChecklistData | undefined; error: string | null } {
  const [data, setData] = useState<ChecklistData>();
  const [error, setError] = useState<string | null>(null);
  const db = useMemo(() => pageRepository().env.db, []);
  useEffect(() => {
    const sub = liveQuery(async () => {
      const [documents, items, settings] = await Promise.all([db.documents.orderBy('updatedAt').toArray().then((d) => d.toReversed()), db.items.toArray(), db.settings.get('settings')]);
      return { documents, items, settings: settings?.value ?? DEFAULT_SETTINGS };
    }).subscribe({
      next: (d) => {
        setData(d);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => sub.unsubscribe();
  }, [db]);
  return { data, error };
}

/** Whether a draft's key already has a checklist (so the panel offers 「更新清单」), asked of the background. */
import { useCallback, useEffect, useState } from 'react';
import type { ChecklistClient } from '@/lib/messaging/checklist';

export interface ExistingChecklist {
  documentId: string;
  revision: number;
}

export function useExistingChecklist(client: ChecklistClient, key: string | null): { existing: ExistingChecklist | null; recheck(): void } {
  // The answer is kept with the key it is for, so a stale answer never shows under another draft.
  const [found, setFound] = useState<{ key: string; existing: ExistingChecklist | null } | null>(null);
  const look = useCallback(
    (k: string, alive: () => boolean = () => true) =>
      client.listDocuments({}).then(
        (answer) => {
          const doc = answer.find((d) => d.key === k);
          if (alive()) setFound({ key: k, existing: doc ? { documentId: doc.id, revision: doc.revision } : null });
        },
        // nb. Without an answer the panel offers 「保存为督办清单」; saving still merges by key in the background.
        () => alive() && setFound({ key: k, existing: null }),
      ),
    [client],
  );
  useEffect(() => {
    if (!key) return undefined;
    let alive = true;
    void look(key, () => alive);
    return () => {
      alive = false;
    };
  }, [key, look]);
  const recheck = useCallback(() => {
    if (key) void look(key);
  }, [key, look]);
  return { existing: found && found.key === key ? found.existing : null, recheck };
}

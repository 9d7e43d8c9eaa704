/**
 * The side panel's link to what the checklist already decided about the draft before it is saved: the 不入台账
 * marks of the draft's key (listed, written and taken back through the checklist channel; listed again when the
 * background says a highlight card changed them, editor.skipsChanged), and the splits the draft's checklist holds
 * (read from its items, lib/panel/splits `splitsFromLedger`). Also the news of a selection added with
 * 「加入督办台账」 (editor.itemAdded) for the panel's tab, or why the context menu's add failed (editor.addFailed), and whether the tab has text selected in an editor
 * (editor.getSelection, then editor.selectionChanged), which 「所选文字加入督办台账」 waits for; and the splits and
 * corrections made before saving, kept in storage.session by draft key (usePendingChoices).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from '#imports';
import type { ChecklistClient } from '@/lib/messaging/checklist';
import { editorChannel } from '@/lib/messaging/editor';
import type { AddedItem } from '@/lib/messaging/editor-protocol';
import { splitsFromLedger, type LedgerItem } from '@/lib/panel/splits';
import { pendingEditsStore, pendingSplitsStore, type PendingSplits, type PendingStore, type SessionArea } from '@/lib/panel/pending-splits';
import type { ActionEdits } from '@/lib/panel/edits';
import type { Analysis } from '@/lib/schema/analysis';
import type { Anchor, ItemKind, SkipRecord } from '@/lib/schema/checklist';

type Broadcast = NonNullable<ReturnType<typeof editorChannel.read>>;

/** Calls `on` with each editor-channel broadcast the panel receives, until the returned function is called. */
function onBroadcast(on: (message: Broadcast) => void): () => void {
  const listener = (message: unknown) => {
    const m = editorChannel.read(message);
    if (m) on(m);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export interface LedgerChoices {
  skips: readonly SkipRecord[];
  skip(request: { kind: ItemKind; anchor: Anchor; text: string }): Promise<unknown>;
  unskip(skipId: string): Promise<unknown>;
  /** The splits the draft's checklist holds, by action key. */
  ledgerSplits: Record<string, number[]>;
}

const NONE: readonly SkipRecord[] = [];

export function useLedgerChoices(client: ChecklistClient, key: string | null, existing: { documentId: string; revision: number } | null, text: string, analysis: Analysis | null): LedgerChoices {
  // Kept with the key they are for, so marks of another draft never show.
  const [skips, setSkips] = useState<{ key: string; list: SkipRecord[] } | null>(null);
  const [items, setItems] = useState<{ documentId: string; revision: number; list: LedgerItem[] } | null>(null);

  const reload = useCallback(
    (k: string) =>
      client.listSkips({ key: k }).then(
        (list) => setSkips({ key: k, list }),
        (error: unknown) => console.debug('luoshi: listSkips failed', error),
      ),
    [client],
  );

  useEffect(() => {
    if (!key) return undefined;
    void reload(key);
    return onBroadcast((m) => {
      if (m.type === 'editor.skipsChanged' && m.payload.key === key) void reload(key);
    });
  }, [key, reload]);

  useEffect(() => {
    if (!existing) return undefined;
    let alive = true;
    client.listItems({ documentId: existing.documentId }).then(
      (list) => alive && setItems({ documentId: existing.documentId, revision: existing.revision, list }),
      (error: unknown) => console.debug('luoshi: listItems failed', error),
    );
    return () => {
      alive = false;
    };
  }, [client, existing]);

  const ledgerItems = items && existing && items.documentId === existing.documentId ? items.list : null;
  const ledgerSplits = useMemo(() => (ledgerItems && analysis ? splitsFromLedger(text, analysis, ledgerItems) : {}), [ledgerItems, text, analysis]);

  const skip = useCallback(
    async (request: { kind: ItemKind; anchor: Anchor; text: string }) => {
      if (!key) return;
      await client.skipItem({ key, ...request });
      await reload(key);
    },
    [client, key, reload],
  );
  const unskip = useCallback(
    async (skipId: string) => {
      await client.unskipItem({ skipId });
      if (key) await reload(key);
    },
    [client, key, reload],
  );

  return { skips: skips && skips.key === key ? skips.list : NONE, skip, unskip, ledgerSplits };
}

/** What 「加入督办台账」 last gave: the item added, or why nothing was. */
export type AddResult = { item: AddedItem } | { error: string };

/**
 * A value the background keeps for tab `tabId`: asked once when the tab changes (`ask`), then followed by the
 * broadcasts `follow` reads (undefined: not about this tab); a broadcast that arrives before the answer wins over it.
 * Kept with its tab, so another tab's panel shows none. `ask`, `follow` and `what` are module constants.
 */
function useTabValue<T>(tabId: number | null, ask: (tabId: number) => Promise<T | null>, follow: (m: Broadcast, tabId: number) => T | undefined, what: string): [T | null, (value: T | null) => void] {
  const [state, setState] = useState<{ tabId: number | null; value: T } | null>(null);
  useEffect(() => {
    if (tabId === null) return undefined;
    let alive = true;
    let told = false;
    ask(tabId).then(
      (value) => {
        if (alive && !told && value !== null) setState({ tabId, value });
      },
      (error: unknown) => console.debug(`luoshi: ${what} failed`, error),
    );
    const stop = onBroadcast((m) => {
      const value = follow(m, tabId);
      if (value === undefined) return;
      told = true;
      setState({ tabId, value });
    });
    return () => {
      alive = false;
      stop();
    };
  }, [tabId, ask, follow, what]);
  const set = useCallback((value: T | null) => setState(value === null ? null : { tabId, value }), [tabId]);
  return [state && state.tabId === tabId ? state.value : null, set];
}

const askEditor = () => editorChannel.sender((message) => browser.runtime.sendMessage(message));

async function askAdded(tabId: number): Promise<AddResult | null> {
  const a = await askEditor()['editor.getAdded']({ tabId });
  if (!a) return null;
  if (a.item) return { item: a.item };
  return a.error !== null ? { error: a.error } : null;
}

function followAdded(m: Broadcast, tabId: number): AddResult | undefined {
  if (m.type === 'editor.itemAdded' && m.payload.tabId === tabId) return { item: { id: m.payload.id, text: m.payload.text, documentId: m.payload.documentId } };
  if (m.type === 'editor.addFailed' && m.payload.tabId === tabId) return { error: m.payload.message };
  return undefined;
}

/**
 * The last 「加入督办台账」 of tab `tabId` — from the context menu or the panel's button —, or null: the item added
 * (editor.itemAdded) or why the menu's add failed (editor.addFailed). Asked once when the tab changes
 * (editor.getAdded: the menu's click opens the panel, which may start listening only after the add is done).
 */
export function useAddOutcome(tabId: number | null): [AddResult | null, (result: AddResult | null) => void] {
  return useTabValue(tabId, askAdded, followAdded, 'getAdded');
}

const askSelection = (tabId: number) => askEditor()['editor.getSelection']({ tabId });
const followSelection = (m: Broadcast, tabId: number) => (m.type === 'editor.selectionChanged' && m.payload.tabId === tabId ? m.payload.has : undefined);

/**
 * Whether the tab `tabId` has text selected in an editor: asked when the tab changes, then followed by
 * editor.selectionChanged (the background also sends one when the tab navigates); a change that arrives before the
 * answer wins over it.
 */
export function usePageSelection(tabId: number | null): boolean {
  return useTabValue(tabId, askSelection, followSelection, 'getSelection')[0] === true;
}

const NO_PENDING = {};

/** One kind of pending choice of the draft `key` in a session store: read when the draft is shown, written on every change. */
function usePendingEntry<T extends object>(store: PendingStore<T>, key: string | null): { value: T; set(next: T): void } {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    if (!key) return undefined;
    let alive = true;
    void store.read(key).then((value) => {
      if (alive) setState((s) => (s && s.key === key ? s : { key, value }));
    });
    return () => {
      alive = false;
    };
  }, [key, store]);
  const set = useCallback(
    (next: T) => {
      if (!key) return;
      setState({ key, value: next });
      store.write(key, next).catch((error: unknown) => console.debug('luoshi: keeping the pending choices failed', error));
    },
    [key, store],
  );
  return { value: state && state.key === key ? state.value : (NO_PENDING as T), set };
}

/**
 * The splits and the owner/deadline corrections made in the panel for the draft `key` and not saved yet, kept in
 * storage.session (lib/panel/pending-splits.ts): read when the draft is shown, written on every change, forgotten by
 * `saved()` once the checklist holds them. So closing and reopening the panel keeps them.
 */
export function usePendingChoices(key: string | null): { splits: PendingSplits; setSplits(next: PendingSplits): void; edits: ActionEdits; setEdits(next: ActionEdits): void; saved(): void } {
  const stores = useMemo(() => {
    const session = (browser.storage as unknown as { session?: SessionArea }).session;
    return { splits: pendingSplitsStore(session), edits: pendingEditsStore(session) };
  }, []);
  const splits = usePendingEntry(stores.splits, key);
  const edits = usePendingEntry(stores.edits, key);
  const saved = useCallback(() => {
    if (!key) return;
    for (const store of [stores.splits, stores.edits]) store.clear(key).catch((error: unknown) => console.debug('luoshi: clearing the pending choices failed', error));
  }, [key, stores]);
  return { splits: splits.value, setSplits: splits.set, edits: edits.value, setEdits: edits.set, saved };
}

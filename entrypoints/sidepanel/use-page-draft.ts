/**
 * The active tab's draft for the side panel: its EditorState from the background, or — when it published none —
 * why not. Asked again on tab switch, navigation and editor.stateChanged; an answer that arrives after a newer
 * question is dropped, so a quick tab switch never shows the previous tab's draft.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoHighlightReason } from '@/lib/editors/contract';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { reasonWithoutState } from '@/lib/panel/draft-source';
import { activeTab, fetchEditorState, siteEnabledTest, watchActiveDraft, type ActiveTab } from './editor-source';

export interface PageDraft {
  loading: boolean;
  tab: ActiveTab | null;
  state: EditorState | null;
  /** Why the page has no highlights (null while it has them). */
  reason: NoHighlightReason | null;
  error: string | null;
}

export function usePageDraft(): PageDraft & { refresh(): void } {
  const [draft, setDraft] = useState<PageDraft>({ loading: true, tab: null, state: null, reason: null, error: null });
  const tabId = useRef<number | null>(null);
  const load = useRef<() => void>(() => {});

  useEffect(() => {
    let alive = true;
    let asked = 0;
    load.current = () => {
      const question = ++asked;
      const current = () => alive && question === asked;
      void (async () => {
        try {
          const tab = await activeTab();
          tabId.current = tab?.id ?? null;
          const state = tab ? await fetchEditorState(tab.id) : null;
          const reason = state ? (state.canHighlight ? null : state.reason) : tab ? reasonWithoutState(tab.url, await siteEnabledTest()) : null;
          if (current()) setDraft({ loading: false, tab, state, reason, error: null });
        } catch (error) {
          if (current()) setDraft((d) => ({ ...d, loading: false, error: error instanceof Error ? error.message : String(error) }));
        }
      })();
    };
    load.current();
    const stop = watchActiveDraft(
      () => tabId.current,
      () => load.current(),
    );
    return () => {
      alive = false;
      stop();
    };
  }, []);

  return { ...draft, refresh: () => load.current() };
}

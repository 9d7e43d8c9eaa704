/** Messages the background and the side panel send to a tab's content scripts (tabs.sendMessage). */
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { isChannelMessage } from '@/lib/messaging/channel';
import type { Annotator } from './annotator';

/**
 * Answers editor.reveal for an editor of this frame, and editor.republish (the background dropped the tab's states
 * on a navigation), editor.pageSettings (the language or the badge's place changed: ask again), editor.skipsChanged
 * (the checklist's 不入台账 marks changed: ask which entries are skipped) and editor.recheck (the enabled sites changed: `recheck` asks the background again) without an
 * answer, since every frame gets them; anything else is left for other listeners.
 */
export function handleTabMessage(message: unknown, annotator: Pick<Annotator, 'reveal' | 'republish'> & Partial<Pick<Annotator, 'pageSettings' | 'skipsChanged'>> | null, sendResponse: (response: unknown) => void, recheck?: () => void): undefined {
  // nb. Checked by hand, not with the channel's zod schema: the content script stays free of zod.
  if (!isChannelMessage(EDITOR_CHANNEL, message)) return undefined;
  const m = message as { type: unknown; payload?: { editorId?: unknown; start?: unknown; end?: unknown } | null };
  if (m.type === 'editor.republish') {
    annotator?.republish();
    return undefined;
  }
  if (m.type === 'editor.pageSettings') {
    annotator?.pageSettings?.();
    return undefined;
  }
  if (m.type === 'editor.skipsChanged') {
    annotator?.skipsChanged?.();
    return undefined;
  }
  if (m.type === 'editor.recheck') {
    recheck?.();
    return undefined;
  }
  if (m.type !== 'editor.reveal') return undefined;
  const p = m.payload;
  const valid = !!p && typeof p.editorId === 'string' && Number.isInteger(p.start) && Number.isInteger(p.end) && (p.start as number) >= 0 && (p.end as number) >= (p.start as number);
  if (!valid) sendResponse({ ok: false, error: { code: 'bad_request', message: 'editor.reveal 的内容无效' } });
  else if (!annotator) sendResponse({ ok: false, error: { code: 'not_found', message: '本页未启用落实' } });
  else if (!annotator.reveal(p.editorId as string, p.start as number, p.end as number)) sendResponse({ ok: false, error: { code: 'not_found', message: `本页没有编辑器 ${String(p.editorId)}` } });
  else sendResponse({ ok: true, value: null });
  return undefined;
}

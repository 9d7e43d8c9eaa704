import { describe, expect, it, vi } from 'vitest';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { handleTabMessage } from './tab-messages';

function annotator(has: string) {
  return { reveal: vi.fn<(id: string, start: number, end: number) => boolean>((id) => id === has), republish: vi.fn<() => void>() };
}

describe('handleTabMessage', () => {
  it('reveals a span of an editor of this frame', () => {
    const a = annotator('quill-1');
    const answer = vi.fn<(response: unknown) => void>();
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'quill-1', start: 2, end: 5 } }, a, answer);
    expect(a.reveal).toHaveBeenCalledWith('quill-1', 2, 5);
    expect(answer).toHaveBeenCalledWith({ ok: true, value: null });
  });

  it('answers not_found for another editor or a disabled site, bad_request for a bad span', () => {
    const answer = vi.fn<(response: unknown) => void>();
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'lexical-9', start: 0, end: 1 } }, annotator('quill-1'), answer);
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'quill-1', start: 0, end: 1 } }, null, answer);
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'quill-1', start: 5, end: 1 } }, annotator('quill-1'), answer);
    expect(answer.mock.calls.map(([r]) => (r as { error: { code: string } }).error.code)).toEqual(['not_found', 'not_found', 'bad_request']);
  });

  it('asks again whether the site is on, on editor.recheck, without answering', () => {
    const recheck = vi.fn<() => void>();
    const answer = vi.fn<(response: unknown) => void>();
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.recheck', payload: {} }, null, answer, recheck);
    handleTabMessage({ channel: 'other', type: 'editor.recheck', payload: {} }, null, answer, recheck);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(answer).not.toHaveBeenCalled();
  });

  it('asks again for the language and the badge on editor.pageSettings, without answering', () => {
    const pageSettings = vi.fn<() => void>();
    const answer = vi.fn<(response: unknown) => void>();
    const a = { reveal: () => true, republish: () => undefined, pageSettings };
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.pageSettings', payload: {} }, a, answer);
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.pageSettings', payload: {} }, null, answer);
    expect(pageSettings).toHaveBeenCalledTimes(1);
    expect(answer).not.toHaveBeenCalled();
  });

  it('publishes again on editor.republish, without answering (every frame gets it)', () => {
    const a = annotator('quill-1');
    const answer = vi.fn<(response: unknown) => void>();
    handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }, a, answer);
    expect(a.republish).toHaveBeenCalledTimes(1);
    expect(answer).not.toHaveBeenCalled();
    expect(() => handleTabMessage({ channel: EDITOR_CHANNEL, type: 'editor.republish', payload: {} }, null, answer)).not.toThrow();
  });

  it('leaves other messages to other listeners', () => {
    const a = annotator('quill-1');
    const answer = vi.fn<(response: unknown) => void>();
    for (const m of [null, 'x', { channel: 'luoshi.checklist', type: 'editor.reveal' }, { channel: EDITOR_CHANNEL, type: 'editor.analyze', payload: {} }]) {
      expect(handleTabMessage(m, a, answer)).toBeUndefined();
    }
    expect(answer).not.toHaveBeenCalled();
    expect(a.reveal).not.toHaveBeenCalled();
  });
});

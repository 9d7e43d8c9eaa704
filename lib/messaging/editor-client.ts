/**
 * Sending editor messages from a content script: typed, the envelope added, the Result unwrapped. Side-effect free
 * and without zod, so the content script stays small (the background validates what it receives).
 */
import { EDITOR_CHANNEL } from '../editors/contract';
import type { EditorMessageType, EditorProtocol } from './editor-protocol';
import type { Result } from './channel';

/** Thrown when the background answers with an error, or not at all. */
export class EditorRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EditorRequestError';
  }
}

/** Sends one editor message through `send` (`browser.runtime.sendMessage`) and resolves with its value. */
export async function sendEditorMessage<K extends EditorMessageType>(
  send: (message: unknown) => Promise<unknown>,
  type: K,
  payload: EditorProtocol[K]['request'],
): Promise<EditorProtocol[K]['response']> {
  const result = (await send({ channel: EDITOR_CHANNEL, type, payload })) as Result<EditorProtocol[K]['response']> | undefined;
  if (!result) throw new EditorRequestError('no_response', '后台没有响应');
  if (!result.ok) throw new EditorRequestError(result.error.code, result.error.message);
  return result.value;
}

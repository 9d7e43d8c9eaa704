/**
 * Sending checklist messages: `checklistClient(send)` gives one typed async function per message type. `send` is
 * `browser.runtime.sendMessage` in the extension and a direct call in tests. Side-effect free and without zod, so
 * a content script can import it cheaply.
 */
import { CHECKLIST_CHANNEL, type ChecklistMessageType, type ChecklistProtocol, type Result } from './protocol';

/** Thrown when the background answers with an error; carries its code and issues. */
export class ChecklistRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ChecklistRequestError';
  }
}

export type ChecklistClient = {
  [K in ChecklistMessageType]: (request: ChecklistProtocol[K]['request']) => Promise<ChecklistProtocol[K]['response']>;
};

/** The client over `send`; each call resolves with the response or rejects with a ChecklistRequestError. */
export function checklistClient(send: (message: unknown) => Promise<unknown>): ChecklistClient {
  const call = async (type: ChecklistMessageType, payload: unknown) => {
    const result = (await send({ channel: CHECKLIST_CHANNEL, type, payload })) as Result<unknown> | undefined;
    if (!result) throw new ChecklistRequestError('no_response', '后台没有响应');
    if (!result.ok) throw new ChecklistRequestError(result.error.code, result.error.message, result.error.issues);
    return result.value;
  };
  return new Proxy({} as ChecklistClient, { get: (_, type) => (payload: unknown) => call(type as ChecklistMessageType, payload) });
}

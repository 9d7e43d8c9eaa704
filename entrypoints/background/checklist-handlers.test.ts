import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LuoshiDB } from '@/lib/db/database';
import { CHECKLIST_CHANNEL } from '@/lib/messaging/protocol';
import { registerChecklistHandlers, type RuntimeLike } from './checklist-handlers';

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

const db = new LuoshiDB('background-handlers');
afterEach(async () => {
  await db.delete();
});

function fakeRuntime() {
  let listener: Listener | undefined;
  const runtime: RuntimeLike = { id: 'luoshi-id', onMessage: { addListener: (l) => (listener = l) } };
  registerChecklistHandlers(db, runtime);
  const send = (message: unknown, senderId = 'luoshi-id') =>
    new Promise<{ keptOpen: true | undefined; response: unknown }>((resolve) => {
      let keptOpen: true | undefined;
      keptOpen = listener!(message, { id: senderId }, (response) => setTimeout(() => resolve({ keptOpen, response })));
      if (keptOpen === undefined) setTimeout(() => resolve({ keptOpen, response: undefined }), 20);
    });
  return { send };
}

describe('registerChecklistHandlers', () => {
  it('answers our messages asynchronously, keeping the channel open', async () => {
    const { send } = fakeRuntime();
    const r = await send({ channel: CHECKLIST_CHANNEL, type: 'listDocuments', payload: {} });
    expect(r).toEqual({ keptOpen: true, response: { ok: true, value: [] } });
  });

  it('leaves other messages to other listeners', async () => {
    const { send } = fakeRuntime();
    expect(await send({ type: 'ping' })).toEqual({ keptOpen: undefined, response: undefined });
  });

  it('refuses messages from another extension', async () => {
    const { send } = fakeRuntime();
    const r = await send({ channel: CHECKLIST_CHANNEL, type: 'listDocuments', payload: {} }, 'someone-else');
    expect(r.response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

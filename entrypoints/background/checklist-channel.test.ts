import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LuoshiDB } from '@/lib/db/database';
import { CHECKLIST_CHANNEL } from '@/lib/messaging/checklist';
import type { MessageSender } from '@/lib/messaging/trust';
import { listenChecklistChannel, type RuntimeLike } from './checklist-channel';

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

let db: LuoshiDB;
let seq = 0;
beforeEach(() => {
  db = new LuoshiDB(`background-checklist-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

function fakeRuntime() {
  let listener: Listener | undefined;
  const runtime: RuntimeLike = { id: 'luoshi-id', getURL: (p) => `chrome-extension://luoshi-id${p}`, onMessage: { addListener: (l) => (listener = l) } };
  listenChecklistChannel(db, runtime);
  const send = (message: unknown, sender: MessageSender = { id: 'luoshi-id', url: 'chrome-extension://luoshi-id/dashboard.html' }) =>
    new Promise<{ keptOpen: true | undefined; response: unknown }>((resolve) => {
      let keptOpen: true | undefined;
      keptOpen = listener!(message, sender, (response) => setTimeout(() => resolve({ keptOpen, response })));
      if (keptOpen === undefined) setTimeout(() => resolve({ keptOpen, response: undefined }), 20);
    });
  return { send };
}

describe('listenChecklistChannel', () => {
  it('answers our messages asynchronously, keeping the channel open', async () => {
    const { send } = fakeRuntime();
    const r = await send({ channel: CHECKLIST_CHANNEL, type: 'listDocuments', payload: {} });
    expect(r).toEqual({ keptOpen: true, response: { ok: true, value: [] } });
  });

  it('leaves other messages to other listeners', async () => {
    const { send } = fakeRuntime();
    expect(await send({ type: 'ping' })).toEqual({ keptOpen: undefined, response: undefined });
  });

  it('refuses messages from another extension, and from content scripts — on any site, enabled or not', async () => {
    const { send } = fakeRuntime();
    const message = { channel: CHECKLIST_CHANNEL, type: 'listDocuments', payload: {} };
    const senders: MessageSender[] = [
      { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
      { id: 'luoshi-id', url: 'https://oa.example.gov.cn/doc/1', origin: 'https://oa.example.gov.cn', tab: { id: 4 }, frameId: 0 },
      { id: 'luoshi-id', url: 'about:blank', origin: 'https://news.example.com', tab: { id: 4 }, frameId: 3 },
      // A page cannot pass for the extension by its path.
      { id: 'luoshi-id', url: 'https://evil.example/chrome-extension://luoshi-id/dashboard.html', tab: { id: 5 } },
      { id: 'luoshi-id' },
    ];
    for (const sender of senders) expect((await send(message, sender)).response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The side panel, dashboard and options page, in the panel or in a tab.
    expect((await send(message, { id: 'luoshi-id', url: 'chrome-extension://luoshi-id/sidepanel.html?tab=4', tab: { id: 9 } })).response).toEqual({ ok: true, value: [] });
  });

  it('answers malformed payloads and unknown types from its own pages with bad_request, writing nothing', async () => {
    const { send } = fakeRuntime();
    for (const [type, payload] of [
      ['saveAnalysis', { key: '', text: 'x', analysis: {} }],
      ['setStatus', { itemId: 'a', status: '推进中' }],
      ['listItems', { status: 'done', trash: 'yes' }],
      ['listDocuments', null],
      ['dropDatabase', {}],
      ['__proto__', {}],
    ] as const) {
      expect((await send({ channel: CHECKLIST_CHANNEL, type, payload })).response).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(await db.documents.count()).toBe(0);
  });
});

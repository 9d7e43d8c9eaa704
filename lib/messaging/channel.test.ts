import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channelRequest, ChannelError, defineChannel, RequestError, unwrap, type OnMessage } from './channel';
import type { MessageSender } from './trust';

interface Greeting {
  greet: { request: { name: string }; response: string };
  count: { request: { n: number }; response: number };
  /** Declared on the channel, handled by nobody here (like the editor's tab-bound messages). */
  quiet: { request: Record<string, never>; response: null };
}

const schemas = {
  greet: { request: z.object({ name: z.string().max(5) }), response: z.string() },
  count: { request: z.object({ n: z.number().int() }), response: z.number().nonnegative() },
  quiet: { request: z.object({}).strict(), response: null },
};
const channel = defineChannel<Greeting, typeof schemas>('test.greeting', schemas);

class Missing extends Error {}

const handle = channel.handler<{ who: string }>(
  {
    greet: (p, from) => `你好，${p.name}（${from.who}）`,
    count: async (p) => {
      if (p.n === 0) throw new ChannelError('zero', '不能为零', [{ path: 'n', message: '为零' }]);
      if (p.n === 1) throw new Missing('没有这一项');
      if (p.n === 2) throw new TypeError('坏了');
      return p.n * 2;
    },
  },
  { knownError: (e) => (e instanceof Missing ? { code: 'not_found', message: e.message } : null) },
);

describe('defineChannel', () => {
  it('round-trips a typed request through the sender and the handler', async () => {
    const send = channel.sender(async (m) => structuredClone(channel.is(m) ? await handle(m, { who: '测试' }) : undefined));
    expect(await send.greet({ name: '张三' })).toBe('你好，张三（测试）');
    expect(await send.count({ n: 4 })).toBe(8);
    expect(channel.envelope('greet', { name: 'a' })).toEqual({ channel: 'test.greeting', type: 'greet', payload: { name: 'a' } });
  });

  it('answers a synchronous handler synchronously (a user gesture survives)', () => {
    expect(handle({ type: 'greet', payload: { name: 'a' } }, { who: 'x' })).toEqual({ ok: true, value: '你好，a（x）' });
  });

  it('refuses unknown types, inherited names and declared types nobody handles', async () => {
    for (const type of ['nope', 'toString', '__proto__', 'constructor', 42, undefined, 'quiet']) {
      expect(await handle({ type, payload: {} }, { who: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });

  it('refuses malformed payloads with their paths, before the handler runs', async () => {
    const greet = vi.fn<(p: { name: string }) => string>(() => 'x');
    const h = channel.handler<null>({ greet });
    for (const payload of [{ name: '太长的名字呀' }, { name: 3 }, null, 'x', [], { nom: 'a' }]) {
      expect(await h({ type: 'greet', payload }, null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(await h({ type: 'greet', payload: { name: 7 } }, null)).toMatchObject({ error: { issues: [{ path: 'name' }] } });
    expect(greet).not.toHaveBeenCalled();
  });

  it('turns thrown errors into results: a ChannelError keeps its code, a known error is mapped, the rest is internal', async () => {
    expect(await handle({ type: 'count', payload: { n: 0 } }, { who: 'x' })).toEqual({ ok: false, error: { code: 'zero', message: '不能为零', issues: [{ path: 'n', message: '为零' }] } });
    expect(await handle({ type: 'count', payload: { n: 1 } }, { who: 'x' })).toEqual({ ok: false, error: { code: 'not_found', message: '没有这一项' } });
    expect(await handle({ type: 'count', payload: { n: 2 } }, { who: 'x' })).toEqual({ ok: false, error: { code: 'internal', message: '坏了' } });
  });

  it('checks the response: an answer in another shape is a bad_response', async () => {
    const send = channel.sender(async () => ({ ok: true, value: -1 }));
    await expect(send.count({ n: 1 })).rejects.toMatchObject({ code: 'bad_response' });
    await expect(channel.sender(async () => ({ ok: true, value: 3 })).greet({ name: 'a' })).rejects.toBeInstanceOf(RequestError);
  });

  it('reads a listen-only message only when its request passes', () => {
    expect(channel.read({ channel: 'test.greeting', type: 'greet', payload: { name: 'a' } })).toEqual({ type: 'greet', payload: { name: 'a' } });
    expect(channel.read({ channel: 'test.greeting', type: 'greet', payload: { name: 1 } })).toBeNull();
    expect(channel.read({ channel: 'other', type: 'greet', payload: { name: 'a' } })).toBeNull();
    expect(channel.read({ channel: 'test.greeting', type: 'hasOwnProperty', payload: {} })).toBeNull();
  });
});

// The schemas and the protocol are kept in step at compile time (`npm run check` fails on each line below if not).
export function schemaMismatchesDoNotCompile() {
  // @ts-expect-error greet answers a string, not a number
  defineChannel<Greeting>('x', { ...schemas, greet: { request: schemas.greet.request, response: z.number() } });
  // @ts-expect-error count's request takes a number
  defineChannel<Greeting>('x', { ...schemas, count: { request: z.object({ n: z.string() }), response: null } });
  // @ts-expect-error every type has its schemas
  defineChannel<Greeting>('x', { greet: schemas.greet, count: schemas.count });
}

describe('unwrap and the bare sender', () => {
  it('gives the value, or a RequestError for an error, nothing, or another shape', () => {
    expect(unwrap({ ok: true, value: 1 })).toBe(1);
    expect(() => unwrap({ ok: false, error: { code: 'forbidden', message: '不行' } })).toThrow(expect.objectContaining({ code: 'forbidden', message: '不行' }));
    expect(() => unwrap(undefined)).toThrow(expect.objectContaining({ code: 'no_response' }));
    for (const junk of [null, 'ok', { value: 1 }, { ok: 'yes' }]) expect(() => unwrap(junk)).toThrow(expect.objectContaining({ code: 'bad_response' }));
    expect(() => unwrap({ ok: false })).toThrow(expect.objectContaining({ code: 'internal' }));
  });

  it('sends the envelope without zod', async () => {
    const sent: unknown[] = [];
    const request = channelRequest<Greeting>('test.greeting', async (m) => (sent.push(m), { ok: true, value: 'hi' }));
    expect(await request('greet', { name: 'a' })).toBe('hi');
    expect(sent).toEqual([{ channel: 'test.greeting', type: 'greet', payload: { name: 'a' } }]);
  });
});

describe('listen', () => {
  type Listener = Parameters<OnMessage['addListener']>[0];
  function listening(allow: (type: unknown, sender: MessageSender) => boolean | Promise<boolean>, h = channel.handler<MessageSender>({ greet: (p) => p.name, count: (p) => p.n })) {
    let listener: Listener | undefined;
    channel.listen({ addListener: (l) => (listener = l) }, { allow, handle: h });
    return (message: unknown, sender: MessageSender = { id: 'me' }) =>
      new Promise<{ keptOpen: true | undefined; response: unknown }>((resolve) => {
        const keptOpen = listener!(message, sender, (response) => queueMicrotask(() => resolve({ keptOpen, response })));
        if (keptOpen === undefined) setTimeout(() => resolve({ keptOpen, response: undefined }), 10);
      });
  }
  const greet = { channel: 'test.greeting', type: 'greet', payload: { name: 'a' } };

  it('leaves other messages alone', async () => {
    const send = listening(() => true);
    for (const m of [{ type: 'greet' }, { channel: 'test.other', type: 'greet', payload: {} }, 'greet', null]) expect(await send(m)).toEqual({ keptOpen: undefined, response: undefined });
  });

  it('refuses a sender judged untrusted at once or later, and answers the trusted', async () => {
    expect(await listening(() => false)(greet)).toMatchObject({ response: { ok: false, error: { code: 'forbidden' } } });
    expect(await listening(async () => false)(greet)).toMatchObject({ keptOpen: true, response: { ok: false, error: { code: 'forbidden' } } });
    expect(await listening(async () => true)(greet)).toEqual({ keptOpen: true, response: { ok: true, value: 'a' } });
    const bySender = listening((_t, s) => s.id === 'me');
    expect(await bySender(greet, { id: 'other' })).toMatchObject({ response: { error: { code: 'forbidden' } } });
    expect(await bySender(greet)).toMatchObject({ response: { ok: true } });
  });

  it('answers internal when judging or handling throws', async () => {
    const broken = () => {
      throw new Error('policy unreadable');
    };
    expect(await listening(broken)(greet)).toMatchObject({ response: { ok: false, error: { code: 'internal', message: 'policy unreadable' } } });
    expect(await listening(async () => broken())(greet)).toMatchObject({ response: { ok: false, error: { code: 'internal' } } });
    expect(await listening(() => true, () => Promise.reject(new Error('boom')))(greet)).toMatchObject({ response: { ok: false, error: { code: 'internal', message: 'boom' } } });
  });

  it('calls the handler inside the message event when the sender is judged at once', () => {
    let listener: Listener | undefined;
    const calls: string[] = [];
    channel.listen({ addListener: (l) => (listener = l) }, { allow: () => true, handle: () => (calls.push('handled'), { ok: true, value: null }) });
    listener!(greet, { id: 'me' }, () => undefined);
    expect(calls).toEqual(['handled']);
  });
});

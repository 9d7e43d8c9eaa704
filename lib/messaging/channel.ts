/**
 * The one plumbing of every message channel between the extension's contexts (read-frog's typed protocol map,
 * hypothesis' RPC `Result`): `defineChannel(name, schemas)` gives
 *   sender    typed functions, one per message type; the answer's Result unwrapped (`unwrap`) and its value checked
 *             with the type's response schema — an error answer becomes a thrown `RequestError`;
 *   handler   the receiver's side: recognise the type (own keys only), zod-check the request, call the handler,
 *             answer a `Result` — never a thrown error, which does not cross contexts intact;
 *   listen    a `runtime.onMessage` listener: our envelope only, the sender judged first (`allow`, see trust.ts),
 *             then the handler; answered through `sendResponse` (Chromium and Firefox both support it).
 * A content script must stay free of zod: it sends with `channelRequest(name, send)` (this module imports zod for
 * types only) and the background, which validates every request, is the side that checks.
 */
import type { z } from 'zod';
import { formatPath } from '../schema/issue-path';
import { FORBIDDEN, type MessageSender } from './trust';

export interface ProtocolError {
  /** forbidden (trust.ts), bad_request (failed validation), no_response, bad_response, internal, or a channel's own codes. */
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** A channel's map from message type to request and response. */
export type Protocol<P = Record<string, never>> = { [K in keyof P]: { request: unknown; response: unknown } };

/** The zod schemas of a channel: each type's request (checked by the receiver) and response (checked by the sender). */
export type ChannelSchemas<P extends Protocol<P>> = {
  [K in keyof P]: { request: z.ZodType<unknown, P[K]['request']>; response: z.ZodType<P[K]['response'], unknown> | null };
};

/** What travels on runtime messaging: the channel's tag, the type, the request. */
export interface Envelope<P extends Protocol<P> = Protocol, K extends keyof P & string = keyof P & string> {
  channel: string;
  type: K;
  payload: P[K]['request'];
}

/** Thrown by a sender when the receiver answers with an error, answers nothing, or answers in another shape. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** A handler's way to answer with a coded error (it becomes `{ok: false, error}`). */
export class ChannelError extends RequestError {}

/** The value of a received Result, or a RequestError (no_response for nothing, bad_response for another shape). */
export function unwrap<T>(answer: unknown): T {
  if (answer === undefined) throw new RequestError('no_response', '后台没有响应');
  if (typeof answer !== 'object' || answer === null || typeof (answer as { ok?: unknown }).ok !== 'boolean') throw new RequestError('bad_response', '后台的回答格式不对');
  const result = answer as Result<T>;
  if (result.ok) return result.value;
  const error = (result.error ?? {}) as Partial<ProtocolError>;
  throw new RequestError(String(error.code ?? 'internal'), String(error.message ?? '未知错误'), Array.isArray(error.issues) ? error.issues : []);
}

/** How messages leave: `browser.runtime.sendMessage`, `tabs.sendMessage` bound to a tab, or a direct call in tests. */
export type Send = (message: unknown) => Promise<unknown>;

/** Whether a runtime message is an envelope of channel `name` (anything else is left to other listeners). */
export function isChannelMessage(name: string, message: unknown): message is { channel: string; type: unknown; payload: unknown } {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === name;
}

/**
 * The bare sender of channel `name` over `send`, without zod (for the content script): resolves with the answer's
 * value or rejects with a RequestError. `defineChannel`'s sender is this plus the response check.
 */
export function channelRequest<P extends Protocol<P>>(name: string, send: Send) {
  return async <K extends keyof P & string>(type: K, payload: P[K]['request']): Promise<P[K]['response']> =>
    unwrap<P[K]['response']>(await send({ channel: name, type, payload } satisfies Envelope<P, K>));
}

/** The issues of a failed zod check, as paths and messages (at most 5). */
export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 5).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

const fail = (code: string, message: string, issues?: ProtocolError['issues']): Result<never> => ({ ok: false, error: issues ? { code, message, issues } : { code, message } });

/** The typed sender: one async function per message type. */
export type Sender<P extends Protocol<P>> = { [K in keyof P & string]: (request: P[K]['request']) => Promise<P[K]['response']> };

/** The receiver's functions, given the checked request and who sent it; they may throw a ChannelError. */
export type Handlers<P extends Protocol<P>, S extends ChannelSchemas<P>, C> = {
  [K in keyof P]?: (payload: z.output<S[K]['request']>, from: C) => P[K]['response'] | Promise<P[K]['response']>;
};

export interface HandlerOptions {
  /** A thrown error the channel knows (e.g. the repository's ChecklistError), as a ProtocolError; else `internal`. */
  knownError?(error: unknown): ProtocolError | null;
}

/** A handler as the listener calls it: synchronous when the handler is (a user gesture survives), else a promise. */
export type Handle<C> = (message: { type: unknown; payload: unknown }, from: C) => Result<unknown> | Promise<Result<unknown>>;

/** The part of `runtime.onMessage` a listener needs (a fake in tests). */
export interface OnMessage {
  addListener(listener: (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => true | undefined): void;
}

export interface ListenOptions {
  /**
   * Whether `sender` may send `type` (trust.ts): decided now, or later (a promise; the handler runs after it). A
   * type that is not a string is let through to be answered bad_request. Refused senders get FORBIDDEN.
   */
  allow(type: unknown, sender: MessageSender): boolean | Promise<boolean>;
  /** The handler (usually `channel.handler(...)`, possibly wrapped). */
  handle: Handle<MessageSender>;
}

export interface Channel<P extends Protocol<P>, S extends ChannelSchemas<P>> {
  readonly name: string;
  readonly schemas: S;
  /** Whether a message is this channel's envelope. */
  is(message: unknown): message is { channel: string; type: unknown; payload: unknown };
  envelope<K extends keyof P & string>(type: K, payload: P[K]['request']): Envelope<P, K>;
  /** A message of this channel whose request passes its schema, as `{type, payload}`; else null (listen-only pages). */
  read(message: unknown): { [K in keyof P & string]: { type: K; payload: z.output<S[K]['request']> } }[keyof P & string] | null;
  sender(send: Send): Sender<P>;
  handler<C>(handlers: Handlers<P, S, C>, options?: HandlerOptions): Handle<C>;
  /** Adds the channel's listener to `onMessage`. */
  listen(onMessage: OnMessage, options: ListenOptions): void;
}

/** One channel: its tag on runtime messaging and the zod schemas of its requests and responses. */
export function defineChannel<P extends Protocol<P>, S extends ChannelSchemas<P> = ChannelSchemas<P>>(name: string, schemas: S): Channel<P, S> {
  const known = (type: unknown): type is keyof P & string => typeof type === 'string' && Object.hasOwn(schemas, type);
  const is = (message: unknown) => isChannelMessage(name, message);
  const check = (type: keyof P & string, value: unknown) => {
    const schema = schemas[type].response;
    if (!schema) return value;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issues = zodIssues(parsed.error);
    throw new RequestError('bad_response', `${type} 的回答格式不对：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`, issues);
  };
  return {
    name,
    schemas,
    is,
    envelope: (type, payload) => ({ channel: name, type, payload }),
    read(message) {
      if (!is(message) || !known(message.type)) return null;
      const parsed = schemas[message.type].request.safeParse(message.payload);
      return parsed.success ? ({ type: message.type, payload: parsed.data } as never) : null;
    },
    sender(send) {
      const request = channelRequest<P>(name, send);
      const sender = {} as Record<string, (payload: unknown) => Promise<unknown>>;
      for (const type of Object.keys(schemas) as (keyof P & string)[]) sender[type] = async (payload) => check(type, await request(type, payload as never));
      return sender as Sender<P>;
    },
    handler(handlers, options = {}) {
      return (message, from) => {
        const type = message.type;
        if (!known(type)) return fail('bad_request', `未知的消息类型 ${String(type)}`);
        const handle = handlers[type];
        if (!handle) return fail('bad_request', `${name} 的接收方不处理 ${type}`);
        const parsed = schemas[type].request.safeParse(message.payload);
        if (!parsed.success) {
          const issues = zodIssues(parsed.error);
          return fail('bad_request', `消息 ${type} 的内容无效：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`, issues);
        }
        const failure = (error: unknown): Result<never> => {
          if (error instanceof RequestError) return fail(error.code, error.message, error.issues.length ? [...error.issues] : undefined);
          const mapped = options.knownError?.(error);
          if (mapped) return { ok: false, error: mapped };
          return fail('internal', error instanceof Error ? error.message : String(error));
        };
        try {
          const value = handle(parsed.data as never, from);
          return value instanceof Promise ? value.then((v): Result<unknown> => ({ ok: true, value: v }), failure) : { ok: true, value };
        } catch (error) {
          return failure(error);
        }
      };
    },
    listen(onMessage, { allow, handle }) {
      const internal = (error: unknown) => fail('internal', error instanceof Error ? error.message : String(error));
      onMessage.addListener((message, sender, sendResponse) => {
        if (!is(message)) return undefined;
        let verdict: boolean | Promise<boolean>;
        try {
          verdict = allow(message.type, sender);
        } catch (error) {
          sendResponse(internal(error));
          return undefined;
        }
        if (verdict === false) {
          sendResponse(FORBIDDEN);
          return undefined;
        }
        let answer: Result<unknown> | Promise<unknown>;
        try {
          // nb. Called at once when the sender is judged at once: a handler that needs the user gesture still has it.
          answer = verdict === true ? handle(message, sender) : verdict.then((ok) => (ok ? handle(message, sender) : FORBIDDEN));
        } catch (error) {
          answer = internal(error);
        }
        Promise.resolve(answer).then(sendResponse, (error: unknown) => sendResponse(internal(error)));
        return true;
      });
    },
  };
}

/**
 * The dashboard's analysis worker (a module Web Worker made by ./analyze-off-thread.ts): it answers each
 * `analyze` request with the Analysis, or with the error the engine threw as text — never by dying — so that the
 * page can tell a failed analysis (an answer) from a worker that failed to start (an error event before `ready`).
 * The engine is pure, so it runs here unchanged.
 */
import { analyze } from '../analysis/index';
import type { AnalyzeReply, AnalyzeRequest } from './analyze-off-thread';

/** The answer to one request: the Analysis, or the error as name and message. */
export function answer(request: AnalyzeRequest, run: typeof analyze = analyze): AnalyzeReply {
  try {
    return { type: 'analysis', id: request.id, analysis: run(request.text, request.options ?? {}) };
  } catch (e) {
    return { type: 'error', id: request.id, name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** What `serve` needs of the worker's global scope. */
export interface WorkerScopeLike {
  postMessage(reply: AnalyzeReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const isRequest = (data: unknown): data is AnalyzeRequest => {
  const r = data as Partial<AnalyzeRequest> | null;
  return !!r && r.type === 'analyze' && typeof r.id === 'number' && typeof r.text === 'string';
};

/** Answers the page's requests in `scope`, after saying that the worker has started. */
export function serve(scope: WorkerScopeLike, run: typeof analyze = analyze): void {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  const reply = (r: AnalyzeReply) => scope.postMessage(r);
  scope.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (isRequest(data)) reply(answer(data, run));
    // A request the page got wrong is still answered, so that it does not wait for ever.
    else if (data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'number') {
      reply({ type: 'error', id: (data as { id: number }).id, name: 'TypeError', message: '请求格式不对' });
    }
  });
  reply({ type: 'ready' });
}

// Inside a worker (not when a test or the page imports this file), start serving.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function' && typeof (globalThis as { document?: unknown }).document === 'undefined') {
  serve(globalThis as unknown as WorkerScopeLike);
}

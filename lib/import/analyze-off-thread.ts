/**
 * The analysis of imported drafts, off the dashboard's main thread: a module Web Worker (./analyze-worker.ts, which
 * Vite bundles into the extension as its own 'self' script) runs `analyze`, so that a large file (1 MB of text is
 * about a second of work) neither freezes the page nor stalls its progress bar. Messages are typed both ways and
 * the Analysis that comes back is checked with the zod schema before anyone saves it. Where there is no `Worker`
 * (node, happy-dom) or the worker fails to start, the same engine runs here instead; an error inside the worker
 * rejects with a Chinese sentence naming the worker's own message.
 */
import { analyze } from '../analysis/index';
import { analysisSchema, type Analysis, type AnalyzeOptions } from '../schema/analysis';

/** Page → worker: analyse `text` with `options`; `id` pairs the answer with its request. */
export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** Worker → page: the worker has started; the Analysis of request `id`; or the error `analyze` threw for it. */
export type AnalyzeReply = { type: 'ready' } | { type: 'analysis'; id: number; analysis: Analysis } | { type: 'error'; id: number; name: string; message: string };

/** What the client needs of a Worker: a real one, or a fake in tests. */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void;
  terminate(): void;
  addEventListener(type: 'message' | 'messageerror', listener: (event: MessageEvent) => void): void;
  /** A script error (ErrorEvent), or a plain Event when the worker's file failed to load. */
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** Where the analyses run: not yet decided, in the worker, or on this thread (no worker, or it failed to start). */
export type AnalyzerThread = 'none' | 'worker' | 'main';

/** An analysis failed; `message` is a sentence for the person (Chinese), `detail` what the engine or browser said. */
export class AnalyzeError extends Error {
  override name = 'AnalyzeError';
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

/** Analyses drafts off the page's thread where it can. */
export interface OffThreadAnalyzer {
  /** The Analysis of `text`, checked against the schema; rejects with an AnalyzeError. */
  analyze(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /** Where the last analysis ran (for the page's progress bar and the e2e suite). */
  readonly thread: AnalyzerThread;
  /** Stops the worker; analyses still running reject. The next `analyze` starts a new worker. */
  dispose(): void;
}

export interface OffThreadAnalyzerDeps {
  /** Makes the worker; `null` or a throw means there is none, and analyses run on this thread. */
  createWorker?: () => WorkerLike | null;
  /** The engine on this thread: the fallback. */
  analyzeHere?: (text: string, options: AnalyzeOptions) => Analysis;
  /** Told once when the worker cannot be used (the page logs it). */
  onFallback?: (reason: string) => void;
}

/** The bundled worker, or null where the platform has no Worker. */
export function createAnalyzeWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  // Vite recognises this exact form and emits the worker (with the engine) as a chunk of its own.
  return new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module', name: 'luoshi-analyze' });
}

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** The first problems of a reply that is not an Analysis, named by path. */
export function analysisProblems(value: unknown, max = 3): string | null {
  const parsed = analysisSchema.safeParse(value);
  if (parsed.success) return null;
  return parsed.error.issues
    .slice(0, max)
    .map((i) => `${i.path.join('.') || '(根)'}：${i.message}`)
    .join('；');
}

interface Pending {
  text: string;
  options: AnalyzeOptions;
  resolve(analysis: Analysis): void;
  reject(error: AnalyzeError): void;
}

/** An analyzer with its worker made on first use; see the module comment. */
export function createOffThreadAnalyzer({ createWorker = createAnalyzeWorker, analyzeHere = analyze, onFallback = () => {} }: OffThreadAnalyzerDeps = {}): OffThreadAnalyzer {
  let worker: WorkerLike | null = null;
  let started = false;
  let unusable = false;
  let thread: AnalyzerThread = 'none';
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const here = (text: string, options: AnalyzeOptions): Promise<Analysis> => {
    thread = 'main';
    // On a later task, so that the page can paint what it showed before the thread is busy.
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(analyzeHere(text, options));
        } catch (e) {
          reject(new AnalyzeError(`分析出错：${describe(e)}`, describe(e)));
        }
      }, 0),
    );
  };

  const stop = () => {
    if (!worker) return;
    worker.terminate();
    worker = null;
    started = false;
  };

  const fallBack = (reason: string) => {
    unusable = true;
    stop();
    onFallback(reason);
    // The requests already sent are analysed here; none is lost.
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) here(p.text, p.options).then(p.resolve, p.reject);
  };

  const failAll = (error: AnalyzeError) => {
    stop();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };

  const onMessage = (event: MessageEvent) => {
    started = true;
    if (!pending.size) return;
    const reply = event.data as AnalyzeReply | null;
    if (!reply || typeof reply !== 'object' || reply.type === 'ready') return;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.type === 'error') {
      p.reject(new AnalyzeError(`分析出错：${reply.message || reply.name || '未知错误'}`, `${reply.name}: ${reply.message}`));
      return;
    }
    if (reply.type !== 'analysis') {
      p.reject(new AnalyzeError('分析进程的答复无法识别', JSON.stringify(reply).slice(0, 200)));
      return;
    }
    const problems = analysisProblems(reply.analysis);
    if (problems) p.reject(new AnalyzeError(`分析结果格式不对（${problems}）`, problems));
    else p.resolve(reply.analysis);
  };

  const onError = (event: ErrorEvent) => {
    // Handled here: the browser need not log it as uncaught.
    event.preventDefault();
    // An ErrorEvent (a script error) carries a message; a worker that failed to load gives a plain Event.
    const said = typeof (event as Partial<ErrorEvent>).message === 'string' ? event.message : '';
    if (!started) fallBack(`分析进程无法启动${said ? `：${said}` : ''}`);
    else failAll(new AnalyzeError(`分析进程意外退出${said ? `：${said}` : ''}，请重试`, said || event.type));
  };

  const start = (): WorkerLike | null => {
    if (worker) return worker;
    try {
      worker = createWorker();
    } catch (e) {
      worker = null;
      unusable = true;
      onFallback(`分析进程无法创建：${describe(e)}`);
      return null;
    }
    if (!worker) {
      unusable = true;
      return null;
    }
    // Events of a worker already stopped are not ours any more.
    const w = worker;
    w.addEventListener('message', (e) => w === worker && onMessage(e));
    w.addEventListener('error', (e) => w === worker && onError(e));
    w.addEventListener('messageerror', () => w === worker && failAll(new AnalyzeError('分析结果无法传回页面，请重试', 'messageerror')));
    return w;
  };

  return {
    get thread() {
      return thread;
    },
    analyze(text, options) {
      const w = unusable ? null : start();
      if (!w) return here(text, options);
      thread = 'worker';
      const id = nextId++;
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(id, { text, options, resolve, reject });
        try {
          // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker's postMessage has no target origin
          w.postMessage({ type: 'analyze', id, text, options });
        } catch (e) {
          pending.delete(id);
          reject(new AnalyzeError(`无法把文稿交给分析进程：${describe(e)}`, describe(e)));
        }
      });
    },
    dispose() {
      failAll(new AnalyzeError('分析已取消', 'disposed'));
    },
  };
}

/**
 * The share of the analyse stage to show after `elapsedMs` for a text of `length` characters: it moves with time
 * towards 0.95, against an estimate of about 5 ms per 1,000 characters (the engine's pace).
 */
export function analyzeShare(elapsedMs: number, length: number): number {
  const estimateMs = Math.max(300, length * 0.005);
  return 0.95 * (1 - Math.exp(-Math.max(0, elapsedMs) / estimateMs));
}

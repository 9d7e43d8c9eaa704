import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis/index';
import type { Analysis } from '../schema/analysis';
import { AnalyzeError, analysisProblems, analyzeShare, createAnalyzeWorker, createOffThreadAnalyzer, type AnalyzeReply, type AnalyzeRequest, type WorkerLike } from './analyze-off-thread';
import { serve } from './analyze-worker';

const speech = '在全市推进会上的讲话\n同志们：\n当前还存在两个方面的问题：一是推进不够快；二是责任不够实。\n市住建局要在年底前完成老旧小区改造任务。\n';
const options = { referenceDate: '2026-03-01' };

type Listener = (event: never) => void;

/** The worker's side posting a reply (a worker's postMessage takes no target origin). */
// oxlint-disable-next-line unicorn/require-post-message-target-origin -- not window.postMessage
const post = (scope: { postMessage(reply: unknown): void }, reply: unknown) => scope.postMessage(reply);

/**
 * A Worker in the same thread: messages are structured-cloned and delivered on a later task, as a browser would.
 * By default it runs the real worker module's `serve`; `script` replaces the worker's side.
 */
class FakeWorker implements WorkerLike {
  readonly listeners = new Map<string, Listener[]>();
  readonly requests: AnalyzeRequest[] = [];
  terminated = false;
  private readonly onRequest: ((data: unknown) => void)[] = [];

  constructor(script: (scope: { postMessage(reply: unknown): void; addEventListener(type: 'message', l: (e: MessageEvent) => void): void }) => void = (scope) => serve(scope)) {
    script({
      postMessage: (reply) => {
        const copy = structuredClone(reply);
        setTimeout(() => !this.terminated && this.emit('message', { data: copy }), 0);
      },
      addEventListener: (_type, l) => this.onRequest.push((data) => l({ data } as MessageEvent)),
    });
  }

  postMessage(message: AnalyzeRequest): void {
    this.requests.push(message);
    const copy = structuredClone(message);
    setTimeout(() => !this.terminated && this.onRequest.forEach((l) => l(copy)), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Delivers an event to the page's listeners. */
  emit(type: string, event: object): void {
    const e = { type, preventDefault: vi.fn<() => void>(), ...event };
    for (const l of this.listeners.get(type) ?? []) l(e as never);
  }
}

describe('createOffThreadAnalyzer with a worker', () => {
  it('sends a typed request and resolves with the checked Analysis the worker answers', async () => {
    const workers: FakeWorker[] = [];
    const analyzeHere = vi.fn<typeof analyze>(analyze);
    const analyzer = createOffThreadAnalyzer({ createWorker: () => (workers.push(new FakeWorker()), workers.at(-1)!), analyzeHere });
    expect(analyzer.thread).toBe('none');
    const running = analyzer.analyze(speech, options);
    // Known as soon as the request is sent: the page's bar shows it.
    expect(analyzer.thread).toBe('worker');
    const got = await running;
    expect(got).toEqual(analyze(speech, options));
    expect(got.problemGroups[0]!.items.map((i) => i.title)).toEqual(['推进不够快', '责任不够实']);
    expect(workers[0]!.requests).toEqual([{ type: 'analyze', id: 1, text: speech, options }]);
    expect(analyzer.thread).toBe('worker');
    expect(analyzeHere).not.toHaveBeenCalled();
    // The worker is kept for the next import.
    await analyzer.analyze('市住建局要在年底前完成改造。', options);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => r.id)).toEqual([1, 2]);
  });

  it('pairs answers with requests by id, whatever their order', async () => {
    let scope!: { postMessage(reply: unknown): void };
    const worker = new FakeWorker((s) => {
      scope = s;
      post(s, { type: 'ready' });
    });
    const analyzer = createOffThreadAnalyzer({ createWorker: () => worker });
    const first = analyzer.analyze('一', options);
    const second = analyzer.analyze('二', options);
    await new Promise((r) => setTimeout(r, 5));
    const of = (text: string): Analysis => analyze(text, options);
    post(scope, { type: 'analysis', id: 2, analysis: of('二') } satisfies AnalyzeReply);
    post(scope, { type: 'analysis', id: 1, analysis: of('一') } satisfies AnalyzeReply);
    expect(await second).toEqual(of('二'));
    expect(await first).toEqual(of('一'));
  });

  it('turns an error inside the worker into a Chinese AnalyzeError, and the worker goes on', async () => {
    let fail = true;
    const worker = new FakeWorker((scope) =>
      serve(scope, (text, o) => {
        if (fail) throw new RangeError('Maximum call stack size exceeded');
        return analyze(text, o);
      }),
    );
    const analyzer = createOffThreadAnalyzer({ createWorker: () => worker });
    const error = await analyzer.analyze(speech, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalyzeError);
    expect((error as AnalyzeError).message).toBe('分析出错：Maximum call stack size exceeded');
    expect((error as AnalyzeError).detail).toBe('RangeError: Maximum call stack size exceeded');
    fail = false;
    expect((await analyzer.analyze(speech, options)).actions).toHaveLength(1);
    expect(worker.terminated).toBe(false);
  });

  it('refuses an answer that is not an Analysis, naming the first problems by path', async () => {
    const worker = new FakeWorker((scope) => {
      scope.addEventListener('message', (e) => post(scope, { type: 'analysis', id: (e.data as AnalyzeRequest).id, analysis: { ...analyze('要抓落实。'), schema: 'other', actions: [{ start: -1 }] } }));
    });
    const analyzer = createOffThreadAnalyzer({ createWorker: () => worker });
    await expect(analyzer.analyze('要抓落实。', options)).rejects.toThrow(/^分析结果格式不对（schema：.+；actions\.0\.start：.+）$/);
    expect(analysisProblems(analyze('要抓落实。'))).toBeNull();
  });

  it('rejects what was sent when the running worker dies, and starts a new worker for the next draft', async () => {
    const workers: FakeWorker[] = [];
    const analyzer = createOffThreadAnalyzer({
      createWorker: () => {
        // The first worker starts, then never answers; the second is a real one.
        workers.push(workers.length ? new FakeWorker() : new FakeWorker((scope) => post(scope, { type: 'ready' })));
        return workers.at(-1)!;
      },
    });
    const running = analyzer.analyze(speech, options);
    await new Promise((r) => setTimeout(r, 5));
    workers[0]!.emit('error', { message: 'Out of memory' });
    await expect(running).rejects.toThrow('分析进程意外退出：Out of memory，请重试');
    expect(workers[0]!.terminated).toBe(true);
    expect((await analyzer.analyze(speech, options)).actions).toHaveLength(1);
    expect(workers).toHaveLength(2);
    expect(analyzer.thread).toBe('worker');
  });

  it('rejects when an answer cannot be read (messageerror)', async () => {
    const worker = new FakeWorker((scope) => post(scope, { type: 'ready' }));
    const analyzer = createOffThreadAnalyzer({ createWorker: () => worker });
    const running = analyzer.analyze(speech, options);
    await new Promise((r) => setTimeout(r, 5));
    worker.emit('messageerror', {});
    await expect(running).rejects.toThrow('分析结果无法传回页面，请重试');
  });

  it('rejects what is running on dispose; the next analysis starts a new worker', async () => {
    const workers: FakeWorker[] = [];
    const analyzer = createOffThreadAnalyzer({ createWorker: () => (workers.push(new FakeWorker(() => {})), workers.at(-1)!) });
    const running = analyzer.analyze(speech, options);
    analyzer.dispose();
    await expect(running).rejects.toThrow('分析已取消');
    expect(workers[0]!.terminated).toBe(true);
    void analyzer.analyze(speech, options);
    expect(workers).toHaveLength(2);
  });
});

describe('createOffThreadAnalyzer falls back to this thread', () => {
  it('where there is no Worker (node, happy-dom)', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(createAnalyzeWorker()).toBeNull();
    const analyzer = createOffThreadAnalyzer();
    const running = analyzer.analyze(speech, options);
    expect(analyzer.thread).toBe('main');
    expect(await running).toEqual(analyze(speech, options));
  });

  it('when the worker cannot be made', async () => {
    const onFallback = vi.fn<(reason: string) => void>();
    const createWorker = vi.fn<() => WorkerLike>(() => {
      throw new DOMException('blocked by CSP', 'SecurityError');
    });
    const analyzer = createOffThreadAnalyzer({ createWorker, onFallback });
    expect((await analyzer.analyze(speech, options)).actions).toHaveLength(1);
    await analyzer.analyze(speech, options);
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(onFallback).toHaveBeenCalledWith('分析进程无法创建：SecurityError: blocked by CSP');
    expect(analyzer.thread).toBe('main');
  });

  it('when the worker fails to start: what was sent is analysed here, and no worker is tried again', async () => {
    const onFallback = vi.fn<(reason: string) => void>();
    const workers: FakeWorker[] = [];
    const analyzeHere = vi.fn<typeof analyze>(analyze);
    const analyzer = createOffThreadAnalyzer({ createWorker: () => (workers.push(new FakeWorker(() => {})), workers.at(-1)!), analyzeHere, onFallback });
    const first = analyzer.analyze(speech, options);
    const second = analyzer.analyze('要抓落实。', options);
    // A module worker whose script fails to load fires a plain 'error' Event, before any message.
    workers[0]!.emit('error', {});
    expect(await first).toEqual(analyze(speech, options));
    expect((await second).actions).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(onFallback).toHaveBeenCalledWith('分析进程无法启动');
    await analyzer.analyze(speech, options);
    expect(workers).toHaveLength(1);
    expect(analyzeHere).toHaveBeenCalledTimes(3);
    expect(analyzer.thread).toBe('main');
  });

  it('and an error of the engine here is an AnalyzeError too', async () => {
    const analyzer = createOffThreadAnalyzer({
      createWorker: () => null,
      analyzeHere: () => {
        throw new Error('boom');
      },
    });
    await expect(analyzer.analyze(speech, options)).rejects.toThrow(new AnalyzeError('分析出错：Error: boom', 'Error: boom'));
  });
});

describe('analyzeShare', () => {
  it('moves with time towards 0.95, slower for a longer text', () => {
    expect(analyzeShare(0, 200_000)).toBe(0);
    const steps = [100, 500, 1000, 3000, 10_000].map((ms) => analyzeShare(ms, 200_000));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps.at(-1)).toBeLessThan(0.95);
    expect(analyzeShare(1000, 2_000_000)).toBeLessThan(analyzeShare(1000, 200_000));
    expect(analyzeShare(1000, 10)).toBeGreaterThan(0.9);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import type { startAnnotator } from './annotator';
import type { AnnotatorIO } from './annotator';
import { ALIVE_MS, REPUBLISH_MS, startEditorFrame, type EditorFrame, type FrameRuntime } from './frame';

type Listener = Parameters<FrameRuntime['onMessage']['addListener']>[0];

/** A runtime whose background answers editor.hello with `enabled()`; `orphan()` makes it look like a reloaded extension's. */
function fakeRuntime(enabled: () => boolean) {
  const listeners = new Set<Listener>();
  const sent: { type: string }[] = [];
  const runtime = {
    id: 'luoshi' as string | undefined,
    sendMessage: async (m: unknown) => {
      const message = m as { type: string };
      sent.push(message);
      if (message.type === 'editor.hello') return enabled() ? { ok: true, value: true } : { ok: false, error: { code: 'forbidden', message: 'no' } };
      return { ok: true, value: null };
    },
    onMessage: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
  };
  const tell = (type: string) => [...listeners].forEach((l) => l({ channel: EDITOR_CHANNEL, type, payload: {} }, {}, () => undefined));
  return { runtime, sent, listeners, tell, orphan: () => (runtime.id = undefined) };
}

/** A stand-in annotator that records what it was asked and whether it was stopped. */
function fakeStart() {
  const runs: { signal: AbortSignal; republished: number }[] = [];
  const start = ((_win: Window, _io: unknown, signal: AbortSignal) => {
    const run = { signal, republished: 0 };
    runs.push(run);
    return { reveal: () => true, republish: () => void run.republished++ };
  }) as unknown as typeof startAnnotator;
  return { start, runs };
}

let frames: EditorFrame[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  frames.forEach((f) => f.stop());
  frames = [];
  vi.useRealTimers();
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('startEditorFrame', () => {
  it('starts the annotator only when the background says the frame’s site is on, and stops on a recheck that says off', async () => {
    let on = false;
    const r = fakeRuntime(() => on);
    const { start, runs } = fakeStart();
    const frame = startEditorFrame(window, () => r.runtime, start);
    frames.push(frame);
    await flush();
    expect(r.sent.map((m) => m.type)).toEqual(['editor.hello']);
    expect(frame.running).toBe(false);
    on = true;
    r.tell('editor.recheck');
    await flush();
    expect(frame.running).toBe(true);
    expect(runs).toHaveLength(1);
    on = false;
    r.tell('editor.recheck');
    await flush();
    expect(frame.running).toBe(false);
    expect(runs[0]!.signal.aborted).toBe(true);
  });

  it('republishes at most once per REPUBLISH_MS, and not at all for a location event that changed nothing', async () => {
    const r = fakeRuntime(() => true);
    const { start, runs } = fakeStart();
    frames.push(startEditorFrame(window, () => r.runtime, start));
    await flush();
    for (let i = 0; i < 50; i++) r.tell('editor.republish');
    await vi.advanceTimersByTimeAsync(REPUBLISH_MS + 10);
    expect(runs[0]!.republished).toBe(1);
    // A page firing fake location changes (same address): nothing is published.
    for (let i = 0; i < 20; i++) history.pushState({ i }, '', location.href);
    await vi.advanceTimersByTimeAsync(3 * REPUBLISH_MS + 1000);
    expect(runs[0]!.republished).toBe(1);
    // A real change of address, however many times it is announced, publishes once.
    history.pushState({}, '', '/doc/edit?id=202');
    await vi.advanceTimersByTimeAsync(1000 + REPUBLISH_MS + 10);
    expect(runs[0]!.republished).toBe(2);
  });

  it('clears everything once its extension is gone (reloaded or removed)', async () => {
    const r = fakeRuntime(() => true);
    const { start, runs } = fakeStart();
    const frame = startEditorFrame(window, () => r.runtime, start);
    frames.push(frame);
    await flush();
    expect(frame.running).toBe(true);
    r.orphan();
    await vi.advanceTimersByTimeAsync(ALIVE_MS + 10);
    expect(frame.running).toBe(false);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(r.listeners.size).toBe(0);
  });

  it('a newer copy in the same world stops the older one', async () => {
    const r = fakeRuntime(() => true);
    const first = fakeStart();
    const older = startEditorFrame(window, () => r.runtime, first.start);
    await flush();
    const second = fakeStart();
    const newer = startEditorFrame(window, () => r.runtime, second.start);
    frames.push(older, newer);
    await flush();
    expect(first.runs[0]!.signal.aborted).toBe(true);
    expect(older.running).toBe(false);
    expect(newer.running).toBe(true);
    expect(r.listeners.size).toBe(1);
  });

  it("asks the background for the user's language and sends a card's entry with editor.openPanel", async () => {
    const r = fakeRuntime(() => true);
    const ios: AnnotatorIO[] = [];
    const start = ((_win: Window, io: AnnotatorIO) => (ios.push(io), { reveal: () => true, republish: () => undefined })) as unknown as typeof startAnnotator;
    frames.push(startEditorFrame(window, () => r.runtime, start));
    await flush();
    const io = ios[0]!;
    await io.locale!();
    await io.openPanel({ start: 4, end: 9 });
    await io.openPanel();
    const sent = r.sent as unknown as { type: string; payload: unknown }[];
    expect(sent.filter((m) => m.type === 'editor.locale')).toHaveLength(1);
    expect(sent.filter((m) => m.type === 'editor.openPanel').map((m) => m.payload)).toEqual([{ entry: { start: 4, end: 9 } }, {}]);
  });
});

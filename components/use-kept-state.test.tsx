// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountZh } from './dashboard/testing';
import { useKeptState } from './use-kept-state';

type Handle = { value: string[]; add: (s: string) => void };

function Probe({ kept, onKeep, out }: { kept?: string[]; onKeep?: (next: string[]) => void; out: (h: Handle) => void }) {
  const [value, update] = useKeptState<string[]>(kept, onKeep, () => ['起']);
  out({ value, add: (s) => update((prev) => [...prev, s]) });
  return null;
}

/** The probe's latest render. */
function probe(): { out: Handle; take: (h: Handle) => void } {
  const box = { out: {} as Handle, take: (h: Handle) => void (box.out = h) };
  return box;
}

describe('useKeptState', () => {
  it('keeps the value itself when the page keeps nothing', () => {
    const p = probe();
    const { unmount } = mountZh(<Probe out={p.take} />);
    expect(p.out.value).toEqual(['起']);
    act(() => p.out.add('甲'));
    act(() => p.out.add('乙'));
    expect(p.out.value).toEqual(['起', '甲', '乙']);
    unmount();
  });

  it("shows the page's value and sends each update to the page, built on the page's value", () => {
    const p = probe();
    const sent: string[][] = [];
    let kept = ['存'];
    const ui = () => <Probe kept={kept} onKeep={(next) => { sent.push(next); kept = next; }} out={p.take} />;
    const { rerender, unmount } = mountZh(ui());
    expect(p.out.value).toEqual(['存']);
    act(() => p.out.add('丙'));
    expect(sent).toEqual([['存', '丙']]);
    // Until the page renders its new value, the component shows what the page gave.
    expect(p.out.value).toEqual(['存']);
    rerender(ui());
    expect(p.out.value).toEqual(['存', '丙']);
    unmount();
  });
});

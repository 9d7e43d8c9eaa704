// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textareaAdapter, VALUE_POLL_MS } from './textarea';

afterEach(() => vi.useRealTimers());

describe('textareaAdapter', () => {
  it('reads the value, exactly, and asks for the overlay', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = '一、总体要求\r\n要抓落实。';
    const adapter = textareaAdapter(el);
    expect(adapter.kind).toBe('textarea');
    expect(adapter.usesOverlay).toBe(true);
    expect(adapter.readText().text).toBe(el.value);
    expect(adapter.readText().toRange(0, 2)).toBeNull();
  });

  it('reports input, and values set by a script, until aborted', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    const cb = vi.fn<() => void>();
    const controller = new AbortController();
    textareaAdapter(el).onChange(cb, controller.signal);
    el.dispatchEvent(new Event('input'));
    expect(cb).toHaveBeenCalledTimes(1);
    el.value = '甲';
    vi.advanceTimersByTime(VALUE_POLL_MS);
    expect(cb).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(VALUE_POLL_MS);
    expect(cb).toHaveBeenCalledTimes(2);
    controller.abort();
    el.value = '乙';
    vi.advanceTimersByTime(VALUE_POLL_MS);
    el.dispatchEvent(new Event('input'));
    expect(cb).toHaveBeenCalledTimes(2);
  });
});

/** Test helpers of the dashboard's components (happy-dom): a fake analyzer the test answers, waiting, mounting. */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AnalyzerThread, OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';
import type { Analysis } from '@/lib/schema/analysis';
import type { Locale } from '@/lib/i18n/index';
import { I18nProvider } from '../i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An analyzer whose answers the test gives, one by one, in order. */
export function deferredAnalyzer() {
  const waiting: { text: string; resolve(a: Analysis): void; reject(e: Error): void }[] = [];
  const analyzer: OffThreadAnalyzer = {
    thread: 'worker' as AnalyzerThread,
    analyze: (text) => new Promise<Analysis>((resolve, reject) => void waiting.push({ text, resolve, reject })),
    dispose: () => {},
  };
  return { analyzer, waiting };
}

/** Lets timers and promises run until `done` holds (each step inside act). */
export async function until(done: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

/** Renders `ui` in zh-CN into a fresh container; `q(testid)` finds an element, `choose(input, files)` picks files. */
export function mountZh(ui: ReactNode) {
  return mountIn('zh-CN', ui);
}

/** `mountZh` in the given locale. */
export function mountIn(locale: Locale, ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<I18nProvider locale={locale}>{ui}</I18nProvider>));
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid=${id}]`);
  const choose = (testid: string, ...files: File[]) =>
    act(() => {
      const input = q(testid) as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  /** Renders `next` in place of the first ui (new props, as a live update gives them). */
  const rerender = (next: ReactNode) => act(() => root.render(<I18nProvider locale={locale}>{next}</I18nProvider>));
  return { container, q, choose, unmount, rerender };
}

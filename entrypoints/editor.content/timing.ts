/**
 * Main-thread timings of the content script as User Timing measures, readable from the page
 * (`performance.getEntriesByName('luoshi:read')`): `luoshi:read` (reading the editor into a snapshot and remapping
 * the marks) and `luoshi:paint` (building Ranges and registering highlights, or redrawing the overlay). The e2e
 * suite sums them per keystroke. Only the latest entries are kept, so a long session does not grow the buffer.
 */

export type TimingName = 'luoshi:read' | 'luoshi:paint';

const KEEP = 500;

/** Runs `fn` and records its duration under `name`. */
export function timed<T>(name: TimingName, fn: () => T, perf: Performance | undefined = globalThis.performance): T {
  if (!perf?.measure) return fn();
  const start = perf.now();
  try {
    return fn();
  } finally {
    try {
      if (perf.getEntriesByName(name).length >= KEEP) perf.clearMeasures(name);
      perf.measure(name, { start, end: perf.now() });
    } catch {
      // An old engine without measure options: timings are only a diagnostic.
    }
  }
}

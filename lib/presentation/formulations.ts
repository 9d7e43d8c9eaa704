/** 提法 for display: one entry per name, however often the draft repeats it. */
import type { Formulation } from '../schema/analysis';

/**
 * Keeps the first occurrence of each name, in document order, with the first expansion the draft spells out
 * (a formulation is usually expanded once and then only named).
 */
export function uniqueFormulations(formulations: readonly Formulation[]): Formulation[] {
  const byName = new Map<string, Formulation>();
  for (const f of formulations) {
    const seen = byName.get(f.name);
    if (!seen) byName.set(f.name, f);
    else if (!seen.expansion.length && f.expansion.length) byName.set(f.name, { ...seen, expansion: f.expansion });
  }
  return [...byName.values()];
}

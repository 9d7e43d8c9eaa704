/**
 * 不入台账 in the side panel: which entries of the draft the checklist's skip marks name — paired with the draft's
 * items exactly as the save pairs them (lib/checklist/skips.ts `skipPairs`), so what the panel shows struck out
 * is what the save leaves out — and the skip request for an entry (its kind, its anchor in the draft, its words).
 * Pure.
 */
import { anchorAt } from '../anchoring/text-quote';
import { draftItems } from '../checklist/draft-items';
import { skipPairs } from '../checklist/skips';
import { skipKeyOf } from '../highlight/marks';
import type { Analysis } from '../schema/analysis';
import type { Anchor, ItemKind, SkipRecord } from '../schema/checklist';

/** The key of a skippable entry: its kind and span (the in-page marks name skipped entries by the same key). */
export const skipKey = (kind: ItemKind, start: number, end: number): string => skipKeyOf(kind, start, end);

/** The skip marks of `skips` that name an entry of `analysis` (made from `text`), by the entry's skipKey. */
export function skippedEntries(text: string, analysis: Analysis, skips: readonly SkipRecord[]): Map<string, SkipRecord> {
  const out = new Map<string, SkipRecord>();
  if (!skips.length) return out;
  const drafts = draftItems(text, analysis);
  for (const p of skipPairs(drafts, skips)) {
    const d = drafts[p.draft]!;
    out.set(skipKey(d.kind, d.anchor.start, d.anchor.start + d.anchor.exact.length), skips[p.skip]!);
  }
  return out;
}

/** What skipItem needs for the entry at [start, end) of `text` (the draft key is the caller's). */
export function skipRequestFor(text: string, kind: ItemKind, start: number, end: number, words: string): { kind: ItemKind; anchor: Anchor; text: string } {
  return { kind, anchor: anchorAt(text, start, end), text: words.trim() || text.slice(start, end).trim() };
}

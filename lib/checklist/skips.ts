/**
 * Draft items marked 不入台账: a noise sentence (「希望大家以时不我待的紧迫感…」) a person leaves out before saving.
 * A skip is kept by the draft's key and the item's anchor (lib/db: the `skips` table), so every later save of that
 * draft — the same text, or a revision where the sentence moved or was reworded a little — leaves the item out:
 * skips pair with the draft's items kind by kind exactly as a merge pairs old items (lib/anchoring `matchAnchors`
 * with the merge's FUZZY thresholds). Pure.
 */
import { matchAnchors } from '../anchoring/match-anchors';
import type { SkipRecord } from '../schema/checklist';
import type { DraftItem } from './draft-items';
import { FUZZY } from './merge';

/**
 * Which of `drafts` each skip names: pairs of (skip index, draft index), kind by kind, as a merge pairs old items.
 * The side panel shows the same pairing before saving that the save applies (withoutSkipped).
 */
export function skipPairs(drafts: readonly Pick<DraftItem, 'kind' | 'anchor'>[], skips: readonly Pick<SkipRecord, 'kind' | 'anchor'>[]): { skip: number; draft: number }[] {
  const out: { skip: number; draft: number }[] = [];
  if (!skips.length || !drafts.length) return out;
  for (const kind of ['action', 'problem'] as const) {
    const s = skips.flatMap((x, i) => (x.kind === kind ? [i] : []));
    const n = drafts.flatMap((x, i) => (x.kind === kind ? [i] : []));
    if (!s.length || !n.length) continue;
    for (const p of matchAnchors(s.map((i) => skips[i]!.anchor), n.map((i) => drafts[i]!.anchor), FUZZY).pairs) out.push({ skip: s[p.from]!, draft: n[p.to]! });
  }
  return out;
}

/** `drafts` without the items a skip names, and how many were left out. Order and `order` numbers are kept. */
export function withoutSkipped(drafts: readonly DraftItem[], skips: readonly Pick<SkipRecord, 'kind' | 'anchor'>[]): { drafts: DraftItem[]; skipped: number } {
  if (!skips.length) return { drafts: [...drafts], skipped: 0 };
  const out = new Set(skipPairs(drafts, skips).map((p) => p.draft));
  return { drafts: drafts.filter((_, i) => !out.has(i)), skipped: out.size };
}

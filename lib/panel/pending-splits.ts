/**
 * 拆分 made in the side panel before the first save, kept in `storage.session` by the draft's key, so that closing
 * the panel (or switching tabs, or Chromium reloading the panel) loses none: a reopened panel shows the draft split
 * as it was left. The 不入台账 marks need no such place — they are written to the checklist at once. Session
 * storage lives until the browser closes, and a save clears the draft's entry: from then on the checklist holds the
 * split (`splitsFromLedger`). Storage is outside input, so `parsePendingSplits` keeps only well-formed entries.
 */
import { PENDING_SPLITS_KEY_PREFIX } from '../settings/storage-items';

/** Splits made in the panel, by action key: the offsets it is cut at, or null for a split of the checklist undone. */
export type PendingSplits = Readonly<Record<string, readonly number[] | null>>;

/** The most actions of one draft kept split, and cuts of one action. */
const MAX_ACTIONS = 2000;
const MAX_CUTS = 200;

/** The splits in whatever storage held: an entry that is not an action key with ascending offsets (or null) is dropped. */
export function parsePendingSplits(raw: unknown): PendingSplits {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, readonly number[] | null> = {};
  let n = 0;
  for (const [key, cuts] of Object.entries(raw)) {
    if (n >= MAX_ACTIONS) break;
    if (!key || key.length > 70_000) continue;
    if (cuts === null) out[key] = null;
    else if (Array.isArray(cuts) && cuts.length > 0 && cuts.length <= MAX_CUTS && cuts.every((c, i) => Number.isInteger(c) && c >= 0 && (i === 0 || c > (cuts[i - 1] as number)))) out[key] = cuts as number[];
    else continue;
    n++;
  }
  return out;
}

/** The part of `storage.session` used (the extension's, or a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The pending splits of each draft in `session`. Reads never throw (no session storage: none kept). */
export function pendingSplitsStore(session: SessionArea | undefined) {
  const at = (draftKey: string) => PENDING_SPLITS_KEY_PREFIX + draftKey;
  return {
    async read(draftKey: string): Promise<PendingSplits> {
      try {
        return parsePendingSplits((await session?.get(at(draftKey)))?.[at(draftKey)]);
      } catch {
        return {};
      }
    },
    /** Keeps `splits` for the draft (none: the entry is removed). */
    async write(draftKey: string, splits: PendingSplits): Promise<void> {
      if (!session) return;
      if (Object.keys(splits).length === 0) await session.remove(at(draftKey));
      else await session.set({ [at(draftKey)]: splits });
    },
    /** Forgets the draft's entry (it was saved: the checklist holds its splits now). */
    async clear(draftKey: string): Promise<void> {
      await session?.remove(at(draftKey));
    },
  };
}

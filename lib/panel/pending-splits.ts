/**
 * 拆分 and the owner/deadline corrections (修改) made in the side panel before a save, kept in `storage.session` by
 * the draft's key, so that closing the panel (or switching tabs, or Chromium reloading the panel) loses none: a
 * reopened panel shows the draft split and corrected as it was left. The 不入台账 marks need no such place — they
 * are written to the checklist at once. Session storage lives until the browser closes, and a save clears the draft's
 * entries: from then on the checklist holds the splits (`splitsFromLedger`) and the corrections (hand edits).
 * Storage is outside input, so `parsePendingSplits` and `parsePendingEdits` keep only well-formed entries.
 */
import { z } from 'zod';
import { itemDeadlineSchema } from '../schema/checklist';
import { PENDING_EDITS_KEY_PREFIX, PENDING_SPLITS_KEY_PREFIX } from '../settings/storage-items';
import type { ActionEdit, ActionEdits } from './edits';

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

const unitList = z.array(z.string().min(1).max(200)).max(200);
/** One action's corrections as stored: owners with lead and co-operating units, and/or a deadline (null: cleared). */
const actionEditSchema = z.object({ owners: z.object({ owners: unitList, lead: unitList, coop: unitList }).optional(), deadline: itemDeadlineSchema.nullable().optional() }).strict();

/** The corrections in whatever storage held: each action's checked alone, a bad one dropped. */
export function parsePendingEdits(raw: unknown): ActionEdits {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, ActionEdit> = {};
  let n = 0;
  for (const [key, edit] of Object.entries(raw)) {
    if (n >= MAX_ACTIONS) break;
    if (!key || key.length > 70_000) continue;
    const parsed = actionEditSchema.safeParse(edit);
    if (!parsed.success) continue;
    const { owners, deadline } = parsed.data;
    out[key] = { ...(owners && { owners }), ...(deadline !== undefined && { deadline }) };
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

/** A draft's pending choices of one kind in session storage, by draft key. */
export interface PendingStore<T> {
  read(draftKey: string): Promise<T>;
  /** Keeps `value` for the draft (empty: the entry is removed). */
  write(draftKey: string, value: T): Promise<void>;
  /** Forgets the draft's entry (it was saved: the checklist holds it now). */
  clear(draftKey: string): Promise<void>;
}

/** One kind of pending choice per draft in `session`, under `prefix`. Reads never throw (no session storage: none kept). */
function pendingStore<T extends object>(session: SessionArea | undefined, prefix: string, parse: (raw: unknown) => T): PendingStore<T> {
  const at = (draftKey: string) => prefix + draftKey;
  return {
    async read(draftKey: string): Promise<T> {
      try {
        return parse((await session?.get(at(draftKey)))?.[at(draftKey)]);
      } catch {
        return parse(undefined);
      }
    },
    async write(draftKey: string, value: T): Promise<void> {
      if (!session) return;
      if (Object.keys(value).length === 0) await session.remove(at(draftKey));
      else await session.set({ [at(draftKey)]: value });
    },
    async clear(draftKey: string): Promise<void> {
      await session?.remove(at(draftKey));
    },
  };
}


/** The pending splits of each draft in `session`. */
export function pendingSplitsStore(session: SessionArea | undefined): PendingStore<PendingSplits> {
  return pendingStore(session, PENDING_SPLITS_KEY_PREFIX, parsePendingSplits);
}

/** The pending owner/deadline corrections of each draft in `session`. */
export function pendingEditsStore(session: SessionArea | undefined): PendingStore<ActionEdits> {
  return pendingStore(session, PENDING_EDITS_KEY_PREFIX, parsePendingEdits);
}

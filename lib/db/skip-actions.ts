/**
 * 不入台账: marking a draft item to be left out of every save of its draft, taking the mark back, and listing the
 * marks of a draft key. Each in one transaction. saveAnalysis applies them (lib/checklist/skips.ts).
 */
import type { Anchor, ItemKind, SkipRecord } from '../schema/checklist';
import { ChecklistError, type RepoEnv } from './env';

/** Marks the draft item at `anchor` (of the draft with `key`) 不入台账; an existing mark for the same quote is returned as is. */
export async function skipItem(env: RepoEnv, skip: { key: string; kind: ItemKind; anchor: Anchor; text: string }): Promise<SkipRecord> {
  const { db } = env;
  return db.transaction('rw', db.skips, async () => {
    const same = await db.skips.where('key').equals(skip.key).filter((s) => s.kind === skip.kind && s.anchor.exact === skip.anchor.exact && s.anchor.start === skip.anchor.start).first();
    if (same) return same;
    const row: SkipRecord = { id: env.newId(), key: skip.key, kind: skip.kind, anchor: skip.anchor, text: skip.text, createdAt: env.now() };
    await db.skips.add(row);
    return row;
  });
}

/** Takes a 不入台账 mark back: the next save of the draft takes the item again. */
export async function unskipItem(env: RepoEnv, skipId: string): Promise<SkipRecord> {
  const { db } = env;
  return db.transaction('rw', db.skips, async () => {
    const row = await db.skips.get(skipId);
    if (!row) throw new ChecklistError('not_found', `找不到不入台账记录 ${skipId}`);
    await db.skips.delete(skipId);
    return row;
  });
}

/** The 不入台账 marks of a draft key, oldest first. */
export async function listSkips(env: RepoEnv, key: string): Promise<SkipRecord[]> {
  return (await env.db.skips.where('key').equals(key).toArray()).sort((a, b) => a.createdAt - b.createdAt || a.anchor.start - b.anchor.start);
}

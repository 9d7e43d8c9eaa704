/**
 * Fitting an old row into today's record schema without losing it: where a field is only too long (a string over
 * its limit, a list with too many entries), the row is kept with that field cut to the limit and the untouched
 * original goes to the `quarantine` table, so the upgrade never fails on one oversized row and nothing is lost.
 * Any other problem (a missing or over-long id, a wrong type) is not guessed at: it throws, the upgrade aborts and the old
 * version stays as it was (the pages then offer a rescue export, lib/db/rescue.ts).
 */
import type { Transaction } from 'dexie';
import type { z } from 'zod';
import { formatPath } from '../../checklist/backup';
import type { QuarantineRecord } from '../../schema/checklist';

/** How many rounds of cutting before giving up (a nested limit can show only after an outer one is met). */
const ROUNDS = 6;

/** `value` parsed by `schema`, with over-long strings and lists cut to their limits; `cut` names what was cut. */
export function fitRecord<S extends z.ZodType>(schema: S, value: unknown): { record: z.output<S>; cut: string[] } {
  const current = structuredClone(value) as Record<PropertyKey, unknown>;
  const cut: string[] = [];
  for (let round = 0; ; round++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return { record: parsed.data, cut };
    let fixed = false;
    for (const issue of parsed.error.issues) {
      // nb. Ids are never cut: the row would be written under another key and references would break.
      const last = issue.path.at(-1);
      if (issue.code !== 'too_big' || last === undefined || (typeof last === 'string' && /^id$|Id$/.test(last))) continue;
      const max = Number(issue.maximum);
      let parent: unknown = current;
      for (const k of issue.path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[k];
      const key = last;
      const holder = parent as Record<PropertyKey, unknown> | undefined;
      const v = holder?.[key];
      if (typeof v === 'string' || Array.isArray(v)) {
        holder![key] = v.slice(0, max);
        cut.push(formatPath(issue.path));
        fixed = true;
      }
    }
    if (!fixed || round >= ROUNDS) throw parsed.error;
  }
}

/** A quarantine row keeping `original` of `table`'s row `rowId`, with what was cut from the stored copy. */
export function quarantined(table: string, rowId: string, original: unknown, cut: readonly string[], at: number): QuarantineRecord {
  return { id: `${table}/${rowId}`, table, rowId, original, cut: [...cut], at };
}

/** Writes quarantine rows inside an upgrade (the table exists from version 2's upgrade on). */
export async function keepOriginals(tx: Transaction, rows: readonly QuarantineRecord[]): Promise<void> {
  if (rows.length) await tx.table('quarantine').bulkPut(rows);
}

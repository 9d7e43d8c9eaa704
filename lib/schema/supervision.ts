/**
 * The 督办编号 register as stored (`supervisionRegisterItem`, lib/settings/storage-items.ts): the next sequence number
 * per year and the 督办单 issued, each with its number, owner, items and issue day (lib/settings/supervision-numbers.ts
 * gives the numbers). Storage is outside input, so `parseRegister` never throws: a bad counter or entry is dropped
 * alone and the rest is kept.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The most issued sheets the register keeps (the oldest go first; the counters keep their numbers reserved). */
export const REGISTER_MAX = 2000;
/** The most item ids one issued sheet records. */
export const REGISTER_ITEMS_MAX = 10_000;
/** The highest sequence number of a year. */
export const SEQUENCE_MAX = 999_999;

/** One issued 督办单: its number as printed, the year and sequence number, the owner, its items and the issue day. */
export const issuedSheetSchema = z.object({
  number: z.string().min(1).max(120),
  year: z.number().int().min(1900).max(9999),
  n: z.number().int().min(1).max(SEQUENCE_MAX),
  owner: z.string().min(1).max(200),
  itemIds: z.array(z.string().min(1).max(100)).max(REGISTER_ITEMS_MAX),
  issuedOn: isoDay,
});
export type IssuedSheet = z.infer<typeof issuedSheetSchema>;

export interface SupervisionRegister {
  /** Year ('2027') → the next sequence number of that year. */
  next: Record<string, number>;
  /** Issued sheets, oldest first. */
  issued: IssuedSheet[];
}

/**
 * The register as a backup carries it (lib/schema/checklist.ts `preferencesSchema`): checked strictly, like every
 * record of a backup — a bad counter or entry refuses the file rather than being dropped.
 */
export const supervisionRegisterSchema = z.object({
  next: z.record(z.string().regex(/^\d{4}$/, '应为四位年份'), z.number().int().min(1).max(SEQUENCE_MAX + 1)),
  issued: z.array(issuedSheetSchema).max(REGISTER_MAX),
});

/** The register in whatever storage held: bad counters and bad entries are dropped one by one. Never throws. */
export function parseRegister(raw: unknown): SupervisionRegister {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { next: {}, issued: [] };
  const { next, issued } = raw as { next?: unknown; issued?: unknown };
  const counters: Record<string, number> = {};
  if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
    for (const [year, n] of Object.entries(next)) {
      if (/^\d{4}$/.test(year) && typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= SEQUENCE_MAX + 1) counters[year] = n;
    }
  }
  const sheets: IssuedSheet[] = [];
  if (Array.isArray(issued)) {
    for (const s of issued) {
      const parsed = issuedSheetSchema.safeParse(s);
      if (parsed.success) sheets.push(parsed.data);
    }
  }
  return { next: counters, issued: sheets.slice(-REGISTER_MAX) };
}

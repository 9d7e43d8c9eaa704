/**
 * 督办编号: the numbers of issued 督办单, kept as a register in storage (`supervisionRegisterItem`), as a 督查室 keeps
 * its 督办登记簿. A number is given when a 督办单 is first printed or exported as a 督办通知单, not when it is merely
 * looked at, and is the sheet's for good: a reprint of the same sheet — the same owner, no item on it that the issued
 * one lacked (items finished since simply drop off) — keeps its number and issue day, also in a later year and after
 * the pattern changed (an issued number is never re-formatted). A sheet that gained items is a new 督办 and gets the
 * next number. Numbers run per year from 1 (the year of the issue day); the next one per year is kept, so no number is
 * given twice even after old entries are dropped, and the options page may move it up (an office that already issued
 * 11 this year continues at 12), never back onto an issued one.
 *
 * Pure functions over the register, and `supervisionNumbers`, the read-modify-write over storage under a lock (the
 * Web Locks API where there is one: two dashboard tabs printing at once do not give one number twice).
 */
import { NUMBER_PATTERN_DEFAULT, numberPatternSchema } from '../schema/settings';
import { REGISTER_ITEMS_MAX, REGISTER_MAX, SEQUENCE_MAX, type IssuedSheet, type SupervisionRegister } from '../schema/supervision';
import { supervisionRegisterItem, type ExtensionStorage } from './storage-items';

export type { IssuedSheet, SupervisionRegister };

/** The number `pattern` gives sequence number `n` of `year`: 「督〔{year}〕{n}号」 → 督〔2027〕12号. */
export function formatNumber(pattern: string, year: number, n: number): string {
  const checked = numberPatternSchema.safeParse(pattern);
  return (checked.success ? checked.data : NUMBER_PATTERN_DEFAULT).replace('{year}', String(year)).replace('{n}', String(n));
}

/** The next sequence number of `year`: past the counter and every number of that year still on record. */
export function nextNumber(register: SupervisionRegister, year: number): number {
  let n = register.next[String(year)] ?? 1;
  for (const s of register.issued) if (s.year === year && s.n >= n) n = s.n + 1;
  return n;
}

/** A sheet to number: its owner and the ids of the items on it. */
export interface SheetToNumber {
  owner: string;
  itemIds: readonly string[];
}

/** The issued sheet a reprint of `sheet` keeps: the latest for the owner that had every item now on it, or null. */
export function issuedFor(register: SupervisionRegister, sheet: SheetToNumber): IssuedSheet | null {
  if (sheet.itemIds.length === 0) return null;
  for (let i = register.issued.length - 1; i >= 0; i--) {
    const s = register.issued[i]!;
    if (s.owner !== sheet.owner) continue;
    const had = new Set(s.itemIds);
    if (sheet.itemIds.every((id) => had.has(id))) return s;
  }
  return null;
}

/**
 * Numbers `sheets` in order on `today` (an ISO day): each keeps the number it was issued with (`issuedFor`), or gets
 * the year's next one under `pattern`. Returns the new register and each sheet's issued entry, in order.
 */
export function issueNumbers(register: SupervisionRegister, sheets: readonly SheetToNumber[], pattern: string, today: string): { register: SupervisionRegister; issued: IssuedSheet[] } {
  const year = Number(today.slice(0, 4));
  let current = register;
  const issued = sheets.map((sheet) => {
    const kept = issuedFor(current, sheet);
    if (kept) return kept;
    const n = nextNumber(current, year);
    const entry: IssuedSheet = { number: formatNumber(pattern, year, n), year, n, owner: sheet.owner, itemIds: sheet.itemIds.slice(0, REGISTER_ITEMS_MAX), issuedOn: today };
    current = { next: { ...current.next, [String(year)]: n + 1 }, issued: [...current.issued, entry].slice(-REGISTER_MAX) };
    return entry;
  });
  return { register: current, issued };
}

/**
 * Sets the next sequence number of `year` (the options page: an office continuing its own register). Refused with a
 * RangeError below a number already on record for that year, which would then be given twice.
 */
export function withNextNumber(register: SupervisionRegister, year: number, next: number): SupervisionRegister {
  if (!Number.isInteger(next) || next < 1 || next > SEQUENCE_MAX) throw new RangeError(`next number out of range: ${next}`);
  const issuedMax = register.issued.reduce((m, s) => (s.year === year ? Math.max(m, s.n) : m), 0);
  if (next <= issuedMax) throw new RangeError(`number ${issuedMax} of ${year} is already issued`);
  return { ...register, next: { ...register.next, [String(year)]: next } };
}

/** Whether the register holds anything (a counter or an issued sheet): an empty one is left out of backups. */
export function hasNumbers(register: SupervisionRegister): boolean {
  return register.issued.length > 0 || Object.keys(register.next).length > 0;
}

/**
 * The register after restoring `restored` (a backup's) over `current` (this browser's): every counter at the higher
 * of the two, every issued sheet of either (one per number — this browser's where both hold it — in issue order).
 * Numbers issued here since the backup was made stay reserved and reprintable, so a restore never lets a number be
 * given twice; on a new browser it is the backup's register as it was.
 */
export function mergeRegisters(current: SupervisionRegister, restored: SupervisionRegister): SupervisionRegister {
  const next: Record<string, number> = { ...restored.next };
  for (const [year, n] of Object.entries(current.next)) next[year] = Math.max(n, next[year] ?? 0);
  const byNumber = new Map<string, IssuedSheet>();
  for (const s of restored.issued) byNumber.set(`${s.year}:${s.n}`, s);
  for (const s of current.issued) byNumber.set(`${s.year}:${s.n}`, s);
  const issued = [...byNumber.values()].sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : a.year - b.year || a.n - b.n));
  return { next, issued: issued.slice(-REGISTER_MAX) };
}

/** Runs `task` alone among the pages of the extension that share the lock (Web Locks), else alone in this page. */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

let queue: Promise<unknown> = Promise.resolve();
const LOCK = 'luoshi-supervision-numbering';

/** The Web Locks API where there is one (extension pages), else a queue in this realm (tests, node). */
export const exclusive: Exclusive = (task) => {
  const locks = (globalThis.navigator as { locks?: { request<T>(name: string, cb: () => Promise<T>): Promise<T> } } | undefined)?.locks;
  if (locks) return locks.request(LOCK, task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
};

/** The register in storage, read, numbered and moved on under the lock. */
export interface SupervisionNumbers {
  read(): Promise<SupervisionRegister>;
  /** Calls `listener` with the register whenever it changes (another tab printed); returns the unsubscribe. */
  watch(listener: (register: SupervisionRegister) => void): () => void;
  /** Numbers the sheets (see `issueNumbers`) and stores the register; resolves with each sheet's entry. */
  issue(sheets: readonly SheetToNumber[], pattern: string, today: string): Promise<IssuedSheet[]>;
  /** Sets the next number of `year` (see `withNextNumber`). */
  setNext(year: number, next: number): Promise<SupervisionRegister>;
  /** Restores a backup's register over the stored one (see `mergeRegisters`); resolves with the stored result. */
  restore(restored: SupervisionRegister): Promise<SupervisionRegister>;
}

/** The register over `storage` (the extension's, or a fake in tests). */
export function supervisionNumbers(storage: Pick<ExtensionStorage, 'local' | 'onChanged'>, lock: Exclusive = exclusive): SupervisionNumbers {
  return {
    read: () => supervisionRegisterItem.get(storage),
    watch: (listener) => supervisionRegisterItem.watch(storage, listener),
    issue: (sheets, pattern, today) =>
      lock(async () => {
        const before = await supervisionRegisterItem.get(storage);
        const { register, issued } = issueNumbers(before, sheets, pattern, today);
        if (register !== before) await supervisionRegisterItem.set(storage, register);
        return issued;
      }),
    setNext: (year, next) => lock(async () => supervisionRegisterItem.set(storage, withNextNumber(await supervisionRegisterItem.get(storage), year, next))),
    restore: (restored) => lock(async () => supervisionRegisterItem.set(storage, mergeRegisters(await supervisionRegisterItem.get(storage), restored))),
  };
}

import { describe, expect, it } from 'vitest';
import { parseRegister, REGISTER_MAX } from '../schema/supervision';
import { formatNumber, hasNumbers, issuedFor, issueNumbers, mergeRegisters, nextNumber, supervisionNumbers, withNextNumber, type SupervisionRegister } from './supervision-numbers';
import { supervisionRegisterItem } from './storage-items';
import { memoryStorage } from './testing';

const empty = (): SupervisionRegister => ({ next: {}, issued: [] });
const P = '督〔{year}〕{n}号';

describe('formatNumber', () => {
  it('fills the year and the number, with no padding', () => {
    expect(formatNumber(P, 2027, 12)).toBe('督〔2027〕12号');
    expect(formatNumber('县委督字〔{year}〕第{n}号', 2026, 3)).toBe('县委督字〔2026〕第3号');
    expect(formatNumber('{year}-DB-{n}', 2028, 101)).toBe('2028-DB-101');
  });
  it('falls back to the default pattern for one it cannot use', () => {
    expect(formatNumber('督办{n}{n}', 2027, 1)).toBe('督〔2027〕1号');
    expect(formatNumber('督办', 2027, 1)).toBe('督〔2027〕1号');
  });
});

describe('issueNumbers', () => {
  it('numbers new sheets in order from 1 and keeps the counter', () => {
    const { register, issued } = issueNumbers(empty(), [{ owner: '县发改局', itemIds: ['a', 'b'] }, { owner: '县财政局', itemIds: ['c'] }], P, '2027-03-01');
    expect(issued.map((s) => [s.owner, s.number, s.issuedOn])).toEqual([
      ['县发改局', '督〔2027〕1号', '2027-03-01'],
      ['县财政局', '督〔2027〕2号', '2027-03-01'],
    ]);
    expect(register.next).toEqual({ 2027: 3 });
  });

  it('a reprint keeps the number and issue day, also with fewer items, another pattern and in a later year', () => {
    const first = issueNumbers(empty(), [{ owner: '县发改局', itemIds: ['a', 'b'] }], P, '2027-03-01');
    const again = issueNumbers(first.register, [{ owner: '县发改局', itemIds: ['b', 'a'] }], '县督〔{year}〕{n}号', '2027-04-10');
    expect(again.issued[0]).toEqual(first.issued[0]);
    expect(again.register).toBe(first.register);
    const fewer = issueNumbers(first.register, [{ owner: '县发改局', itemIds: ['b'] }], P, '2028-01-05');
    expect(fewer.issued[0]!.number).toBe('督〔2027〕1号');
    expect(fewer.issued[0]!.issuedOn).toBe('2027-03-01');
  });

  it('a sheet that gained an item, or another owner with the same items, is a new 督办', () => {
    const first = issueNumbers(empty(), [{ owner: '县发改局', itemIds: ['a'] }], P, '2027-03-01');
    const more = issueNumbers(first.register, [{ owner: '县发改局', itemIds: ['a', 'x'] }], P, '2027-03-02');
    expect(more.issued[0]!.number).toBe('督〔2027〕2号');
    const other = issueNumbers(more.register, [{ owner: '县财政局', itemIds: ['a'] }], P, '2027-03-02');
    expect(other.issued[0]!.number).toBe('督〔2027〕3号');
    // The latest issue for the owner is the one a reprint of it keeps.
    expect(issuedFor(other.register, { owner: '县发改局', itemIds: ['a'] })!.number).toBe('督〔2027〕2号');
    expect(issuedFor(other.register, { owner: '县发改局', itemIds: [] })).toBeNull();
  });

  it('starts again from 1 in a new year and keeps the old year counter', () => {
    let r = empty();
    for (const [i, day] of ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'].entries()) r = issueNumbers(r, [{ owner: `单位${i}`, itemIds: [`i${i}`] }], P, day).register;
    expect(r.issued.map((s) => s.number)).toEqual(['督〔2026〕1号', '督〔2026〕2号', '督〔2027〕1号', '督〔2027〕2号']);
    expect(r.next).toEqual({ 2026: 3, 2027: 3 });
    // A late 2026 reprint keeps its 2026 number.
    expect(issueNumbers(r, [{ owner: '单位1', itemIds: ['i1'] }], P, '2027-02-01').issued[0]!.number).toBe('督〔2026〕2号');
  });

  it('never gives a number twice, even after old entries drop off the register', () => {
    let r = empty();
    for (let i = 0; i < REGISTER_MAX + 5; i++) r = issueNumbers(r, [{ owner: '县发改局', itemIds: [`i${i}`] }], P, '2027-05-01').register;
    expect(r.issued).toHaveLength(REGISTER_MAX);
    expect(r.issued[0]!.n).toBe(6);
    expect(nextNumber(r, 2027)).toBe(REGISTER_MAX + 6);
    // A counter lost to a hand edit: the numbers on record still hold.
    expect(nextNumber({ next: {}, issued: r.issued }, 2027)).toBe(REGISTER_MAX + 6);
  });
});

describe('withNextNumber', () => {
  it('moves the next number up, never onto an issued one', () => {
    const r = issueNumbers(empty(), [{ owner: '县发改局', itemIds: ['a'] }, { owner: '县财政局', itemIds: ['b'] }], P, '2027-03-01').register;
    expect(withNextNumber(r, 2027, 12).next['2027']).toBe(12);
    expect(issueNumbers(withNextNumber(r, 2027, 12), [{ owner: '县民政局', itemIds: ['c'] }], P, '2027-03-02').issued[0]!.number).toBe('督〔2027〕12号');
    expect(() => withNextNumber(r, 2027, 2)).toThrow(RangeError);
    expect(() => withNextNumber(r, 2027, 0)).toThrow(RangeError);
    expect(() => withNextNumber(r, 2027, 1.5)).toThrow(RangeError);
    expect(withNextNumber(r, 2028, 1).next).toEqual({ 2027: 3, 2028: 1 });
  });
});

describe('mergeRegisters (a backup restored)', () => {
  const sheet = (year: number, n: number, owner: string, issuedOn: string) => ({ number: `督〔${year}〕${n}号`, year, n, owner, itemIds: [`${owner}-${n}`], issuedOn });

  it('into an empty register gives the backup’s back as it was', () => {
    const backup = { next: { 2026: 9, 2027: 3 }, issued: [sheet(2026, 8, '县财政局', '2026-12-30'), sheet(2027, 1, '县发改局', '2027-01-04'), sheet(2027, 2, '县民政局', '2027-02-01')] };
    expect(mergeRegisters(empty(), backup)).toEqual(backup);
    expect(hasNumbers(empty())).toBe(false);
    expect(hasNumbers({ next: { 2027: 5 }, issued: [] })).toBe(true);
  });

  it('keeps the numbers issued here since the backup: counters at the higher, sheets of both in issue order', () => {
    const backup = { next: { 2027: 3 }, issued: [sheet(2027, 1, '县发改局', '2027-01-04'), sheet(2027, 2, '县民政局', '2027-02-01')] };
    // This browser went on to issue 3 and 4 after the backup, and a 2028 number.
    const here = { next: { 2027: 5, 2028: 2 }, issued: [...backup.issued, sheet(2027, 3, '县教育局', '2027-03-01'), sheet(2027, 4, '县发改局', '2027-04-01'), sheet(2028, 1, '县财政局', '2028-01-02')] };
    const merged = mergeRegisters(here, backup);
    expect(merged.next).toEqual({ 2027: 5, 2028: 2 });
    expect(merged.issued.map((s) => s.number)).toEqual(['督〔2027〕1号', '督〔2027〕2号', '督〔2027〕3号', '督〔2027〕4号', '督〔2028〕1号']);
    expect(nextNumber(merged, 2027)).toBe(5);
    // The other way round (an older register here, a newer backup): the same numbers held.
    expect(mergeRegisters(backup, here).issued.map((s) => s.number)).toEqual(merged.issued.map((s) => s.number));
  });

  it('a number both hold keeps this browser’s sheet; the register stays within its limit', () => {
    const merged = mergeRegisters({ next: { 2027: 2 }, issued: [sheet(2027, 1, '县教育局', '2027-03-05')] }, { next: { 2027: 2 }, issued: [sheet(2027, 1, '县发改局', '2027-03-01')] });
    expect(merged.issued.map((s) => s.owner)).toEqual(['县教育局']);
    const many = (owner: string) => ({ next: {}, issued: Array.from({ length: REGISTER_MAX }, (_, i) => sheet(2027, owner === 'a' ? i + 1 : REGISTER_MAX + i + 1, owner, '2027-05-01')) });
    const big = mergeRegisters(many('b'), many('a'));
    expect(big.issued).toHaveLength(REGISTER_MAX);
    expect(big.issued[0]!.n).toBe(REGISTER_MAX + 1);
  });

  it('restore() merges under the lock and stores the result', async () => {
    const { storage } = memoryStorage();
    const numbers = supervisionNumbers(storage);
    await numbers.issue([{ owner: '甲', itemIds: ['1'] }], P, '2027-03-01');
    const stored = await numbers.restore({ next: { 2026: 4 }, issued: [sheet(2026, 3, '乙', '2026-11-01')] });
    expect(stored.issued.map((s) => s.number)).toEqual(['督〔2026〕3号', '督〔2027〕1号']);
    expect(await numbers.read()).toEqual(stored);
  });
});

describe('parseRegister', () => {
  it('keeps what is valid and drops the rest one by one', () => {
    const good = { number: '督〔2027〕1号', year: 2027, n: 1, owner: '县发改局', itemIds: ['a'], issuedOn: '2027-03-01' };
    expect(parseRegister({ next: { 2027: 4, x: 2, 2026: -1, 2025: 'a' }, issued: [good, { ...good, n: 0 }, { ...good, issuedOn: '3月1日' }, null, 'x'] })).toEqual({ next: { 2027: 4 }, issued: [good] });
    for (const raw of [undefined, null, 'x', [], 5]) expect(parseRegister(raw)).toEqual({ next: {}, issued: [] });
    expect(parseRegister({ next: [], issued: {} })).toEqual({ next: {}, issued: [] });
  });
});

describe('supervisionNumbers (storage)', () => {
  it('stores the numbers, so another page reads and reprints them', async () => {
    const { storage, data } = memoryStorage();
    const numbers = supervisionNumbers(storage);
    const seen: string[][] = [];
    const stop = numbers.watch((r) => seen.push(r.issued.map((s) => s.number)));
    const issued = await numbers.issue([{ owner: '县发改局', itemIds: ['a'] }], P, '2027-03-01');
    expect(issued[0]!.number).toBe('督〔2027〕1号');
    expect((data[supervisionRegisterItem.key] as SupervisionRegister).next).toEqual({ 2027: 2 });
    expect((await supervisionNumbers(storage).issue([{ owner: '县发改局', itemIds: ['a'] }], P, '2027-03-09'))[0]).toEqual(issued[0]);
    expect(seen).toEqual([['督〔2027〕1号']]);
    stop();
  });

  it('two pages numbering at once give distinct numbers', async () => {
    const { storage } = memoryStorage();
    const a = supervisionNumbers(storage);
    const b = supervisionNumbers(storage);
    const got = await Promise.all([a.issue([{ owner: '甲', itemIds: ['1'] }], P, '2027-03-01'), b.issue([{ owner: '乙', itemIds: ['2'] }], P, '2027-03-01'), a.issue([{ owner: '丙', itemIds: ['3'] }], P, '2027-03-01')]);
    expect(got.map((g) => g[0]!.n).sort()).toEqual([1, 2, 3]);
  });

  it('setNext refuses a number already issued and keeps the register', async () => {
    const { storage } = memoryStorage();
    const numbers = supervisionNumbers(storage);
    await numbers.issue([{ owner: '甲', itemIds: ['1'] }], P, '2027-03-01');
    await expect(numbers.setNext(2027, 1)).rejects.toThrow(RangeError);
    expect((await numbers.setNext(2027, 20)).next).toEqual({ 2027: 20 });
    expect((await numbers.read()).issued).toHaveLength(1);
  });
});

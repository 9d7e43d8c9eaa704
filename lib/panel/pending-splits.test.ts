import { describe, expect, it } from 'vitest';
import { PENDING_EDITS_KEY_PREFIX, PENDING_SPLITS_KEY_PREFIX } from '../settings/storage-items';
import { parsePendingEdits, parsePendingSplits, pendingEditsStore, pendingSplitsStore, type SessionArea } from './pending-splits';

function fakeSession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

describe('parsePendingSplits', () => {
  it('keeps action keys with ascending offsets or null, and drops the rest one by one', () => {
    expect(parsePendingSplits({ '县发改局要…#0': [12, 30], '各乡镇要…#1': null, bad: [30, 12], neg: [-1], half: [1.5], empty: [], str: 'x', '': [3] })).toEqual({ '县发改局要…#0': [12, 30], '各乡镇要…#1': null });
    for (const raw of [undefined, null, 'x', 5, [[1]]]) expect(parsePendingSplits(raw)).toEqual({});
  });
});

describe('pendingSplitsStore', () => {
  it('keeps each draft’s splits apart, removes an empty entry, and clears a saved draft', async () => {
    const session = fakeSession();
    const store = pendingSplitsStore(session);
    expect(await store.read('https://oa.example.gov.cn/doc/1#quill-1')).toEqual({});
    await store.write('https://oa.example.gov.cn/doc/1#quill-1', { 'a#0': [10] });
    await store.write('paste:讲话#abc', { 'b#0': [4, 9], 'c#0': null });
    expect(await store.read('https://oa.example.gov.cn/doc/1#quill-1')).toEqual({ 'a#0': [10] });
    expect(await store.read('paste:讲话#abc')).toEqual({ 'b#0': [4, 9], 'c#0': null });
    expect(Object.keys(session.data).every((k) => k.startsWith(PENDING_SPLITS_KEY_PREFIX))).toBe(true);
    await store.write('paste:讲话#abc', {});
    expect(session.data).not.toHaveProperty(`${PENDING_SPLITS_KEY_PREFIX}paste:讲话#abc`);
    await store.clear('https://oa.example.gov.cn/doc/1#quill-1');
    expect(session.data).toEqual({});
    // Junk in storage reads as none; no session storage at all keeps nothing and never throws.
    session.data[`${PENDING_SPLITS_KEY_PREFIX}k`] = { 'a#0': 'x' };
    expect(await store.read('k')).toEqual({});
    const none = pendingSplitsStore(undefined);
    await none.write('k', { 'a#0': [3] });
    expect(await none.read('k')).toEqual({});
  });
});

describe('pending corrections', () => {
  it('keeps owners and deadlines (a cleared one too), checks each action alone, and clears with a save', async () => {
    const owners = { owners: ['县农业农村局', '各镇'], lead: ['县农业农村局'], coop: ['各镇'] };
    const deadline = { text: '9月底前', due: '2026-09-30', type: 'period' as const };
    expect(parsePendingEdits({ 'a#0': { owners }, 'b#0': { deadline }, 'c#0': { deadline: null }, 'd#0': { owners: { owners: [''] } }, 'e#0': { deadline: { text: '9月底前', due: '9月30日', type: 'period' } }, 'f#0': { extra: 1 }, 'g#0': 'x' })).toEqual({ 'a#0': { owners }, 'b#0': { deadline }, 'c#0': { deadline: null } });
    for (const raw of [undefined, null, [], 'x']) expect(parsePendingEdits(raw)).toEqual({});
    const session = fakeSession();
    const edits = pendingEditsStore(session);
    const splits = pendingSplitsStore(session);
    await edits.write('k', { 'a#0': { owners, deadline } });
    await splits.write('k', { 'a#0': [5] });
    expect(await edits.read('k')).toEqual({ 'a#0': { owners, deadline } });
    expect(Object.keys(session.data).sort()).toEqual([`${PENDING_EDITS_KEY_PREFIX}k`, `${PENDING_SPLITS_KEY_PREFIX}k`]);
    await edits.clear('k');
    expect(await edits.read('k')).toEqual({});
    expect(await splits.read('k')).toEqual({ 'a#0': [5] });
  });
});

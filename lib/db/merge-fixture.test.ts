import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { draftItems } from '../checklist/draft-items';
import { statuses } from '../checklist/status';
import type { ItemRecord, NoteRecord, Status } from '../schema/checklist';
import { LuoshiDB } from './database';
import { checklistRepository, type ChecklistRepository, type SaveAnalysisResult } from './repository';
import { itemsOfDocument } from './item-keys';

/**
 * The full fixture: speech.txt saved and worked on (every status used, a note on every item, one owner edited by
 * hand), then speech-revised.txt (reworded sentences, a moved and renumbered section, one action removed, one
 * added, one owner changed; see speech-revised.changes.json) saved into the same checklist.
 */
const read = (f: string) => readFileSync(new URL(`../../tests/fixtures/drafts/${f}`, import.meta.url), 'utf8');
const base = read('speech.txt');
const revised = read('speech-revised.txt');
const changes = JSON.parse(read('speech-revised.changes.json')) as {
  reworded: { before: string; after: string; isAction: boolean }[];
  removedActions: { text: string }[];
  addedActions: { text: string }[];
  ownerChanged: { action: string; before: string[]; after: string[] }[];
};
const options = { referenceDate: '2026-03-12' };

let db: LuoshiDB;
let repo: ChecklistRepository;
let before: ItemRecord[];
let notesBefore: NoteRecord[];
let result: SaveAnalysisResult;
let after: ItemRecord[];
let handEdited: ItemRecord;

const containing = (items: readonly ItemRecord[], s: string) => items.filter((i) => i.anchor.exact.includes(s));

beforeAll(async () => {
  db = new LuoshiDB('merge-fixture');
  let clock = Date.UTC(2026, 2, 12);
  repo = checklistRepository(db, { now: () => (clock += 1000) });
  const first = await repo.saveAnalysis({ key: 'fixture', text: base, analysis: analyze(base, options) });
  const items = await repo.listItems({ documentId: first.documentId });
  // Every status in turn, and a note on every item.
  for (const [i, item] of items.entries()) {
    const status: Status = statuses[i % statuses.length]!;
    if (status !== 'not_started') await repo.setStatus(item.id, status, status === 'closed' ? { note: '已验收' } : {});
    await repo.addNote(item.id, { text: `第${i + 1}项进展`, date: '2026-03-20', progress: i % 100 });
  }
  // The revised draft changes the 帮办代办 action's owner; it is edited by hand first, so the hand edit must win.
  const ownerChange = changes.ownerChanged[0]!;
  const target = containing(items, ownerChange.action)[0]!;
  if (JSON.stringify(target.owners) !== JSON.stringify(ownerChange.before)) throw new Error(`fixture drift: ${target.text} has owners ${target.owners.join('、')}`);
  handEdited = await repo.editItem(target.id, { owners: ['县数据局'] });
  before = await repo.listItems({ documentId: first.documentId });
  notesBefore = await db.notes.toArray();
  result = await repo.saveAnalysis({ key: 'fixture', text: revised, analysis: analyze(revised, options) });
  after = await itemsOfDocument(db, first.documentId);
}, 60_000);

afterAll(async () => {
  await db.delete();
});

describe('merging speech-revised.txt into the checklist of speech.txt', () => {
  it('merges into the same checklist and reports what it did', () => {
    expect(result.created).toBe(false);
    expect(result.revision).toBe(2);
    expect(result.report.matched).toBeGreaterThanOrEqual(before.length - result.report.orphaned);
    expect(result.report.added).toBeGreaterThanOrEqual(changes.addedActions.length);
    expect(result.report.orphaned).toBe(changes.removedActions.length);
    expect(result.report.keptEdits).toBe(1);
  });

  it('keeps every item, status and note', async () => {
    const byId = new Map(after.map((i) => [i.id, i]));
    for (const old of before) {
      const now = byId.get(old.id);
      expect({ text: old.text, status: now?.status, progress: now?.progress, deletedAt: now?.deletedAt }).toEqual({ text: old.text, status: old.status, progress: old.progress, deletedAt: null });
    }
    expect(await db.notes.toArray()).toEqual(notesBefore);
    expect(new Set(before.map((i) => i.status))).toEqual(new Set(statuses));
  });

  it('orphans the removed action (kept, with its status and notes), and nothing the revised draft still has', async () => {
    for (const removed of changes.removedActions) {
      const [orphan] = containing(after, removed.text);
      expect(orphan).toMatchObject({ orphaned: 1, deletedAt: null });
      expect(orphan!.status).toBe(containing(before, removed.text)[0]!.status);
      expect((await repo.listNotes(orphan!.id)).length).toBeGreaterThan(0);
    }
    const stillThere = new Set(draftItems(revised, analyze(revised, options)).map((d) => d.anchor.exact));
    expect(after.filter((i) => i.orphaned && stillThere.has(i.anchor.exact)).map((i) => i.anchor.exact)).toEqual([]);
    expect(after.filter((i) => i.orphaned)).toHaveLength(result.report.orphaned);
  });

  it('follows reworded actions to their new wording, same item', () => {
    for (const r of changes.reworded.filter((x) => x.isAction)) {
      const [old] = containing(before, r.before);
      const now = after.find((i) => i.id === old?.id);
      expect({ before: r.before, orphaned: now?.orphaned, followed: now?.anchor.exact.includes(r.after) }).toEqual({ before: r.before, orphaned: 0, followed: true });
    }
  });

  it('adds the new action as 未启动', () => {
    for (const a of changes.addedActions) {
      const [item] = containing(after, a.text);
      expect(item).toMatchObject({ status: 'not_started', orphaned: 0 });
      expect(before.some((b) => b.id === item!.id)).toBe(false);
    }
  });

  it('keeps the hand-edited owner over the draft change, and records the draft value', () => {
    const now = after.find((i) => i.id === handEdited.id)!;
    expect(now.owners).toEqual(['县数据局']);
    expect(now.draft.owners).toEqual(changes.ownerChanged[0]!.after);
    expect(now.edited).toContain('owners');
  });

  it('updates the section of the moved 激励担当作为 section and the renumbered 营造浓厚氛围', () => {
    const moved = after.filter((i) => !i.orphaned && i.section.some((s) => s.title.includes('激励担当作为')));
    expect(moved.length).toBeGreaterThan(0);
    for (const i of moved) expect(i.section.map((s) => s.marker).join('')).toMatch(/^二、.*（三）$/);
    for (const i of moved) expect(i.section.at(-1)?.title).toBe('激励担当作为');
    const renumbered = after.filter((i) => !i.orphaned && i.section.some((s) => s.title.includes('营造浓厚氛围')));
    expect(renumbered.length).toBeGreaterThan(0);
    for (const i of renumbered) expect(i.section.at(-1)?.marker).toBe('（二）');
  });
});

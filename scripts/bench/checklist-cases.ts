/**
 * What `npm run bench` times for the checklist (督办台账): saving a 500-item analysis, re-saving it after edits
 * (the merge), filtering 10,000 items by owner and status, full-text search over 10,000 items, and a bulk status
 * change of 5,000 items in one transaction against the one-by-one path it replaced (throughput, items/s). These are async
 * and need a database, so each case has a `setup` that returns the timed function. The database is
 * fake-indexeddb (node has no IndexedDB): figures show the cost of our code plus an in-memory IndexedDB, not a
 * browser's disk-backed one.
 */
import 'fake-indexeddb/auto';
import { syntheticDraft, syntheticRevision } from '../../lib/checklist/testing';
import { statuses } from '../../lib/checklist/status';
import { LuoshiDB } from '../../lib/db/database';
import { checklistRepository, type ChecklistRepository } from '../../lib/db/repository';

export interface AsyncBenchCase {
  name: string;
  /** The figure the issue asks for, in ms (reported as met or not, never asserted). */
  target?: number;
  /** How many items one run handles: the report adds their throughput (items/s). */
  items?: number;
  /** Prepares the data and returns the function to time. */
  setup: () => Promise<() => Promise<unknown>>;
}

let dbSeq = 0;
const opened: LuoshiDB[] = [];

async function freshRepo(): Promise<ChecklistRepository> {
  const db = new LuoshiDB(`bench-${process.pid}-${++dbSeq}`);
  opened.push(db);
  return checklistRepository(db);
}

/** Deletes the databases the cases made. */
export async function cleanUp(): Promise<void> {
  tenThousand = undefined;
  await Promise.all(opened.splice(0).map((db) => db.delete()));
}

let tenThousand: Promise<ChecklistRepository> | undefined;

/** One repository of 20 × 500 = 10,000 items, shared by the filter and search cases. */
function repoWith10000(): Promise<ChecklistRepository> {
  tenThousand ??= repoWithItems(20);
  return tenThousand;
}

/** A repository holding `docs` × 500 items, with every status in use and a note on every 10th item. */
async function repoWithItems(docs: number): Promise<ChecklistRepository> {
  const repo = await freshRepo();
  const draft = syntheticDraft(500);
  for (let d = 0; d < docs; d++) await repo.saveAnalysis({ key: `doc-${d}`, text: draft.text, analysis: draft.analysis });
  const { db } = repo.env;
  await db.transaction('rw', db.items, async () => {
    let i = 0;
    await db.items.toCollection().modify((item) => {
      item.status = statuses[i++ % statuses.length]!;
    });
  });
  const items = await db.items.limit(docs * 50).toArray();
  for (const [i, it] of items.entries()) if (i % 10 === 0) await repo.addNote(it.id, { text: '已完成阶段任务', progress: 40 });
  return repo;
}

export const checklistCases: AsyncBenchCase[] = [
  {
    name: 'save 500-item analysis (new checklist)',
    setup: async () => {
      const repo = await freshRepo();
      const draft = syntheticDraft(500);
      let n = 0;
      return () => repo.saveAnalysis({ key: `new-${n++}`, text: draft.text, analysis: draft.analysis });
    },
  },
  {
    name: 'merge 500 items (re-save after edits)',
    target: 200,
    setup: async () => {
      const repo = await freshRepo();
      const base = syntheticDraft(500);
      const revised = syntheticRevision(500);
      const { documentId } = await repo.saveAnalysis({ key: 'doc', text: base.text, analysis: base.analysis });
      const items = await repo.listItems({ documentId });
      for (const [i, it] of items.entries()) {
        if (i % 5 === 0) await repo.setStatus(it.id, 'in_progress');
        if (i % 7 === 0) await repo.addNote(it.id, { text: '推进中', progress: 30 });
        if (i % 25 === 0) await repo.editItem(it.id, { owners: ['县委办'] });
      }
      // Alternate between the revision and the original, so every timed save really merges changes.
      let flip = false;
      return () => {
        flip = !flip;
        const d = flip ? revised : base;
        return repo.saveAnalysis({ key: 'doc', text: d.text, analysis: d.analysis });
      };
    },
  },
  {
    name: 'filter 10,000 items by owner + status',
    target: 50,
    setup: async () => {
      const repo = await repoWith10000();
      return () => repo.listItems({ owner: '县财政局', status: 'in_progress' });
    },
  },
  {
    name: 'filter 10,000 items by status only',
    setup: async () => {
      const repo = await repoWith10000();
      return () => repo.listItems({ status: ['behind', 'overdue'] });
    },
  },
  {
    name: 'filter 10,000 items by document + status',
    setup: async () => {
      const repo = await repoWith10000();
      const [doc] = await repo.listDocuments();
      return () => repo.listItems({ documentId: doc!.id, status: 'not_started' });
    },
  },
  {
    name: 'full-text search 10,000 items',
    setup: async () => {
      const repo = await repoWith10000();
      return () => repo.searchItems('项目用地报批');
    },
  },
  {
    name: 'bulk status 5,000 items (one transaction)',
    target: 1000,
    items: 5000,
    setup: async () => {
      const repo = await repoWithItems(10);
      const ids = (await repo.env.db.items.toCollection().primaryKeys()) as string[];
      // Alternate, so that every run really changes every item (and logs it).
      let flip = false;
      return () => {
        flip = !flip;
        return repo.setStatusMany(ids, flip ? 'in_progress' : 'behind');
      };
    },
  },
  {
    name: 'status one by one, 200 items (one transaction each)',
    items: 200,
    setup: async () => {
      const repo = await repoWithItems(1);
      const ids = ((await repo.env.db.items.toCollection().primaryKeys()) as string[]).slice(0, 200);
      let flip = false;
      return async () => {
        flip = !flip;
        for (const id of ids) await repo.setStatus(id, flip ? 'in_progress' : 'behind');
      };
    },
  },
];

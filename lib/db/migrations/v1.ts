/**
 * Schema version 1 of LuoshiDB, frozen: the first shape of the checklist, before anchors and the progress log.
 * Documents had a url and the text; items kept their owners as one 、-joined string, the status as its Chinese
 * label, the quoted sentence and its offset, and one free-text note. Kept here so that version 2's upgrade has a
 * declared starting point and a test can build a v1 database exactly as it was.
 */

/** Dexie `stores()` of version 1. */
export const V1_STORES = {
  documents: 'id, url',
  items: 'id, documentId, status',
} as const;

/** A version-1 document row. */
export interface V1Document {
  id: string;
  url: string | null;
  title: string;
  text: string;
  savedAt: number;
}

/** A version-1 item row. */
export interface V1Item {
  id: string;
  documentId: string;
  kind: 'action' | 'problem';
  text: string;
  /** 责任单位, joined with 、. */
  owners: string;
  deadline: string | null;
  due: string | null;
  /** The Chinese label (未启动, 推进中 …), possibly a variant such as 进行中. */
  status: string;
  /** The sentence as quoted from the draft, and where it started. */
  quote: string;
  position: number;
  /** One free-text note (进展情况). */
  note: string;
  createdAt: number;
  updatedAt: number;
}

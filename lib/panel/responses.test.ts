import { describe, expect, it } from 'vitest';
import { documentKeysSchema, saveResultSchema } from './responses';

describe('panel response schemas', () => {
  it('accept what the background answers and reject other shapes', () => {
    const result = { documentId: 'd1', revision: 2, created: false, report: { matched: 3, changed: 1, added: 0, orphaned: 1, keptEdits: 0 } };
    expect(saveResultSchema.parse(result)).toEqual(result);
    expect(saveResultSchema.safeParse({ ...result, report: { matched: 3 } }).success).toBe(false);
    expect(documentKeysSchema.parse([{ id: 'd1', key: 'paste:讲话', revision: 1, title: '讲话' }])).toEqual([{ id: 'd1', key: 'paste:讲话', revision: 1 }]);
    expect(documentKeysSchema.safeParse([{ id: 'd1', revision: 1 }]).success).toBe(false);
  });
});

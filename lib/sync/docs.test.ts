import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../schema/checklist';
import { canonical, docId, documentBodies, documentRow, isSyncBody, parseDocId, sameData, splitText, textSha } from './docs';

describe('document ids', () => {
  it('round-trips type and id, and refuses ids that are not ours', () => {
    expect(docId('item', 'a:b')).toBe('item:a:b');
    expect(parseDocId('item:a:b')).toEqual({ type: 'item', id: 'a:b' });
    expect(parseDocId('_design/luoshi')).toBeNull();
    expect(parseDocId('thing:1')).toBeNull();
    expect(parseDocId(':1')).toBeNull();
  });
  it('knows a body of ours', () => {
    expect(isSyncBody({ _id: 'note:1', _rev: '1-a', type: 'note', by: null, data: {} })).toBe(true);
    expect(isSyncBody({ _id: 'note:1', type: 'item', by: null, data: {} })).toBe(false);
    expect(isSyncBody({ _id: '_design/x', language: 'javascript' })).toBe(false);
  });
});

describe('splitText', () => {
  const json = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length;
  it('keeps each part’s JSON within the limit and the parts joined equal to the text', () => {
    const text = '落实"\\\n\u0001a😀'.repeat(5000) + '\ud800x';
    for (const max of [64, 1000, 70_000]) {
      const parts = splitText(text, max);
      expect(parts.join('')).toBe(text);
      for (const p of parts) expect(json(p)).toBeLessThanOrEqual(max);
      // never cuts a surrogate pair
      for (const p of parts.slice(0, -1)) expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    }
  });
  it('gives one part for a short or empty text', () => {
    expect(splitText('')).toEqual(['']);
    expect(splitText('短文')).toEqual(['短文']);
  });
  it('cuts a 2,000,000-character draft into parts under a megabyte', () => {
    const parts = splitText('督'.repeat(2_000_000));
    expect(parts.length).toBe(7);
    expect(Math.max(...parts.map(json))).toBeLessThanOrEqual(1_000_000);
  });
});

describe('document bodies', () => {
  const row: DocumentRecord = { id: 'd1', key: 'k', title: 't', url: null, site: null, editor: null, referenceDate: '2026-03-12', text: '正文'.repeat(10), createdAt: 1, updatedAt: 2, revision: 1 };
  it('names the text by its hash in content-addressed parts and rebuilds the row', async () => {
    const { doc, parts } = await documentBodies(row, '张三');
    const sha = await textSha(row.text);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(doc).toEqual({ _id: 'document:d1', type: 'document', by: '张三', data: { id: 'd1', key: 'k', title: 't', url: null, site: null, editor: null, referenceDate: '2026-03-12', createdAt: 1, updatedAt: 2, revision: 1, textRef: { sha, parts: 1, length: 20 } } });
    expect(parts).toEqual([{ _id: `text:${sha}:0`, type: 'text', by: '张三', data: { sha, part: 0, parts: 1, text: row.text } }]);
    expect(documentRow(doc.data, parts[0]!.data.text)).toEqual(row);
    expect(await textSha(row.text + ' ')).not.toBe(sha);
  });
});

describe('canonical', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonical({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":2,"y":1}]},"b":1}');
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
  });
});

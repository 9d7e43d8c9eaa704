// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { designModeAdapter, isDesignMode } from './design-mode';

describe('designModeAdapter', () => {
  it('reads the whole body of a design-mode document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>一、总体要求</p><p>要抓落实。</p>';
    expect(designModeAdapter(doc)).toBeNull();
    Object.defineProperty(doc, 'designMode', { value: 'on', configurable: true });
    expect(isDesignMode(doc)).toBe(true);
    const adapter = designModeAdapter(doc)!;
    expect(adapter.kind).toBe('design-mode');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。');
  });
});

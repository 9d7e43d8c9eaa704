import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../presentation/sample-analysis';
import { editorStateSchema } from '../schema/editor';
import { capturedState, locateSelection, MAX_CAPTURE_LENGTH, normaliseCapture, SELECTION_EDITOR_ID } from './capture';

describe('capture', () => {
  it('normalises line breaks and non-breaking spaces, and cuts at the limit', () => {
    expect(normaliseCapture('一、总体要求\r\n（一）目标\rA\u00a0B')).toBe('一、总体要求\n（一）目标\nA B');
    expect(normaliseCapture('x'.repeat(MAX_CAPTURE_LENGTH + 5)).length).toBe(MAX_CAPTURE_LENGTH);
  });

  it('makes a selection state without highlights; a canvas page always says why', () => {
    const base = { tabId: 3, frameId: 0, title: '腾讯文档', text: sampleText, analysis: sampleAnalysis, at: 5 };
    const canvas = capturedState({ ...base, url: 'https://docs.qq.com/doc/DV', pageReason: null });
    expect(canvas).toEqual({ ...base, url: 'https://docs.qq.com/doc/DV', editorKind: 'selection', editorId: SELECTION_EDITOR_ID, canHighlight: false, reason: 'canvas-editor' });
    expect(editorStateSchema.safeParse(canvas).success).toBe(true);
    expect(capturedState({ ...base, url: 'https://news.example.com/a', pageReason: 'site-disabled' }).reason).toBe('site-disabled');
    expect(capturedState({ ...base, url: 'https://oa.example.gov.cn/a', pageReason: null }).reason).toBeNull();
  });
});

describe('locateSelection', () => {
  const text = '一、总体要求\n县住建局要在年底前完成老旧小区改造。\n\n县教育局要建成两所幼儿园。';
  it('finds the selected words in the draft, trimmed', () => {
    const r = locateSelection(text, '  县住建局要在年底前完成老旧小区改造。 ');
    expect(r && text.slice(r.start, r.end)).toBe('县住建局要在年底前完成老旧小区改造。');
  });
  it('folds white space: a selection across paragraphs with other breaks, or none', () => {
    const r = locateSelection(text, '完成老旧小区改造。\n\n\n县教育局要');
    expect(r && text.slice(r.start, r.end)).toBe('完成老旧小区改造。\n\n县教育局要');
    const bare = locateSelection(text, '改造。县教育局');
    expect(bare && text.slice(bare.start, bare.end)).toBe('改造。\n\n县教育局');
  });
  it('says null for words the draft does not hold, or a blank selection', () => {
    expect(locateSelection(text, '县卫健委要开展义诊。')).toBeNull();
    expect(locateSelection(text, ' \n ')).toBeNull();
  });
});

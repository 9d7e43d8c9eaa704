import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../presentation/sample-analysis';
import type { EditorState } from '../messaging/editor-protocol';
import { editorRequestSchemas, editorStateResponseSchema, editorStateSchema } from './editor';

const state: EditorState = {
  tabId: 7,
  frameId: 0,
  url: 'https://oa.example.gov.cn/doc/1',
  title: '关于推进重点项目建设的讲话',
  editorKind: 'quill',
  editorId: 'quill-1',
  text: sampleText,
  analysis: sampleAnalysis,
  canHighlight: true,
  reason: null,
  at: 1_780_000_000_000,
};

describe('editor schemas', () => {
  it('accept a well-formed EditorState and null from editor.getState', () => {
    expect(editorStateSchema.parse(state)).toEqual(state);
    expect(editorStateResponseSchema.parse(null)).toBeNull();
  });

  it('reject an unknown editor kind, a bad reason and a missing analysis', () => {
    expect(editorStateSchema.safeParse({ ...state, editorKind: 'word' }).success).toBe(false);
    expect(editorStateSchema.safeParse({ ...state, canHighlight: false, reason: 'broken' }).success).toBe(false);
    const { analysis: _analysis, ...noAnalysis } = state;
    expect(editorStateSchema.safeParse(noAnalysis).success).toBe(false);
  });

  it('check each request', () => {
    expect(editorRequestSchemas['editor.reveal'].parse({ editorId: 'quill-1', start: 3, end: 9 })).toEqual({ editorId: 'quill-1', start: 3, end: 9 });
    expect(editorRequestSchemas['editor.reveal'].safeParse({ editorId: 'quill-1', start: -1, end: 9 }).success).toBe(false);
    expect(editorRequestSchemas['editor.getState'].safeParse({ tabId: '7' }).success).toBe(false);
    expect(editorRequestSchemas['editor.stateChanged'].parse({ tabId: 7 })).toEqual({ tabId: 7 });
    expect(editorRequestSchemas['editor.analyze'].safeParse({ text: '同志们：', options: { referenceDate: '2026/07/05' } }).success).toBe(false);
    const { tabId: _t, frameId: _f, ...published } = state;
    expect(editorRequestSchemas['editor.publish'].parse(published)).toEqual(published);
  });
});

/** Test helpers of the side panel: an EditorState of the sample draft, as the background would answer it. */
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';

/** The sample draft in an iframe editor of tab `tabId`, with `patch` applied. */
export function sampleEditorState(tabId: number, patch: Partial<EditorState> = {}): EditorState {
  return {
    tabId,
    frameId: 2,
    url: 'https://oa.example.gov.cn/doc/1',
    title: 'OA 公文编辑',
    editorKind: 'iframe-body',
    editorId: 'iframe-body-1',
    text: sampleText,
    analysis: sampleAnalysis,
    canHighlight: true,
    reason: null,
    at: 1,
    ...patch,
  };
}

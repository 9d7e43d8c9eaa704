/**
 * Documents in `designMode` (old OA editors turn a whole iframe document editable this way): the body is the draft.
 * Elements of such a document need not report `isContentEditable`, so every Text node of the body counts.
 */
import { editorIdOf, watchMutations, type EditorAdapter } from './editor-adapter';
import { readTextSnapshot } from './text-snapshot';

/** Whether the document is in design mode. */
export function isDesignMode(doc: Document): boolean {
  return String((doc as { designMode?: string }).designMode).toLowerCase() === 'on' && !!doc.body;
}

/** An adapter over a design-mode document's body; null when the document is not in design mode. */
export function designModeAdapter(doc: Document): EditorAdapter | null {
  if (!isDesignMode(doc)) return null;
  const root = doc.body;
  return {
    kind: 'design-mode',
    id: editorIdOf(root, 'design-mode'),
    root,
    usesOverlay: false,
    readText: () => readTextSnapshot(root),
    onChange: (cb, signal) => watchMutations(root, cb, signal),
  };
}

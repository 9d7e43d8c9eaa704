import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { fail, paragraphs, ready } from './draft.js';

const editor = createEditor({
  namespace: 'luoshi-e2e',
  onError: fail,
  theme: { paragraph: 'lx-paragraph' },
});
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);
editor.update(
  () => {
    const root = $getRoot();
    root.clear();
    for (const line of paragraphs) {
      const p = $createParagraphNode();
      p.append($createTextNode(line));
      root.append(p);
    }
  },
  { onUpdate: () => ready(() => editor.getEditorState().toJSON(), editor.getRootElement()), tag: 'history-merge' },
);

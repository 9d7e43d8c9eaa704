// Contract suite for Tiptap (ProseMirror) (fixture: e2e/editors-src/tiptap.html).
import { editorContract } from '../editor-contract.mjs';

editorContract({ name: 'Tiptap (ProseMirror)', page: 'tiptap.html', host: '.ProseMirror', kinds: ['prosemirror'] });
